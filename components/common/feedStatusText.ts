// A feed's standing in one honest sentence. Never includes the feed's address.
import type { LeftOutReason } from '@/lib/calendar/types';
import type { FeedProblem, FeedUpcoming } from '@/lib/feeds/model';
import { eventsAhead } from '@/lib/feeds/upcoming-store';
import { feedProvider, type FeedProvider } from '@/lib/feeds/url';
import { relativeTime } from '@/lib/time/relative';
import { plural } from '@/lib/text/plural';

export const feedProblemText = {
  timeout: 'The server did not answer in time',
  network: 'Could not reach the server',
  denied: 'This address has expired or been reset',
  'not-found': 'No calendar was found at this address',
  server: 'The server had a problem',
  'too-large': 'This calendar is too large to read (over 20 MB)',
  empty: 'The address returned nothing',
  html: 'This address returned a web page, not a calendar: copy the secret address in iCal format',
  json: 'This address returned data, not a calendar',
  binary: 'This address returned a file that is not a calendar',
  'not-calendar': 'This is not an iCal calendar',
  permission: 'Primed needs your permission to read from this server: choose Sync now to allow it',
  redirected: "This address now sends Primed to another server; add that calendar's address again to allow it",
  busy: 'The server asked Primed to wait',
  emptied: 'Your calendar came back with no events, which is usually a passing glitch',
} as const satisfies Record<FeedProblem, string>;

/** Where to get a new secret address, by service; said when the old one stops working. */
const newAddressHint = {
  google: 'In Google Calendar, Settings > your calendar > Secret address in iCal format.',
  outlook: 'In Outlook, Settings > Calendar > Shared calendars > Publish a calendar, then copy the ICS link.',
  icloud: 'In Calendar on iCloud, share the calendar as a Public Calendar again and copy the link.',
  fastmail: 'In Fastmail, Settings > Calendars > your calendar > Share with others, then copy the iCal link.',
  proton: 'In Proton Calendar, Settings > Calendars > your calendar > Share with anyone, then create a new link.',
  nextcloud: 'In Nextcloud Calendar, open the calendar’s menu > Share link, then copy the subscription link.',
} as const satisfies Record<FeedProvider, string>;
const genericHint = 'Your calendar service can give you a new secret iCal address in its sharing settings.';
const replaceHint = 'Then remove this calendar here and add the new address.';

/** Why events were left out of a calendar, as the end of "Some events were left out: …". */
const leftOutText = {
  'impossible-rule': 'a repeat rule that cannot work',
  'too-rare': 'a repeat rule of once in centuries',
  'too-frequent': 'a series that repeats too often',
  unsupported: 'a repeat rule Primed cannot read',
  'too-many': 'more events than Primed keeps',
  'too-slow': 'the calendar takes too long to read in full',
  'bad-timezone': 'a time zone that cannot work',
} as const satisfies Record<LeftOutReason, string>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** "about 20 minutes", "about 2 hours": a wait as people say it. */
export function aboutWait(ms: number): string {
  if (ms < 90 * MINUTE) {
    const minutes = Math.max(1, Math.round(ms / MINUTE));
    return `about ${plural(minutes, 'minute')}`;
  }
  const hours = Math.round(ms / HOUR);
  return `about ${plural(hours, 'hour')}`;
}

/** The problem in full, with what to do about it where Primed knows. */
function problemSentence(upcoming: FeedUpcoming, now: number, url: string | undefined): string {
  const problem = upcoming.problem;
  if (!problem) return '';
  if (problem === 'busy' && upcoming.retryAt !== undefined) {
    const left = upcoming.retryAt - now;
    return left > 0 ? `${feedProblemText.busy}; next try in ${aboutWait(left)}.` : `${feedProblemText.busy}; it will try again at the next sync.`;
  }
  if (problem === 'denied') {
    const provider = url ? feedProvider(url) : undefined;
    return `${feedProblemText.denied}. ${provider ? newAddressHint[provider] : genericHint} ${replaceHint}`;
  }
  if (problem === 'emptied' && upcoming.emptySince !== undefined) {
    return `${feedProblemText.emptied}, so its last events are kept for ${aboutWait(Math.max(0, upcoming.emptySince + 24 * HOUR - now))}.`;
  }
  return `${feedProblemText[problem]}.`;
}

/**
 * The status line of a feed. `url` (never shown) lets it name the steps to a
 * new address at the feed's own calendar service.
 */
export function feedStatusText(upcoming: FeedUpcoming | undefined, now: number, url?: string): string {
  if (!upcoming) return 'Not synced yet.';
  const count = eventsAhead([upcoming], now).length;
  const events = plural(count, 'upcoming event');
  const leftOut = upcoming.leftOut?.length ? ` Some events were left out: ${upcoming.leftOut.map((r) => leftOutText[r]).join('; ')}.` : '';
  if (!upcoming.problem) {
    const when = upcoming.lastSuccessAt ? relativeTime(upcoming.lastSuccessAt, now) : 'just now';
    return `Synced ${when}: ${events}.${leftOut}`;
  }
  const problem = problemSentence(upcoming, now, url);
  // The short problems read as one sentence with what is still shown, as they always have.
  const simple = problem === `${feedProblemText[upcoming.problem]}.`;
  if (upcoming.lastSuccessAt) {
    const since = relativeTime(upcoming.lastSuccessAt, now);
    return simple ? `${problem.slice(0, -1)}: showing events from ${since}.${leftOut}` : `${problem} Showing events from ${since}.${leftOut}`;
  }
  return problem;
}
