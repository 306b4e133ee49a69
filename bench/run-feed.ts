// One generated feed through expandIcs in a process of its own, so that the
// calendar benchmark can read the engine's peak memory apart from the
// generator's and ical.js's bare parse: prints one JSON line.
import { expandIcs } from '../lib/calendar';
import { generateFeed, LARGE, LEAN } from './generate-feed';

const shape = process.argv[2] === 'lean' ? LEAN : LARGE;
const now = Number(process.argv[3] ?? Date.now());
const text = generateFeed(shape, now);
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = expandIcs(text, { start: new Date(now - 86_400_000), end: new Date(now + 14 * 86_400_000) }, { timeZone: 'Europe/Berlin' });
const ms = performance.now() - started;
const peakMb = (process.resourceUsage().maxRSS * 1024 - rssBefore) / 1e6;
console.log(JSON.stringify({ ms: Math.round(ms), peakMb: Math.max(0, Math.round(peakMb)), occurrences: result.occurrences.length }));
