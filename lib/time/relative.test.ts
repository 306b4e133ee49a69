import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative';

const now = new Date('2026-11-22T15:00:00+01:00').getTime();
const ago = (ms: number) => now - ms;
const MIN = 60_000;

describe('relativeTime', () => {
  it.each([
    [ago(5_000), 'now'],
    [ago(5 * MIN), '5 minutes ago'],
    [ago(59 * MIN), '59 minutes ago'],
    [ago(3 * 60 * MIN), '3 hours ago'],
    [new Date('2026-11-21T23:30:00+01:00').getTime(), 'yesterday'],
    [new Date('2026-11-18T09:00:00+01:00').getTime(), '4 days ago'],
    [new Date('2026-10-02T09:00:00+02:00').getTime(), 'Oct 2'],
    [new Date('2025-10-02T09:00:00+02:00').getTime(), 'Oct 2, 2025'],
  ])('%s reads as %s', (then, expected) => {
    expect(relativeTime(then, now, 'en-US')).toBe(expected);
  });
});
