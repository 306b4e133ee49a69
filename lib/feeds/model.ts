// What Primed keeps about calendar feeds. The list of feeds (small, with the
// user's choices) is its own storage item (feed-list.ts); what each feed last
// returned, and the events of the planning window, live in IndexedDB.
import { LEFT_OUT_REASONS } from '../calendar/types';
import { z } from '../zod';
import { Timestamp } from '../time/timestamp';
import { EVENT_DESCRIPTION_MAX, EVENT_TEXT_MAX, FEED_NAME_MAX, KEY_MAX } from '../limits';

const Key = z.string().check(z.maxLength(KEY_MAX));
const EventText = z.string().check(z.maxLength(EVENT_TEXT_MAX));

// A feed (its name, source and whether it is on) is in ./feed, beside the
// sources it is read from: pages that only show events, like the toolbar
// popup, then never load the sources' code.
export type { Feed } from './feed';
export type { FeedSource } from './sources';

export const DEMO_FEED_ID = 'demo';

/** Why the last sync of a feed did not give new events. */
export const FeedProblem = z.enum([
  'timeout',
  'network',
  'denied',
  'not-found',
  'server',
  'too-large',
  'empty',
  'html',
  'json',
  'binary',
  'not-calendar',
  'permission',
  'redirected',
  'busy',
  /** A calendar that had events came back with none; its last events are kept for a day. */
  'emptied',
]);
export type FeedProblem = z.infer<typeof FeedProblem>;

/** One event occurrence as stored: instants as epoch milliseconds, key prefixed with the feed id. */
export const StoredOccurrence = z.object({
  key: Key,
  feedId: Key,
  uid: Key,
  recurrenceId: z.optional(Key),
  title: EventText,
  start: z.number(),
  end: z.number(),
  allDay: z.boolean(),
  status: z.enum(['confirmed', 'tentative', 'cancelled']),
  transparent: z.boolean(),
  recurring: z.boolean(),
  location: z.optional(EventText),
  description: z.optional(z.string().check(z.maxLength(EVENT_DESCRIPTION_MAX))),
  declined: z.boolean(),
});
export type StoredOccurrence = z.infer<typeof StoredOccurrence>;

/** The feed's standing and the events of the planning window, small enough for the popup to read. */
export const FeedUpcoming = z.object({
  v: z.literal(1),
  feedId: z.string(),
  lastAttemptAt: z.optional(Timestamp),
  /** When the events shown were last read from the feed. */
  lastSuccessAt: z.optional(Timestamp),
  failures: z.number(),
  problem: z.optional(FeedProblem),
  /** Components the engine had to skip in the last good read. */
  skipped: z.number(),
  /** Why events or dates were left out of the last good read (a rule that cannot work, a flood, too slow to read). */
  leftOut: z.optional(z.array(z.enum(LEFT_OUT_REASONS))),
  /**
   * When a read of this text last ran out of time: until the text changes (or
   * six hours pass, or the user asks), its events are kept as they are rather
   * than read again at every sync.
   */
  tooSlowAt: z.optional(Timestamp),
  /** When the server asked for no request before (Retry-After, within the back-off's bounds). */
  retryAt: z.optional(Timestamp),
  /** Since when the feed has come back with no events after having had some. */
  emptySince: z.optional(Timestamp),
  /** The calendar's own name (X-WR-CALNAME); Google names a primary calendar after its owner's address. */
  calendarName: z.optional(z.string().check(z.maxLength(FEED_NAME_MAX))),
  windowStart: z.number(),
  windowEnd: z.number(),
  occurrences: z.array(StoredOccurrence),
});
export type FeedUpcoming = z.infer<typeof FeedUpcoming>;

/** What is needed to expand the feed again as days pass, without fetching it. */
export const FeedText = z.object({
  v: z.literal(1),
  feedId: z.string(),
  text: z.string(),
  etag: z.optional(z.string()),
  lastModified: z.optional(z.string()),
  fetchedAt: Timestamp,
});
export type FeedText = z.infer<typeof FeedText>;
