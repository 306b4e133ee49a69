// A feed's standing in one honest sentence. Never includes the feed's address.
import type { LeftOutReason } from '@/lib/calendar/types';
import type { FeedProblem, FeedUpcoming } from '@/lib/feeds/model';
import { eventsAhead } from '@/lib/feeds/upcoming-store';
import { relativeTime } from '@/lib/time/relative';

export const feedProblemText = {
  timeout: 'The server did not answer in time',
  network: 'Could not reach the server',
  denied: 'The server refused access, so the address may have been reset',
  'not-found': 'No calendar was found at this address',
  server: 'The server had a problem',
  'too-large': 'This calendar is too large to read (over 20 MB)',
  empty: 'The address returned nothing',
  html: 'This address returned a web page, not a calendar: copy the secret address in iCal format',
  json: 'This address returned data, not a calendar',
  binary: 'This address returned a file that is not a calendar',
  'not-calendar': 'This is not an iCal calendar',
  permission: 'Primed needs your permission to read from this server: choose Sync now to allow it',
} as const satisfies Record<FeedProblem, string>;

/** Why events were left out of a calendar, as the end of "Some events were left out: …". */
export const leftOutText = {
  'impossible-rule': 'a repeat rule that cannot work',
  'too-rare': 'a repeat rule of once in centuries',
  'too-frequent': 'a series that repeats too often',
  unsupported: 'a repeat rule Primed cannot read',
  'too-many': 'more events than Primed keeps',
  'too-slow': 'the calendar takes too long to read in full',
  'bad-timezone': 'a time zone that cannot work',
} as const satisfies Record<LeftOutReason, string>;

export function feedStatusText(upcoming: FeedUpcoming | undefined, now: number): string {
  if (!upcoming) return 'Not synced yet.';
  const count = eventsAhead([upcoming], now).length;
  const events = count === 1 ? '1 upcoming event' : `${count} upcoming events`;
  const leftOut = upcoming.leftOut?.length ? ` Some events were left out: ${upcoming.leftOut.map((r) => leftOutText[r]).join('; ')}.` : '';
  if (!upcoming.problem) {
    const when = upcoming.lastSuccessAt ? relativeTime(upcoming.lastSuccessAt, now) : 'just now';
    return `Synced ${when}: ${events}.${leftOut}`;
  }
  const problem = feedProblemText[upcoming.problem];
  if (upcoming.lastSuccessAt) return `${problem}: showing events from ${relativeTime(upcoming.lastSuccessAt, now)}.${leftOut}`;
  return `${problem}.`;
}
