import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandIcs, type Occurrence } from './index';

const DAY = 86_400_000;
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const BASE = Date.UTC(2025, 0, 1);

function stamp(ms: number, dateOnly = false): string {
  const iso = new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
  return dateOnly ? iso.slice(0, 8) : iso;
}

const seriesArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  day: fc.integer({ min: 0, max: 900 }),
  minuteOfDay: fc.integer({ min: 0, max: 95 }).map((q) => q * 15),
  allDay: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 240 }),
  freq: fc.constantFrom('NONE', 'DAILY', 'WEEKLY', 'MONTHLY'),
  interval: fc.integer({ min: 1, max: 3 }),
  end: fc.oneof(
    fc.record({ count: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ untilDays: fc.integer({ min: 1, max: 500 }) }),
    fc.constant({}),
  ),
  exdates: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 3 }),
  moved: fc.option(fc.record({ index: fc.integer({ min: 0, max: 10 }), hours: fc.integer({ min: -30, max: 30 }) })),
});

type Series = typeof seriesArb extends fc.Arbitrary<infer T> ? T : never;

function toIcs(all: Series[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Primed property tests//EN'];
  all.forEach((s, i) => {
    const uid = `s${i}`;
    const startWall = BASE + s.day * DAY + s.minuteOfDay * 60_000;
    const dtstart = s.allDay ? `DTSTART;VALUE=DATE:${stamp(startWall, true)}` : `DTSTART;TZID=${s.zone}:${stamp(startWall)}`;
    const step = s.freq === 'DAILY' ? DAY : s.freq === 'WEEKLY' ? 7 * DAY : 0;
    const event = ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250101T000000Z', `SUMMARY:Series ${i}`, dtstart];
    event.push(s.allDay ? `DTEND;VALUE=DATE:${stamp(startWall + DAY, true)}` : `DURATION:PT${s.minutes}M`);
    if (s.freq !== 'NONE') {
      let rule = `RRULE:FREQ=${s.freq};INTERVAL=${s.interval}`;
      if ('count' in s.end) rule += `;COUNT=${s.end.count}`;
      if ('untilDays' in s.end) rule += `;UNTIL=${stamp(startWall + s.end.untilDays * DAY, s.allDay)}${s.allDay ? '' : 'Z'}`;
      event.push(rule);
      if (step) {
        for (const k of s.exdates) {
          const at = startWall + k * s.interval * step;
          event.push(s.allDay ? `EXDATE;VALUE=DATE:${stamp(at, true)}` : `EXDATE;TZID=${s.zone}:${stamp(at)}`);
        }
      }
    }
    event.push('END:VEVENT');
    lines.push(...event);
    if (s.freq !== 'NONE' && step && s.moved && !s.allDay) {
      const original = startWall + s.moved.index * s.interval * step;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'DTSTAMP:20250101T000000Z',
        `RECURRENCE-ID;TZID=${s.zone}:${stamp(original)}`,
        `DTSTART;TZID=${s.zone}:${stamp(original + s.moved.hours * 3_600_000)}`,
        `DURATION:PT${s.minutes}M`,
        'SUMMARY:Moved',
        'END:VEVENT',
      );
    }
  });
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

const rangeArb = fc
  .record({ startDay: fc.integer({ min: -60, max: 1100 }), days: fc.integer({ min: 1, max: 60 }), splitAt: fc.double({ min: 0.05, max: 0.95, noNaN: true }) })
  .map(({ startDay, days, splitAt }) => {
    const start = BASE + startDay * DAY;
    const end = start + days * DAY;
    const split = start + Math.round(((end - start) * splitAt) / 60_000) * 60_000;
    return { start, end, split };
  });

const overlaps = (o: Occurrence, start: number, end: number) => {
  const s = o.start.getTime();
  const e = o.end.getTime();
  return s === e ? s >= start && s < end : s < end && e > start;
};

const byKey = (os: Occurrence[]) => new Map(os.map((o) => [o.key, `${o.start.toISOString()}/${o.end.toISOString()}/${o.title}`]));

describe('expandIcs properties', () => {
  it('every occurrence overlaps the range; keys are unique; results are sorted', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { minLength: 1, maxLength: 4 }), rangeArb, fc.constantFrom(...ZONES), (series, r, tz) => {
        const { occurrences } = expandIcs(toIcs(series), { start: new Date(r.start), end: new Date(r.end) }, { timeZone: tz });
        for (const o of occurrences) expect(overlaps(o, r.start, r.end)).toBe(true);
        expect(new Set(occurrences.map((o) => o.key)).size).toBe(occurrences.length);
        for (let i = 1; i < occurrences.length; i++) {
          expect(occurrences[i]!.start.getTime()).toBeGreaterThanOrEqual(occurrences[i - 1]!.start.getTime());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('two adjacent ranges give the same occurrences as their union', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { minLength: 1, maxLength: 4 }), rangeArb, (series, r) => {
        const text = toIcs(series);
        const opts = { timeZone: 'Europe/Berlin' };
        const whole = byKey(expandIcs(text, { start: new Date(r.start), end: new Date(r.end) }, opts).occurrences);
        const left = byKey(expandIcs(text, { start: new Date(r.start), end: new Date(r.split) }, opts).occurrences);
        const right = byKey(expandIcs(text, { start: new Date(r.split), end: new Date(r.end) }, opts).occurrences);
        const union = new Map([...left, ...right]);
        for (const [key, value] of left) if (right.has(key)) expect(right.get(key)).toBe(value);
        expect(union).toEqual(whole);
      }),
      { numRuns: 150 },
    );
  });

  it('a narrow window sees exactly what a window over all time sees there (nothing lost to skipping ahead)', () => {
    fc.assert(
      fc.property(fc.array(seriesArb, { minLength: 1, maxLength: 3 }), rangeArb, (series, r) => {
        const text = toIcs(series);
        // Years of a daily series: more than one call keeps by default.
        const unbounded = { occurrencesPerSeries: 1e6, occurrences: 1e6, stepsPerCall: 1e7, deadlineMs: 60_000 };
        const all = expandIcs(text, { start: new Date(BASE - 400 * DAY), end: new Date(BASE + 2000 * DAY) }, { timeZone: 'UTC', limits: unbounded });
        // The default allowances, but no deadline: a busy machine must not make the two differ.
        const narrow = expandIcs(text, { start: new Date(r.start), end: new Date(r.end) }, { timeZone: 'UTC', limits: { deadlineMs: 60_000 } });
        expect(byKey(narrow.occurrences)).toEqual(byKey(all.occurrences.filter((o) => overlaps(o, r.start, r.end))));
      }),
      { numRuns: 150 },
    );
  });
});
