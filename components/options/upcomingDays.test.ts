import { describe, expect, it } from 'vitest';
import { groupByDay, splitDays } from './upcomingDays';

const HOUR = 3_600_000;
// Noon local time, so that adding whole days never crosses midnight by a daylight-saving hour.
const now = new Date(2026, 10, 26, 12).getTime();
const at = (days: number, hours = 0) => ({ start: new Date(2026, 10, 26 + days, 12 + hours).getTime() });

describe('Coming up, by day', () => {
  it('groups events by their local day in order, one under way on today', () => {
    const days = groupByDay([at(0, 2), at(1), at(0, 3), { start: now - 2 * HOUR }], now);
    expect(days.map((d) => d.events.length)).toEqual([3, 1]);
    expect(days[1]!.day - days[0]!.day).toBe(1);
  });

  it('shows today and the six days after it first, the rest behind "Show more"', () => {
    const days = groupByDay([at(0), at(3), at(6, 11), at(7), at(13)], now);
    const { first, rest } = splitDays(days, now);
    expect(first.flatMap((d) => d.events)).toEqual([at(0), at(3), at(6, 11)]);
    expect(rest.flatMap((d) => d.events)).toEqual([at(7), at(13)]);
  });

  it('has nothing more to show when every event is within the week', () => {
    expect(splitDays(groupByDay([at(1), at(2)], now), now).rest).toEqual([]);
  });
});
