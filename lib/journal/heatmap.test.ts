import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDay } from '../time/days';
import { middayOf, winHeatmap } from './heatmap';

// The tests run in Europe/Berlin (see vitest.config.ts).
const at = (iso: string) => new Date(iso).getTime();
// A Wednesday, three days after the autumn clock change.
const now = at('2026-10-28T10:00:00+01:00');

describe('winHeatmap', () => {
  it('draws twelve weeks of seven days, Monday first, ending with this week', () => {
    const map = winHeatmap([], now);
    expect(map.weeks).toHaveLength(12);
    expect(map.weeks.every((w) => w.length === 7)).toBe(true);
    const first = new Date(middayOf(map.weeks[0]![0]!.day));
    expect(first.getDay()).toBe(1);
    expect(first.toISOString().slice(0, 10)).toBe('2026-08-10');
    const last = map.weeks[11]!;
    expect(last.map((d) => d.future)).toEqual([false, false, false, true, true, true, true]);
    expect(last[2]!.day).toBe(localDay(now));
    expect(map).toMatchObject({ total: 0, activeDays: 0, streak: 0, busiest: 0 });
  });

  it('counts wins by local day, across the clock change', () => {
    const wins = [
      '2026-10-28T08:00:00+01:00',
      '2026-10-27T23:30:00+01:00',
      '2026-10-26T00:10:00+01:00',
      '2026-10-25T02:30:00+02:00', // before the clocks went back
      '2026-10-25T02:30:00+01:00', // the same wall time again, an hour later
    ].map(at);
    const map = winHeatmap(wins, now);
    const days = map.weeks.flat();
    const countOn = (iso: string) => days.find((d) => d.day === localDay(at(`${iso}T12:00:00Z`)))?.count;
    expect(countOn('2026-10-28')).toBe(1);
    expect(countOn('2026-10-27')).toBe(1);
    expect(countOn('2026-10-26')).toBe(1);
    expect(countOn('2026-10-25')).toBe(2);
    expect(map).toMatchObject({ total: 5, activeDays: 4, streak: 4, busiest: 2 });
  });

  it('leaves out wins before the first drawn Monday and after today', () => {
    const wins = ['2026-08-09T12:00:00+02:00', '2026-08-10T00:00:01+02:00', '2026-10-29T09:00:00+01:00'].map(at);
    const map = winHeatmap(wins, now);
    expect(map.total).toBe(1);
    expect(map.weeks[0]![0]!.count).toBe(1);
  });

  it('keeps the streak alive through yesterday and ends it at a gap', () => {
    expect(winHeatmap([at('2026-10-27T09:00:00+01:00'), at('2026-10-26T09:00:00+01:00')], now).streak).toBe(2);
    expect(winHeatmap([at('2026-10-26T09:00:00+01:00')], now).streak).toBe(0);
  });

  it('shades days in four steps relative to the busiest day', () => {
    const many = (iso: string, n: number) => Array.from({ length: n }, (_, i) => at(iso) + i * 60_000);
    const wins = [...many('2026-10-20T09:00:00+02:00', 8), ...many('2026-10-21T09:00:00+02:00', 1), ...many('2026-10-22T09:00:00+02:00', 4)];
    const levels = winHeatmap(wins, now).weeks.flat().filter((d) => d.count > 0).map((d) => [d.count, d.level]);
    expect(levels).toEqual([
      [8, 4],
      [1, 1],
      [4, 2],
    ]);
  });

  it('for any wins: every day counted once, totals agree, levels rise with counts', () => {
    const span = 120 * 86_400_000;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: now - span, max: now + 86_400_000 }), { maxLength: 200 }), (wins) => {
        const map = winHeatmap(wins, now);
        const days = map.weeks.flat();
        expect(new Set(days.map((d) => d.day)).size).toBe(84);
        expect(days.reduce((s, d) => s + d.count, 0)).toBe(map.total);
        expect(map.total).toBe(wins.filter((w) => localDay(w) >= days[0]!.day && localDay(w) <= localDay(now)).length);
        for (const a of days) for (const b of days) if (a.count < b.count) expect(a.level).toBeLessThanOrEqual(b.level);
        expect(days.filter((d) => d.future).every((d) => d.count === 0)).toBe(true);
      }),
    );
  });
});
