import { describe, expect, it } from 'vitest';
import type { FeedUpcoming, StoredOccurrence } from './model';
import { eventsNear } from './upcoming-store';

const HOUR = 3_600_000;
const now = Date.UTC(2026, 10, 22, 12);

function occurrence(key: string, startHours: number, extra: Partial<StoredOccurrence> = {}): StoredOccurrence {
  return {
    key,
    feedId: 'f',
    uid: key,
    title: key,
    start: now + startHours * HOUR,
    end: now + (startHours + 1) * HOUR,
    allDay: false,
    status: 'confirmed',
    transparent: false,
    recurring: false,
    declined: false,
    ...extra,
  };
}

const upcoming = (occurrences: StoredOccurrence[]): FeedUpcoming[] => [
  { v: 1, feedId: 'f', failures: 0, skipped: 0, windowStart: now - 24 * HOUR, windowEnd: now + 300 * HOUR, occurrences },
];

describe('events near now (what a win may have been part of)', () => {
  it('lists recent and soon events, nearest first, leaving out all-day, cancelled, declined and far ones', () => {
    const found = eventsNear(
      upcoming([
        occurrence('yesterday', -20),
        occurrence('just-now', -1.5),
        occurrence('soon', 2),
        occurrence('far', 60),
        occurrence('all-day', 0, { allDay: true }),
        occurrence('cancelled', 1, { status: 'cancelled' }),
        occurrence('declined', 1, { declined: true }),
      ]),
      new Set(['f']),
      now,
      { pastMs: 24 * HOUR, futureMs: 48 * HOUR },
    );
    expect(found.map((o) => o.key)).toEqual(['just-now', 'soon', 'yesterday']);
  });

  it('reads only the feeds asked for', () => {
    expect(eventsNear(upcoming([occurrence('soon', 2)]), new Set(['other']), now, { pastMs: HOUR, futureMs: HOUR * 5 })).toEqual([]);
  });
});
