import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from '../time/days';
import { localDayNumber, localMinutes, localTimeOn, localWeekday, zoneOffset } from './local-time';

const at = (iso: string) => Date.parse(iso);
const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];

describe('local clock readings', () => {
  it.each([
    // Berlin springs forward at 01:00Z on 2025-03-30 and falls back at 01:00Z on 2025-10-26.
    ['2025-03-30T00:59:00Z', 'Europe/Berlin', 1 * 60 + 59, dayNumber(2025, 3, 30), 0],
    ['2025-03-30T01:00:00Z', 'Europe/Berlin', 3 * 60, dayNumber(2025, 3, 30), 0],
    ['2025-10-26T00:30:00Z', 'Europe/Berlin', 2 * 60 + 30, dayNumber(2025, 10, 26), 0],
    ['2025-10-26T01:30:00Z', 'Europe/Berlin', 2 * 60 + 30, dayNumber(2025, 10, 26), 0],
    ['2025-06-14T22:30:00Z', 'Europe/Berlin', 30, dayNumber(2025, 6, 15), 0],
    // New York springs forward at 07:00Z on 2025-03-09 and falls back at 06:00Z on 2025-11-02.
    ['2025-03-09T06:59:00Z', 'America/New_York', 1 * 60 + 59, dayNumber(2025, 3, 9), 0],
    ['2025-03-09T07:00:00Z', 'America/New_York', 3 * 60, dayNumber(2025, 3, 9), 0],
    ['2025-11-02T05:30:00Z', 'America/New_York', 1 * 60 + 30, dayNumber(2025, 11, 2), 0],
    ['2025-11-02T06:30:00Z', 'America/New_York', 1 * 60 + 30, dayNumber(2025, 11, 2), 0],
    ['2025-06-14T22:30:00Z', 'America/New_York', 18 * 60 + 30, dayNumber(2025, 6, 14), 6],
    ['2025-01-01T00:00:00Z', 'Asia/Kolkata', 5 * 60 + 30, dayNumber(2025, 1, 1), 3],
    ['2024-12-31T18:29:00Z', 'Asia/Kolkata', 23 * 60 + 59, dayNumber(2024, 12, 31), 2],
    ['2024-12-31T18:30:00Z', 'Asia/Kolkata', 0, dayNumber(2025, 1, 1), 3],
    ['1970-01-01T00:00:00Z', 'UTC', 0, 0, 4],
  ])('%s in %s', (iso, zone, minutes, day, weekday) => {
    expect(localMinutes(at(iso), zone)).toBe(minutes);
    expect(localDayNumber(at(iso), zone)).toBe(day);
    expect(localWeekday(at(iso), zone)).toBe(weekday);
  });

  it('measures offsets, including half hours and sub-second instants', () => {
    expect(zoneOffset(at('2025-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(3_600_000);
    expect(zoneOffset(at('2025-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(7_200_000);
    expect(zoneOffset(at('2025-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * 3_600_000);
    expect(zoneOffset(at('2025-07-15T12:00:00.999Z'), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
    expect(zoneOffset(at('1969-12-31T23:59:59.500Z'), 'UTC')).toBe(0);
  });

  it('agrees with the runtime zone (Berlin in the tests) where that is the zone asked for', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (ms) => {
        const d = new Date(ms);
        expect(localMinutes(ms, 'Europe/Berlin')).toBe(d.getHours() * 60 + d.getMinutes());
        expect(localDayNumber(ms, 'Europe/Berlin')).toBe(localDay(ms));
        expect(localWeekday(ms, 'Europe/Berlin')).toBe(d.getDay());
      }),
      { numRuns: 300 },
    );
  });
});

describe('localTimeOn', () => {
  it.each([
    // An ordinary time on the day of a change, after it.
    ['2025-03-30T10:00:00Z', 19 * 60, 'Europe/Berlin', '2025-03-30T17:00:00Z'],
    ['2025-10-26T10:00:00Z', 19 * 60, 'Europe/Berlin', '2025-10-26T18:00:00Z'],
    // Midnight of that day, before the change.
    ['2025-03-30T10:00:00Z', 0, 'Europe/Berlin', '2025-03-29T23:00:00Z'],
    ['2025-10-26T10:00:00Z', 0, 'Europe/Berlin', '2025-10-25T22:00:00Z'],
    // Skipped: moves forward by the gap.
    ['2025-03-30T10:00:00Z', 2 * 60 + 30, 'Europe/Berlin', '2025-03-30T01:30:00Z'],
    ['2025-03-09T12:00:00Z', 2 * 60 + 30, 'America/New_York', '2025-03-09T07:30:00Z'],
    // Repeated: the earlier one.
    ['2025-10-26T10:00:00Z', 2 * 60 + 30, 'Europe/Berlin', '2025-10-26T00:30:00Z'],
    ['2025-11-02T12:00:00Z', 1 * 60 + 30, 'America/New_York', '2025-11-02T05:30:00Z'],
    ['2025-11-02T12:00:00Z', 19 * 60, 'America/New_York', '2025-11-03T00:00:00Z'],
    // The local day, not the UTC one.
    ['2025-06-10T20:00:00Z', 19 * 60, 'Asia/Kolkata', '2025-06-11T13:30:00Z'],
    ['2025-06-10T02:00:00Z', 19 * 60, 'America/New_York', '2025-06-09T23:00:00Z'],
    ['2025-06-10T10:00:00Z', 23 * 60 + 59, 'Asia/Kolkata', '2025-06-10T18:29:00Z'],
  ])('on the day of %s, %s minutes in %s is %s', (from, minutes, zone, expected) => {
    expect(new Date(localTimeOn(at(from), minutes, zone)).toISOString()).toBe(new Date(at(expected)).toISOString());
  });

  it('lands on the same local day, at the time asked for or just after a skipped one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom(...ZONES),
        (ms, minutes, zone) => {
          const t = localTimeOn(ms, minutes, zone);
          expect(localDayNumber(t, zone)).toBe(localDayNumber(ms, zone));
          const read = localMinutes(t, zone);
          expect(read === minutes || (read > minutes && read <= minutes + 60)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
