// npm run bench:calendar
//
// Measures expandIcs on large, realistic feeds against ical.js's bare parse of
// the same text (ICAL.parse plus new ICAL.Component, no expansion at all), in
// one process. Two shapes: the detailed feed (attendees, descriptions, alarms)
// and a lean one of the same number of events with a few short properties
// each, where the engine cannot hide its per-line costs behind text it skips.
// Every timed call gets a freshly generated copy of the text, the two
// alternate, and the median of the runs counts; the engine keeps nothing from
// one call to the next (only Intl's formatter objects are reused). Targets:
// the whole expansion of a 14-day window costs at most half that naive parse
// on the detailed feed and no more than it on the lean one, and a 1 MB feed
// expands in under 100 ms.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { expandIcs } from '../lib/calendar';
import { generateFeed, LARGE, LEAN, ONE_MB, type FeedShape } from './generate-feed';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const now = Date.now();
const window = { start: new Date(now - 86_400_000), end: new Date(now + 14 * 86_400_000) };
const options = { timeZone: 'Europe/Berlin' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

function compare(label: string, shape: FeedShape, target: number): boolean {
  const sample = generateFeed(shape, now);
  const events = (sample.match(/^BEGIN:VEVENT/gm) ?? []).length;
  console.log(`${label}: ${(sample.length / 1e6).toFixed(1)} MB, ${events} VEVENTs, ${shape.series} series, ${shape.years} years`);
  const { occurrences, warnings } = expandIcs(sample, window, options);
  console.log(`  14-day window: ${occurrences.length} occurrences, ${warnings.length} warnings`);
  const expandTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const forExpand = generateFeed(shape, now);
    expandTimes.push(time(() => expandIcs(forExpand, window, options)));
    const forParse = generateFeed(shape, now);
    parseTimes.push(time(() => new ICAL.Component(ICAL.parse(forParse) as unknown as unknown[])));
  }
  const expandMs = median(expandTimes);
  const parseMs = median(parseTimes);
  const ratio = expandMs / parseMs;
  const met = ratio <= target;
  console.log(`  expandIcs, 14-day window:        median ${expandMs.toFixed(1)} ms over ${RUNS} runs`);
  console.log(`  ICAL.parse + new ICAL.Component: median ${parseMs.toFixed(1)} ms over ${RUNS} runs`);
  console.log(`  ratio: ${ratio.toFixed(3)} (target: at most ${target.toFixed(1)}, ${met ? 'met' : 'not met'})`);
  return met;
}

const detailedMet = compare('Detailed feed', LARGE, 0.5);
const leanMet = compare('Lean feed', LEAN, 1.0);

const small = generateFeed(ONE_MB, now);
const smallTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const copy = generateFeed(ONE_MB, now);
  smallTimes.push(time(() => expandIcs(copy, window, options)));
}
const smallMs = median(smallTimes);
const smallMet = smallMs < 100;
console.log(
  `1 MB feed (${(small.length / 1e6).toFixed(2)} MB): expandIcs median ${smallMs.toFixed(1)} ms (target: under 100 ms, ${smallMet ? 'met' : 'not met'})`,
);

const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`Peak memory (resident set, whole process, with the generator and ical.js's parses): ${peakMb.toFixed(0)} MB`);
// The engine alone: one call in a fresh process that reads the feed from a
// file, its peak resident size beyond where it stood with the text read.
const dir = mkdtempSync(join(tmpdir(), 'primed-bench-'));
for (const [style, shape] of [['detailed', LARGE], ['lean', LEAN]] as const) {
  const file = join(dir, `${style}.ics`);
  writeFileSync(file, generateFeed(shape, now));
  const run = spawnSync('npx', ['vite-node', 'bench/run-feed.ts', file, String(now)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = run.stdout?.trim().split('\n').at(-1);
  const r = line?.startsWith('{') ? (JSON.parse(line) as { ms: number; peakMb: number }) : undefined;
  console.log(r ? `  expandIcs alone, ${style} feed, first call in a fresh process: ${r.ms} ms, peak ${r.peakMb} MB beyond the text` : `  ${style} feed alone: could not be measured`);
}
rmSync(dir, { recursive: true, force: true });

const ok = detailedMet && leanMet && smallMet;
console.log(ok ? 'Targets met.' : 'Targets NOT met.');
process.exit(ok ? 0 : 1);
