// The whole test suite, as `npm test` runs it (and CI, through .ci/run):
// typecheck, lint, unit tests, the store builds with their size and Firefox
// lint checks, then the end-to-end suites in real Chromium and Firefox.
// `node scripts/test.mjs e2e` runs only the builds and the browser suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { findChromium, findFirefox } from './browsers.mjs';

const only = process.argv[2];
const results = [];
mkdirSync('.test-results', { recursive: true });

function run(title, command, args, { report } = {}) {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', shell: false });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const counts = report ? readCounts(report) : undefined;
  results.push({ title, ok: status === 0, seconds, counts });
  if (status !== 0) finish();
}

function readCounts(file) {
  if (!existsSync(file)) return undefined;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
}

function vitest(title, name, args) {
  const report = `.test-results/${name}.json`;
  run(title, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    report,
  });
}

function requireBrowser(name, find) {
  try {
    const path = find();
    console.log(`${name}: ${path}`);
  } catch (err) {
    console.error(`\n${err.message}`);
    results.push({ title: `${name} available`, ok: false, seconds: '0.0' });
    finish();
  }
}

function finish() {
  console.log('\n=== Summary');
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    const counts = r.counts ? `  ${r.counts.passed} passed, ${r.counts.failed} failed` : '';
    console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.title} (${r.seconds} s)${counts}`);
    if (r.counts) {
      passed += r.counts.passed;
      failed += r.counts.failed;
    }
  }
  const allOk = results.every((r) => r.ok);
  if (!allOk && failed === 0) failed = results.filter((r) => !r.ok).length;
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(allOk ? 0 : 1);
}

if (only !== 'e2e') {
  run('typecheck', 'npx', ['tsc', '--noEmit']);
  run('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
  vitest('unit tests', 'unit', []);
}
run('build for Chrome', 'npx', ['wxt', 'build']);
run('popup size budget', 'node', ['scripts/size.mjs']);
run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
run('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--no-input']);
run('end-to-end build (store build + test server access)', 'npx', ['wxt', 'build', '--mode', 'e2e']);
run('manifests hold only the expected keys and permissions', 'node', ['scripts/manifest-check.mjs']);
requireBrowser('Chromium', findChromium);
vitest('end-to-end in Chromium', 'e2e-chromium', ['--config', 'vitest.e2e.config.ts', 'tests/e2e/chromium']);
requireBrowser('Firefox', findFirefox);
vitest('end-to-end in Firefox', 'e2e-firefox', ['--config', 'vitest.e2e.config.ts', 'tests/e2e/firefox']);
finish();
