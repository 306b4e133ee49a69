// Fuzzing the calendar engine with hostile input: mutated real-world files
// and generated rules of the kinds that once hung it. Each input runs in a
// thread that is stopped if it hangs and dies if it passes the heap limit;
// the test fails on a hang, a crash, an error other than the documented
// IcsError, or work beyond the bounds. Seeded: the seed is printed, and
// FUZZ_SEED=… FUZZ_RUNS=… repeat or widen a run.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GuardedEngine } from './guarded-engine';
import { DEFAULT_LIMITS } from '../../lib/calendar/expand';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
/** Well above the engine's own deadline (1.5 s of work) for a busy machine; a hang is stopped here. */
const HANG_MS = 10_000;
const BOUND_MS = 2_000;
const BOUND_HEAP_MB = 200;

const NOW = Date.parse('2026-11-25T12:00:00Z');
const RANGE = { start: NOW - 86_400_000, end: NOW + 14 * 86_400_000 };

const corpusDir = join(__dirname, '../../tests/fixtures/ics-corpus');
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.ics'))
  .sort()
  .map((f) => readFileSync(join(corpusDir, f), 'utf8'));

const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY', 'FORTNIGHTLY', ''];
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'XX'];

const list = <T>(item: fc.Arbitrary<T>, max = 6) => fc.array(item, { minLength: 1, maxLength: max }).map((xs) => xs.join(','));
const ordinalDay = fc.tuple(fc.option(fc.integer({ min: -60, max: 60 }), { nil: undefined }), fc.constantFrom(...DAYS)).map(([n, d]) => `${n ?? ''}${d}`);

/** A repeat rule of the kinds that hang ical.js: ordinals where they mean nothing, floods, days that never come. */
const rulePart = fc.oneof(
  list(ordinalDay).map((v) => `BYDAY=${v}`),
  list(fc.integer({ min: -5, max: 5 }).chain((n) => fc.constantFrom(...DAYS).map((d) => `${n || ''}${d}`))).map((v) => `BYDAY=${v}`),
  list(fc.integer({ min: -1, max: 13 })).map((v) => `BYMONTH=${v}`),
  list(fc.integer({ min: -40, max: 40 })).map((v) => `BYMONTHDAY=${v}`),
  list(fc.integer({ min: -400, max: 400 })).map((v) => `BYYEARDAY=${v}`),
  list(fc.integer({ min: -60, max: 60 })).map((v) => `BYWEEKNO=${v}`),
  list(fc.integer({ min: -1, max: 30 })).map((v) => `BYHOUR=${v}`),
  list(fc.integer({ min: 0, max: 70 }), 30).map((v) => `BYMINUTE=${v}`),
  list(fc.integer({ min: 0, max: 70 }), 30).map((v) => `BYSECOND=${v}`),
  list(fc.integer({ min: -400, max: 400 })).map((v) => `BYSETPOS=${v}`),
  fc.constantFrom(0, 1, 2, 7, 1000, 1_000_000_000, -1).map((v) => `INTERVAL=${v}`),
  fc.constantFrom(1, 3, 1000, 1_000_000_000).map((v) => `COUNT=${v}`),
  fc.constantFrom('20261130T000000Z', '19000101', '21000101T000000Z', '20261201').map((v) => `UNTIL=${v}`),
  fc.constantFrom(...DAYS).map((v) => `WKST=${v}`),
);
const hostileRule = fc
  .tuple(fc.constantFrom(...FREQS), fc.array(rulePart, { maxLength: 3 }))
  .map(([freq, parts]) => [`FREQ=${freq}`, ...parts].join(';'));

const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
const dtstart = fc.oneof(
  // Mostly near the range, where the engine really iterates.
  { weight: 4, arbitrary: fc.integer({ min: -40, max: 14 * 24 }).map((h) => stamp(NOW + h * 3_600_000 * (h < 0 ? 24 : 1))) },
  { weight: 1, arbitrary: fc.constantFrom('20261125T090000Z', '20190101T000000Z', '19000101T000000', '21000101T000000Z', '20261126', '00010101T000000Z') },
  { weight: 1, arbitrary: fc.integer({ min: -2_000_000_000_000, max: 4_000_000_000_000 }).map(stamp) },
);

const zoneName = fc.constantFrom('Europe/Berlin', 'W. Europe Standard Time', 'Silly Zone', 'UTC');

/** A VTIMEZONE with rules a real zone never has. */
const sillyTimezone = fc
  .record({ freq: fc.constantFrom(...FREQS), start: dtstart, extra: fc.option(hostileRule, { nil: undefined }), offset: fc.constantFrom('+0100', '-2400', '+9999', 'x') })
  .map(({ freq, start, extra, offset }) => [
    'BEGIN:VTIMEZONE',
    'TZID:Silly Zone',
    'BEGIN:STANDARD',
    `DTSTART:${start.replace('Z', '')}`,
    `TZOFFSETFROM:${offset}`,
    'TZOFFSETTO:+0000',
    `RRULE:FREQ=${freq}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0000',
    `TZOFFSETTO:${offset}`,
    `RRULE:${extra ?? 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ]);

const hostileEvent = fc
  .record({
    uid: fc.oneof(fc.constantFrom('a', 'b', ''), fc.integer({ min: 1, max: 300_000 }).map((n) => 'u'.repeat(n))),
    start: dtstart,
    zone: fc.option(zoneName, { nil: undefined }),
    rules: fc.array(hostileRule, { maxLength: 2 }),
    exdates: fc.nat({ max: 3000 }),
    rdates: fc.nat({ max: 3000 }),
    recurrenceId: fc.option(dtstart, { nil: undefined }),
    summaryLength: fc.constantFrom(5, 100_000),
  })
  .map((e) => {
    const when = (v: string) => (e.zone && v.length > 8 ? `;TZID=${e.zone}:${v.replace('Z', '')}` : v.length === 8 ? `;VALUE=DATE:${v}` : `:${v}`);
    const dates = (n: number) => Array.from({ length: n }, (_, i) => new Date(NOW + (i - n / 2) * 3_600_000).toISOString().replace(/[-:]/g, '').slice(0, 8));
    return [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SUMMARY:${'s'.repeat(e.summaryLength)}`,
      `DTSTART${when(e.start)}`,
      ...e.rules.map((r) => `RRULE:${r}`),
      ...(e.exdates ? [`EXDATE;VALUE=DATE:${dates(e.exdates).join(',')}`] : []),
      ...(e.rdates ? [`RDATE;VALUE=DATE:${dates(e.rdates).join(',')}`] : []),
      ...(e.recurrenceId ? [`RECURRENCE-ID${when(e.recurrenceId)}`] : []),
      'END:VEVENT',
    ];
  });

const nested = fc.integer({ min: 1, max: 3000 }).map((depth) => [
  'BEGIN:VEVENT',
  'UID:deep',
  'DTSTART:20261126T100000Z',
  ...Array.from({ length: depth }, () => 'BEGIN:VALARM'),
  ...Array.from({ length: depth }, () => 'END:VALARM'),
  'END:VEVENT',
]);

const generated = fc
  .tuple(fc.array(fc.oneof({ weight: 6, arbitrary: hostileEvent }, { weight: 1, arbitrary: sillyTimezone }, { weight: 1, arbitrary: nested }), { minLength: 1, maxLength: 6 }))
  .map(([blocks]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Fuzz//EN', ...blocks.flat(), 'END:VCALENDAR'].join('\r\n'));

/** A real file, changed: hostile rules or lines put into it, lines dropped or repeated, cut short. */
const mutatedCorpus = fc
  .record({
    file: fc.nat({ max: corpus.length - 1 }),
    edits: fc.array(
      fc.oneof(
        hostileRule.map((r) => ({ kind: 'rule' as const, line: `RRULE:${r}` })),
        fc.constantFrom('drop', 'repeat', 'cut', 'bom', 'fold').map((kind) => ({ kind, line: '' })),
        fc.integer({ min: 1, max: 200_000 }).map((n) => ({ kind: 'long' as const, line: `X-LONG:${'x'.repeat(n)}` })),
      ),
      { minLength: 1, maxLength: 5 },
    ),
    at: fc.nat(),
  })
  .map(({ file, edits, at }) => {
    let lines = corpus[file]!.split(/\r\n|\n/);
    for (const edit of edits) {
      const i = lines.length === 0 ? 0 : at % lines.length;
      if (edit.kind === 'rule' || edit.kind === 'long') {
        // After a DTSTART if there is one, so the rule belongs to an event.
        const after = lines.findIndex((l, j) => j >= i && l.startsWith('DTSTART'));
        lines.splice(after >= 0 ? after + 1 : i, 0, edit.line);
      } else if (edit.kind === 'drop') lines.splice(i, 1);
      else if (edit.kind === 'repeat') lines.splice(i, 0, ...lines.slice(i, i + 50), ...lines.slice(i, i + 50));
      else if (edit.kind === 'cut') lines = lines.slice(0, i);
      else if (edit.kind === 'bom') lines[0] = `\uFEFF${lines[0] ?? ''}`;
      else lines = lines.map((l) => (l.length > 10 ? `${l.slice(0, 10)}\r\n ${l.slice(10)}` : l));
    }
    return lines.join('\r\n');
  });

const engine = new GuardedEngine({ timeoutMs: HANG_MS, maxHeapMb: 256 });
afterAll(() => engine.close());

describe('fuzzing the calendar engine', () => {
  it(`${RUNS} hostile inputs: none hangs, crashes or passes the bounds`, { timeout: 30 * 60_000 }, async () => {
    console.log(`FUZZ seed ${SEED} (FUZZ_SEED=${SEED} repeats this run), ${RUNS} inputs`);
    let count = 0;
    let slowest = { ms: 0, input: '' };
    let heaviest = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(generated, mutatedCorpus), async (text) => {
        count++;
        const outcome = await engine.run(text, RANGE, { timeZone: 'Europe/Berlin' });
        const describeInput = () => `${text.length} chars: ${text.slice(0, 400)}`;
        if (outcome.kind === 'hung' || outcome.kind === 'crashed') throw new Error(`${outcome.kind} after ${Math.round(outcome.ms)} ms on ${describeInput()}`);
        if (outcome.kind === 'error') {
          // The one documented error: the text is not a calendar at all.
          if (outcome.name !== 'IcsError') throw new Error(`threw ${outcome.name}: ${outcome.message} on ${describeInput()}`);
          return;
        }
        // Wall time on a shared two-core machine: an input over the bound is timed twice more
        // on its own, and only the fastest of the three counts.
        let ms = outcome.ms;
        for (let again = 0; again < 2 && ms > BOUND_MS; again++) {
          const retry = await engine.run(text, RANGE, { timeZone: 'Europe/Berlin' });
          if (retry.kind === 'done') ms = Math.min(ms, retry.ms);
        }
        if (ms > slowest.ms) slowest = { ms, input: text.slice(0, 300) };
        heaviest = Math.max(heaviest, outcome.heapMb);
        if (ms > BOUND_MS) throw new Error(`took ${Math.round(ms)} ms on ${describeInput()}`);
        if (outcome.heapMb > BOUND_HEAP_MB) throw new Error(`used ${Math.round(outcome.heapMb)} MB on ${describeInput()}`);
        if (outcome.occurrences > DEFAULT_LIMITS.occurrences) throw new Error(`gave ${outcome.occurrences} occurrences on ${describeInput()}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(
      `FUZZ ${count} inputs in bounds; slowest ${Math.round(slowest.ms)} ms (${JSON.stringify(slowest.input.slice(0, 160))}…), most heap ${Math.round(heaviest)} MB`,
    );
    expect(count).toBe(RUNS);
  });
});
