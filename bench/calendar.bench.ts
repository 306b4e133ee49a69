// npm run bench:calendar
//
// Measures expandIcs on a large, realistic feed against ical.js's bare parse of
// the same text (ICAL.parse plus new ICAL.Component, no expansion at all), in
// one process. Every timed call gets a freshly generated copy of the text, the
// two alternate, and the median of the runs counts; the engine keeps nothing
// from one call to the next (only Intl's formatter objects are reused). Target: the whole
// expansion of a 14-day window costs no more than that naive parse (ratio at
// most 1.0), and a 1 MB feed expands in under 100 ms.
import ICAL from 'ical.js';
import { expandIcs } from '../lib/calendar';
import { generateFeed, LARGE, ONE_MB } from './generate-feed';

const RUNS = 7;
const now = Date.now();
const window = { start: new Date(now - 86_400_000), end: new Date(now + 14 * 86_400_000) };
const options = { timeZone: 'Europe/Berlin' };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

const sample = generateFeed(LARGE, now);
const events = (sample.match(/^BEGIN:VEVENT/gm) ?? []).length;
console.log(`Large feed: ${(sample.length / 1e6).toFixed(1)} MB, ${events} VEVENTs, ${LARGE.series} series, ${LARGE.years} years`);
const { occurrences, warnings } = expandIcs(sample, window, options);
console.log(`  14-day window: ${occurrences.length} occurrences, ${warnings.length} warnings`);

const expandTimes: number[] = [];
const parseTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const forExpand = generateFeed(LARGE, now);
  expandTimes.push(time(() => expandIcs(forExpand, window, options)));
  const forParse = generateFeed(LARGE, now);
  parseTimes.push(time(() => new ICAL.Component(ICAL.parse(forParse) as unknown as unknown[])));
}
const expandMs = median(expandTimes);
const parseMs = median(parseTimes);
const ratio = expandMs / parseMs;
console.log(`  expandIcs, 14-day window:        median ${expandMs.toFixed(1)} ms over ${RUNS} runs`);
console.log(`  ICAL.parse + new ICAL.Component: median ${parseMs.toFixed(1)} ms over ${RUNS} runs`);
console.log(`  ratio: ${ratio.toFixed(3)} (target: at most 1.0)`);

const small = generateFeed(ONE_MB, now);
const smallTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const copy = generateFeed(ONE_MB, now);
  smallTimes.push(time(() => expandIcs(copy, window, options)));
}
const smallMs = median(smallTimes);
console.log(`1 MB feed (${(small.length / 1e6).toFixed(2)} MB): expandIcs median ${smallMs.toFixed(1)} ms (target: under 100 ms)`);

const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(`Peak memory (resident set, whole process): ${peakMb.toFixed(0)} MB`);

const ok = ratio <= 1.0 && smallMs < 100;
console.log(ok ? 'Targets met.' : 'Targets NOT met.');
process.exit(ok ? 0 : 1);
