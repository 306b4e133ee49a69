import { describe, expect, it } from 'vitest';
import { dayHeading, groupByDay } from './days';

const words = { today: 'Today', yesterday: 'Yesterday' };
const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('the timeline by day', () => {
  it('puts entries of the same local day together, keeping their order', () => {
    const items = [at(2026, 11, 26, 23, 50), at(2026, 11, 26, 0, 5), at(2026, 11, 25, 23, 59), at(2026, 11, 20)].map((createdAt) => ({ createdAt }));
    const groups = groupByDay(items);
    expect(groups.map((g) => g.items.length)).toEqual([2, 1, 1]);
    expect(groups.map((g) => g.day)).toEqual([at(2026, 11, 26, 0), at(2026, 11, 25, 0), at(2026, 11, 20, 0)]);
    expect(groupByDay([])).toEqual([]);
  });

  it('says today and yesterday in words, other days by weekday and date, the year only when it differs', () => {
    const now = at(2026, 11, 26, 9);
    expect(dayHeading(at(2026, 11, 26, 0), now, words, 'en-GB')).toBe('Today');
    expect(dayHeading(at(2026, 11, 25, 0), now, words, 'en-GB')).toBe('Yesterday');
    expect(dayHeading(at(2026, 11, 23, 0), now, words, 'en-GB')).toBe('Monday 23 November');
    expect(dayHeading(at(2025, 12, 31, 0), now, words, 'en-GB')).toBe('Wednesday, 31 December 2025');
  });

  it('knows yesterday across the new year', () => {
    expect(dayHeading(at(2026, 12, 31, 0), at(2027, 1, 1, 8), words, 'en-GB')).toBe('Yesterday');
  });
});
