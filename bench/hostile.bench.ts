// npm run bench:hostile
//
// Times each hostile feed of bench/hostile-feeds.ts through the calendar
// engine, each in a fresh process (so a hang can be stopped and memory read as
// the process's peak resident size beyond where it started). Bound: every one
// in under 2 s and 200 MB.
import { spawnSync } from 'node:child_process';
import { HOSTILE_CASES } from './hostile-feeds';

const LIMIT_S = Number(process.env.HOSTILE_TIMEOUT_S ?? 90);
let failed = false;
console.log(`HOSTILE FEEDS (each in its own process, stopped after ${LIMIT_S} s)`);
for (const c of HOSTILE_CASES) {
  const started = Date.now();
  const run = spawnSync('npx', ['vite-node', 'bench/run-one.ts', c.id], { encoding: 'utf8', timeout: LIMIT_S * 1000, maxBuffer: 1 << 24 });
  const line = run.stdout?.trim().split('\n').at(-1);
  if (run.error || run.status !== 0 || !line?.startsWith('{')) {
    failed = true;
    const why = run.error ? `stopped after ${Math.round((Date.now() - started) / 1000)} s` : (run.stderr?.trim().split('\n').at(-1) ?? 'failed');
    console.log(`  ${c.id.padEnd(20)} ${c.what}: ${why}`);
    continue;
  }
  const r = JSON.parse(line) as { ms: number; peakMb: number; occurrences: number; bytes: number; warnings: string[] };
  if (r.ms > 2000 || r.peakMb > 200) failed = true;
  console.log(
    `  ${c.id.padEnd(20)} ${String(r.ms).padStart(6)} ms ${String(r.peakMb).padStart(5)} MB  ${r.occurrences} occurrences  (${c.what}, ${r.bytes} bytes)`,
  );
  for (const w of r.warnings) console.log(`      warning: ${w}`);
}
console.log(failed ? 'Some feeds exceed 2 s or 200 MB.' : 'Every feed within 2 s and 200 MB.');
process.exit(failed ? 1 : 0);
