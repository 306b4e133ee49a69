import { describe, expect, it } from 'vitest';
import type { Feed, FeedUpcoming, StoredOccurrence } from './model';
import { eventsNear, ofEnabledFeeds } from './upcoming-store';

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
      now,
      { pastMs: 24 * HOUR, futureMs: 48 * HOUR },
    );
    expect(found.map((o) => o.key)).toEqual(['just-now', 'soon', 'yesterday']);
  });

  it('keeps the events of enabled feeds only', () => {
    const feed = (id: string, enabled: boolean): Feed => ({ id, name: id, source: { kind: 'demo' }, enabled, addedAt: now });
    const both = [...upcoming([occurrence('on', 2)]), { ...upcoming([occurrence('off', 2)])[0]!, feedId: 'g' }];
    expect(ofEnabledFeeds([feed('f', true), feed('g', false)], both).map((u) => u.feedId)).toEqual(['f']);
    expect(ofEnabledFeeds([], both)).toEqual([]);
  });
});
