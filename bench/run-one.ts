// One hostile feed through expandIcs in a process of its own, so that the
// benchmark can time it out and read its peak memory: prints one JSON line.
import { expandIcs } from '../lib/calendar';
import { HOSTILE_CASES, HOSTILE_RANGE } from './hostile-feeds';

const found = HOSTILE_CASES.find((c) => c.id === process.argv[2]);
if (!found) throw new Error(`No case ${process.argv[2]}`);
const text = found.text();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = expandIcs(text, { start: new Date(HOSTILE_RANGE.start), end: new Date(HOSTILE_RANGE.end) }, { timeZone: 'Europe/Berlin' });
const ms = performance.now() - started;
const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 1e6;
console.log(
  JSON.stringify({
    id: found.id,
    bytes: text.length,
    ms: Math.round(ms),
    peakMb: Math.max(0, Math.round(peakMb)),
    occurrences: result.occurrences.length,
    warnings: [...new Set(result.warnings.map((w) => w.message))],
  }),
);
