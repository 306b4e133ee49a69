// One feed file through expandIcs in a process of its own, so that the
// calendar benchmark can read the engine's peak memory apart from the
// generator's and ical.js's bare parse: prints one JSON line.
import { readFileSync } from 'node:fs';
import { expandIcs } from '../lib/calendar';

const [file, nowArg] = process.argv.slice(2);
const now = Number(nowArg);
const text = readFileSync(file!, 'utf8');
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = expandIcs(text, { start: new Date(now - 86_400_000), end: new Date(now + 14 * 86_400_000) }, { timeZone: 'Europe/Berlin' });
const ms = performance.now() - started;
const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 1e6;
console.log(JSON.stringify({ ms: Math.round(ms), peakMb: Math.max(0, Math.round(peakMb)), occurrences: result.occurrences.length }));
