// Where each feed's standing and planning-window events are stored, and how
// pages read them. Kept apart from the sync code so that reading events never
// loads the calendar engine.
import { recordKey, type Db } from '../store/db';
import type { ItemDeps } from '../store/local-item';
import { walkValid } from '../store/records';
import { loadFeeds } from './feed-list';
import { FeedUpcoming, type Feed, type StoredOccurrence } from './model';

export const feedTextKey = (feedId: string) => recordKey('feedtext', feedId);
export const upcomingKey = (feedId: string) => recordKey('upcoming', feedId);

/** Every feed's stored standing and events (a damaged record is set aside, not shown). */
export async function readAllUpcoming(db: Db): Promise<FeedUpcoming[]> {
  const found: FeedUpcoming[] = [];
  await walkValid(db, 'upcoming', FeedUpcoming, (value) => {
    found.push(value);
    return true;
  });
  return found.reverse();
}

/** The stored events of the feeds that are turned on: what every view of the user's calendar starts from. */
export function ofEnabledFeeds(feeds: readonly Feed[], upcoming: readonly FeedUpcoming[]): FeedUpcoming[] {
  const enabled = new Set(feeds.filter((f) => f.enabled).map((f) => f.id));
  return upcoming.filter((u) => enabled.has(u.feedId));
}

/** The enabled feeds, and their stored events. */
export async function readEnabledCalendars(db: Db, items: ItemDeps = {}): Promise<{ feeds: Feed[]; upcoming: FeedUpcoming[] }> {
  const [feeds, upcoming] = await Promise.all([loadFeeds(items), readAllUpcoming(db)]);
  return { feeds: feeds.filter((f) => f.enabled), upcoming: ofEnabledFeeds(feeds, upcoming) };
}

/** The events still to come (or under way), soonest first; cancelled and declined ones left out. */
export function eventsAhead(upcoming: readonly FeedUpcoming[], now: number): StoredOccurrence[] {
  return upcoming
    .flatMap((u) => u.occurrences)
    .filter((o) => o.end > now && o.status !== 'cancelled' && !o.declined)
    .sort((a, b) => a.start - b.start || a.title.localeCompare(b.title));
}

/** Events that were on in the last `pastMs` or start within `futureMs`, most recent first: what a win may have been part of. */
export function eventsNear(upcoming: readonly FeedUpcoming[], now: number, { pastMs, futureMs }: { pastMs: number; futureMs: number }): StoredOccurrence[] {
  return upcoming
    .flatMap((u) => u.occurrences)
    .filter((o) => !o.allDay && o.status !== 'cancelled' && !o.declined && o.end > now - pastMs && o.start < now + futureMs)
    .sort((a, b) => Math.abs(a.start - now) - Math.abs(b.start - now) || a.title.localeCompare(b.title));
}
