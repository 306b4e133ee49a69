// Where each feed's standing and planning-window events are stored, and how
// pages read them. Kept apart from the sync code so that reading events never
// loads the calendar engine.
import { recordKey, type Db } from '../store/db';
import { walkValid } from '../store/records';
import { FeedUpcoming, type StoredOccurrence } from './model';

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

/** The events still to come (or under way) of the given feeds, soonest first; cancelled and declined ones left out. */
export function eventsAhead(upcoming: readonly FeedUpcoming[], feedIds: ReadonlySet<string>, now: number): StoredOccurrence[] {
  return upcoming
    .filter((u) => feedIds.has(u.feedId))
    .flatMap((u) => u.occurrences)
    .filter((o) => o.end > now && o.status !== 'cancelled' && !o.declined)
    .sort((a, b) => a.start - b.start || a.title.localeCompare(b.title));
}

/** Events of the given feeds that were on in the last `pastMs` or start within `futureMs`, most recent first: what a win may have been part of. */
export function eventsNear(
  upcoming: readonly FeedUpcoming[],
  feedIds: ReadonlySet<string>,
  now: number,
  { pastMs, futureMs }: { pastMs: number; futureMs: number },
): StoredOccurrence[] {
  return upcoming
    .filter((u) => feedIds.has(u.feedId))
    .flatMap((u) => u.occurrences)
    .filter((o) => !o.allDay && o.status !== 'cancelled' && !o.declined && o.end > now - pastMs && o.start < now + futureMs)
    .sort((a, b) => Math.abs(a.start - now) - Math.abs(b.start - now) || a.title.localeCompare(b.title));
}
