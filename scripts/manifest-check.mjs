// Compares the built manifests with the checked-in list of what they may hold
// (tests/manifest/expected.json), so that nothing reaches a store build that
// nobody asked for: a page override from an entrypoint's name, a permission, a
// key a build tool added. The end-to-end build may differ from the Chrome
// store build only by its host_permissions for the local test server.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEPTH = 3;

/** Every key path of a JSON value's objects ("a", "a.b", ...), arrays left as leaves. */
export function keyPaths(value, prefix = '', depth = DEPTH) {
  if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keyPaths(child, path, depth - 1)];
  });
}

function sameSet(actual = [], expected = []) {
  const a = new Set(actual);
  const e = new Set(expected);
  return {
    extra: [...a].filter((x) => !e.has(x)),
    missing: [...e].filter((x) => !a.has(x)),
  };
}

/**
 * What is wrong with one store manifest, in words; empty when it matches.
 * @param {Record<string, unknown>} manifest
 * @param {{ keys: string[]; permissions: string[]; optional_host_permissions: string[] }} expected
 */
export function manifestProblems(manifest, expected) {
  const problems = [];
  if ('chrome_url_overrides' in manifest) {
    problems.push(`replaces a browser page: chrome_url_overrides ${JSON.stringify(manifest.chrome_url_overrides)}`);
  }
  const keys = sameSet(keyPaths(manifest), expected.keys);
  for (const key of keys.extra) problems.push(`unexpected key: ${key}`);
  for (const key of keys.missing) problems.push(`missing key: ${key}`);
  for (const list of ['permissions', 'optional_host_permissions', 'host_permissions']) {
    const diff = sameSet(manifest[list], expected[list]);
    for (const p of diff.extra) problems.push(`unexpected ${list}: ${p}`);
    for (const p of diff.missing) problems.push(`missing ${list}: ${p}`);
  }
  return problems;
}

/** The e2e build must be the Chrome store manifest plus the test server's host permission, nothing else. */
export function e2eProblems(e2eManifest, storeManifest, hostPermissions) {
  const { host_permissions: hosts, ...rest } = e2eManifest;
  const problems = [];
  if (JSON.stringify(rest) !== JSON.stringify(storeManifest)) {
    problems.push('differs from the Chrome store build by more than its host_permissions');
  }
  const diff = sameSet(hosts, hostPermissions);
  for (const p of diff.extra) problems.push(`unexpected host_permissions: ${p}`);
  for (const p of diff.missing) problems.push(`missing host_permissions: ${p}`);
  return problems;
}

function readManifest(dir) {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No build in ${dir}: build it first.`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function main() {
  const expected = JSON.parse(readFileSync(resolve('tests/manifest/expected.json'), 'utf8'));
  const chrome = readManifest(resolve('.output/chrome-mv3'));
  const firefox = readManifest(resolve('.output/firefox-mv3'));
  const report = {
    'Chrome store build': manifestProblems(chrome, expected.chrome),
    'Firefox store build': manifestProblems(firefox, expected.firefox),
  };
  if (existsSync(resolve('.output/chrome-mv3-e2e/manifest.json'))) {
    report['Chrome end-to-end build'] = e2eProblems(
      readManifest(resolve('.output/chrome-mv3-e2e')),
      chrome,
      expected.e2eHostPermissions,
    );
  }
  let failed = false;
  for (const [build, problems] of Object.entries(report)) {
    if (problems.length === 0) {
      console.log(`${build}: as expected`);
      continue;
    }
    failed = true;
    console.error(`${build}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  console.log(`Chrome keys: ${Object.keys(chrome).join(', ')}; permissions: ${chrome.permissions.join(', ')}`);
  console.log(`Firefox keys: ${Object.keys(firefox).join(', ')}; permissions: ${firefox.permissions.join(', ')}`);
  if (failed) {
    console.error('\nA manifest holds something not in tests/manifest/expected.json. Remove it, or add it there if it is wanted.');
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
