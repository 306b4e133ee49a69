import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { expandIcs, expandIcsInSlices } from './expand';
import { planRule } from './rules';

const recur = (rule: string) => ICAL.Recur.fromString(rule);

describe('repeat rules checked before ical.js', () => {
  it.each([
    ['FREQ=DAILY;BYDAY=1MO', 'impossible-rule'],
    ['FREQ=HOURLY;BYDAY=-1FR', 'impossible-rule'],
    ['FREQ=WEEKLY;BYDAY=2TU', 'impossible-rule'],
    ['FREQ=MONTHLY;BYDAY=6MO', 'impossible-rule'],
    ['FREQ=DAILY;INTERVAL=1000000000', 'too-rare'],
    ['FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', 'impossible-rule'],
    ['FREQ=WEEKLY;BYMONTHDAY=3', 'impossible-rule'],
    ['FREQ=DAILY;BYWEEKNO=3', 'impossible-rule'],
    ['FREQ=DAILY;BYHOUR=9;BYSETPOS=1', 'unsupported'],
    ['FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=' + Array.from({ length: 60 }, (_, i) => i).join(',') + ';BYSECOND=' + Array.from({ length: 60 }, (_, i) => i).join(','), 'too-frequent'],
  ])('%s: first date only (%s)', (rule, reason) => {
    expect(planRule(recur(rule))).toMatchObject({ kind: 'first-only', reason });
  });

  it.each(['FREQ=MONTHLY;BYDAY=1MO', 'FREQ=YEARLY;BYDAY=20MO', 'FREQ=DAILY;BYDAY=MO,WE', 'FREQ=WEEKLY;BYDAY=MO;BYMONTH=2', 'FREQ=SECONDLY'])('%s is iterated', (rule) => {
    expect(planRule(recur(rule)).kind).toBe('iterate');
  });

  it('takes the narrowing parts out of what ical.js iterates and applies them itself, negative days from the end', () => {
    const plan = planRule(recur('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=-1;COUNT=3'));
    if (plan.kind !== 'iterate') throw new Error('refused');
    expect(plan.recur.toString()).toBe('FREQ=DAILY');
    expect(plan.count).toBe(3);
    const wall = (year: number, month: number, day: number) => ({ year, month, day, hour: 9, minute: 0, second: 0 });
    expect(plan.accepts(wall(2028, 2, 29))).toBe(true);
    expect(plan.accepts(wall(2027, 2, 28))).toBe(true);
    expect(plan.accepts(wall(2028, 2, 28))).toBe(false);
    expect(plan.accepts(wall(2028, 3, 31))).toBe(false);
  });
});

describe('bounded work', () => {
  const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
  const range = { start: new Date('2026-11-24T00:00:00Z'), end: new Date('2026-12-08T00:00:00Z') };
  const daily = ['BEGIN:VEVENT', 'UID:d', 'SUMMARY:Daily', 'DTSTART:20261101T090000Z', 'DURATION:PT15M', 'RRULE:FREQ=DAILY', 'END:VEVENT'];
  const plain = ['BEGIN:VEVENT', 'UID:p', 'SUMMARY:Plain', 'DTSTART:20261125T090000Z', 'DURATION:PT1H', 'END:VEVENT'];

  it('stops at the deadline, keeps plain events read first, and says so', () => {
    let now = 0;
    // Each reading of the clock moves it on by 100 ms.
    const clock = () => (now += 100);
    const { occurrences, warnings } = expandIcs(cal(...daily, ...plain), range, { timeZone: 'UTC', clock, limits: { deadlineMs: 150 } });
    expect(occurrences.map((o) => o.title)).toEqual(['Plain']);
    expect(warnings.map((w) => w.reason)).toEqual(['too-slow']);
  });

  it('in slices: gives the thread back, and the time away does not count', async () => {
    let now = 0;
    const clock = () => (now += 10);
    let yields = 0;
    const result = await expandIcsInSlices(cal(...daily, ...plain), range, { timeZone: 'UTC', clock, limits: { deadlineMs: 1_000_000 } }, {
      sliceMs: 15,
      yieldNow: async () => {
        yields++;
        // A long pause elsewhere in the worker.
        now += 10_000_000;
      },
    });
    expect(yields).toBeGreaterThan(0);
    expect(result.warnings).toEqual([]);
    expect(result).toEqual(expandIcs(cal(...daily, ...plain), range, { timeZone: 'UTC' }));
  });
});

describe('skipping ahead in monthly and yearly rules', () => {
  const cal = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR'].join('\r\n');
  const unbounded = { occurrencesPerSeries: 1e6, occurrences: 1e6, stepsPerCall: 1e7, stepsPerSeries: 1e6, deadlineMs: 60_000 };
  const starts = (text: string, from: string, to: string, limits = {}) =>
    expandIcs(text, { start: new Date(from), end: new Date(to) }, { timeZone: 'Europe/Berlin', limits }).occurrences.map((o) => o.start.toISOString());

  it.each([
    ['FREQ=MONTHLY', '20090115T083000'],
    ['FREQ=MONTHLY;INTERVAL=5', '20090128T233000'],
    ['FREQ=MONTHLY;INTERVAL=2', '20090131T100000'],
    ['FREQ=YEARLY', '20081026T023000'],
    ['FREQ=YEARLY;INTERVAL=3', '20090328T120000'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', '20090131T100000'],
  ])('%s from %s: a narrow window sees what one over all the years sees there', (rule, start) => {
    const text = cal('BEGIN:VEVENT', 'UID:m', `DTSTART;TZID=Europe/Berlin:${start}`, 'DURATION:PT45M', `RRULE:${rule}`, 'END:VEVENT');
    const all = starts(text, '2008-01-01T00:00:00Z', '2031-01-01T00:00:00Z', unbounded);
    for (const [from, to] of [
      ['2026-10-20T00:00:00Z', '2026-11-03T00:00:00Z'],
      ['2027-01-25T00:00:00Z', '2027-02-08T00:00:00Z'],
      ['2029-02-27T00:00:00Z', '2029-03-30T00:00:00Z'],
      ['2030-01-01T00:00:00Z', '2030-12-31T00:00:00Z'],
    ] as const) {
      expect(starts(text, from, to)).toEqual(all.filter((s) => s >= from && s < to));
    }
  });
});

describe('skipping ahead with lengths no Date can hold', () => {
  it('reads a monthly series whose one instance lasts for ages without skipping, and without hanging', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:long', 'DTSTART:20200115T090000Z', 'DTEND:99991231T000000Z', 'RRULE:FREQ=MONTHLY;COUNT=3', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:longer', 'DTSTART:20200115T090000Z', 'DURATION:P99999999W', 'RRULE:FREQ=MONTHLY', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const result = expandIcs(text, { start: new Date('2026-11-24T00:00:00Z'), end: new Date('2026-12-08T00:00:00Z') }, { timeZone: 'UTC' });
    expect(result.occurrences.map((o) => o.uid)).toContain('long');
  });
});
