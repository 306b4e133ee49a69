// Syncing feeds: each feed's source reads its text (see ./sources), then the
// planning window is expanded and the events stored with an honest status. The last good
// events always stay in use when a sync fails. Browser APIs come in through
// `SyncDeps`, so this runs the same in unit tests as in the background.
import { expandIcs, expandIcsInSlices, IcsError, type ExpandLimits, type LeftOutReason, type Occurrence } from '../calendar';
import { writeAtomically, type Db } from '../store/db';
import { readValid, validPut } from '../store/records';
import type { FetchFeedOptions, FetchOutcome } from './fetch-feed';
import { FeedText, FeedUpcoming, type Feed, type FeedProblem, type StoredOccurrence } from './model';
import { feedTextKey, upcomingKey } from './upcoming-store';
import { readSourceText } from './sources';

const DAY = 86_400_000;
/** The planning window: from a day ago to two weeks ahead. */
const WINDOW_PAST_MS = DAY;
const WINDOW_FUTURE_MS = 14 * DAY;

export interface SyncDeps {
  db: Db;
  now: number;
  timeZone: string;
  selfEmails: readonly string[];
  fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchOutcome>;
  /** Whether the extension may read from this host permission pattern. */
  hasPermission(hostPermission: string): Promise<boolean>;
  /** Other bounds on the calendar engine's work than its defaults (tests). */
  expandLimits?: Partial<ExpandLimits>;
}


const DESCRIPTION_MAX = 1000;

export function storedOccurrence(o: Occurrence, feedId: string): StoredOccurrence {
  return {
    key: `${feedId}:${o.key}`,
    feedId,
    uid: o.uid,
    ...(o.recurrenceId ? { recurrenceId: o.recurrenceId } : {}),
    title: o.title,
    start: o.start.getTime(),
    end: o.end.getTime(),
    allDay: o.allDay,
    status: o.status,
    transparent: o.transparent,
    recurring: o.recurring,
    ...(o.location ? { location: o.location } : {}),
    // Kept short: only keyword rules read it, and the popup reads these records.
    ...(o.description ? { description: o.description.slice(0, DESCRIPTION_MAX) } : {}),
    declined: o.participation === 'declined',
  };
}

type Expanded =
  | { ok: true; occurrences: StoredOccurrence[]; skipped: number; leftOut: LeftOutReason[]; calendarName?: string; tooSlowAt?: number }
  | { ok: false; problem: FeedProblem };

/**
 * How long a calendar that suddenly has no events keeps its last ones. Such a
 * feed is usually a publisher's glitch, and losing every event would drop the
 * prompts planned for them; a calendar still empty after a day is taken at
 * its word.
 */
export const EMPTY_GRACE_MS = DAY;

/** Whether a calendar's text has any event at all, in or out of the window. */
function hasEvents(text: string): boolean {
  return /^BEGIN:VEVENT\b/im.test(text);
}

/** A text whose last read ran out of time is read again after this long, if it has not changed. */
const TOO_SLOW_RETRY_MS = 6 * 3_600_000;

/** Reads a feed's text in slices, so that the worker answers messages and alarms meanwhile. */
async function expand(text: string, feedId: string, deps: SyncDeps): Promise<Expanded> {
  try {
    const { occurrences, warnings, calendar } = await expandIcsInSlices(
      text,
      { start: new Date(deps.now - WINDOW_PAST_MS), end: new Date(deps.now + WINDOW_FUTURE_MS) },
      { timeZone: deps.timeZone, selfEmails: deps.selfEmails, ...(deps.expandLimits ? { limits: deps.expandLimits } : {}) },
    );
    const leftOut = [...new Set(warnings.flatMap((w) => (w.code === 'left-out' && w.reason ? [w.reason] : [])))];
    return {
      ok: true,
      ...(leftOut.includes('too-slow') ? { tooSlowAt: deps.now } : {}),
      occurrences: occurrences.map((o) => storedOccurrence(o, feedId)),
      skipped: warnings.filter((w) => w.code === 'skipped-component').length,
      leftOut,
      ...(calendar.name ? { calendarName: calendar.name } : {}),
    };
  } catch (err) {
    if (err instanceof IcsError) return { ok: false, problem: err.code };
    throw err;
  }
}

/**
 * Brings one feed up to date. `force` (the user's "Sync now") ignores the
 * back-off after failures; the periodic sync respects it and only re-expands
 * the text it already has.
 */
export async function syncFeed(feed: Feed, deps: SyncDeps, { force = false } = {}): Promise<FeedUpcoming> {
  const { db, now } = deps;
  const previous = await readValid(db, upcomingKey(feed.id), FeedUpcoming);
  const stored = await readValid(db, feedTextKey(feed.id), FeedText);
  const base = {
    v: 1 as const,
    feedId: feed.id,
    windowStart: now - WINDOW_PAST_MS,
    windowEnd: now + WINDOW_FUTURE_MS,
  };

  // A text that took too long to read last time is not read again at every
  // sync: its events stay as they were until it changes, the user asks, or
  // some hours pass.
  const slowAt = previous?.tooSlowAt;
  const recentlyTooSlow = (text: string) => !force && slowAt !== undefined && stored?.text === text && now - slowAt < TOO_SLOW_RETRY_MS;
  const read = async (text: string): Promise<Expanded> =>
    recentlyTooSlow(text) && previous && slowAt !== undefined
      ? {
          ok: true,
          occurrences: previous.occurrences,
          skipped: previous.skipped,
          leftOut: previous.leftOut ?? ['too-slow'],
          tooSlowAt: slowAt,
          ...(previous.calendarName ? { calendarName: previous.calendarName } : {}),
        }
      : expand(text, feed.id, deps);
  // What we can show without a new fetch: the last good text, expanded for today's window.
  const fromStored = async (): Promise<Expanded | undefined> => (stored ? read(stored.text) : undefined);
  const keepOld = async (problem: FeedProblem, failures: number): Promise<FeedUpcoming> => {
    const old = await fromStored();
    return {
      ...base,
      lastAttemptAt: now,
      ...(previous?.lastSuccessAt !== undefined ? { lastSuccessAt: previous.lastSuccessAt } : {}),
      failures,
      problem,
      skipped: old?.ok ? old.skipped : (previous?.skipped ?? 0),
      ...leftOutOf(old?.ok ? old : previous),
      occurrences: old?.ok ? old.occurrences : (previous?.occurrences ?? []),
      // A failure in between does not restart the day an emptied calendar is given.
      ...(previous?.emptySince !== undefined ? { emptySince: previous.emptySince } : {}),
    };
  };
  const success = (expanded: Extract<Expanded, { ok: true }>, attempted: boolean): FeedUpcoming => ({
    ...base,
    lastAttemptAt: attempted ? now : (previous?.lastAttemptAt ?? now),
    lastSuccessAt: attempted ? now : (previous?.lastSuccessAt ?? now),
    failures: 0,
    skipped: expanded.skipped,
    ...leftOutOf(expanded),
    ...(expanded.calendarName ? { calendarName: expanded.calendarName } : {}),
    occurrences: expanded.occurrences,
  });

  let result: FeedUpcoming;
  let newText: FeedText | undefined;
  const outcome = await readSourceText(feed.source, {
    now,
    timeZone: deps.timeZone,
    force,
    stored,
    previous,
    fetchFeed: deps.fetchFeed,
    hasPermission: deps.hasPermission,
  });
  if (outcome.kind === 'text') {
    const expanded = await read(outcome.text);
    const emptySince = previous?.emptySince ?? now;
    const suddenlyEmpty =
      outcome.graceWhenEmptied && expanded.ok && stored !== undefined && !hasEvents(outcome.text) && hasEvents(stored.text) && now - emptySince < EMPTY_GRACE_MS;
    if (suddenlyEmpty) {
      // Not a failure, so no back-off; the last good text stays and is read as before.
      result = { ...(await keepOld('emptied', 0)), emptySince };
    } else if (expanded.ok) {
      result = success(expanded, true);
      if (outcome.keep) newText = { v: 1, feedId: feed.id, text: outcome.text, ...outcome.keep, fetchedAt: now };
    } else {
      result = await keepOld(expanded.problem, outcome.failures);
    }
  } else if (outcome.kind === 'stored') {
    const expanded = await fromStored();
    result = expanded?.ok ? success(expanded, true) : await keepOld(outcome.problem ?? (expanded ? expanded.problem : 'empty'), outcome.failures);
  } else if (outcome.kind === 'waiting') {
    const expanded = await fromStored();
    result = expanded?.ok && previous ? { ...previous, ...base, occurrences: expanded.occurrences } : (previous ?? (await keepOld('network', outcome.failures)));
  } else {
    result = { ...(await keepOld(outcome.problem, outcome.failures)), ...(outcome.retryAt !== undefined ? { retryAt: outcome.retryAt } : {}) };
  }

  const writes = [validPut(upcomingKey(feed.id), FeedUpcoming, result)];
  if (newText) writes.push(validPut(feedTextKey(feed.id), FeedText, newText));
  await writeAtomically(db, writes);
  return result;
}

/** What was left out of a read, and when it last ran out of time, as stored. */
function leftOutOf(read: { leftOut?: readonly LeftOutReason[]; tooSlowAt?: number } | undefined): Pick<FeedUpcoming, 'leftOut' | 'tooSlowAt'> {
  const reasons = read?.leftOut ?? [];
  return {
    ...(reasons.length > 0 ? { leftOut: [...reasons] } : {}),
    ...(read?.tooSlowAt !== undefined ? { tooSlowAt: read.tooSlowAt } : {}),
  };
}

/** Syncs every enabled feed, one after the other; one feed's failure never stops the others. */
export async function syncFeeds(feeds: readonly Feed[], deps: SyncDeps, options: { force?: boolean; only?: string } = {}) {
  const results: FeedUpcoming[] = [];
  for (const feed of feeds) {
    if (!feed.enabled || (options.only && feed.id !== options.only)) continue;
    results.push(await syncFeed(feed, deps, options));
  }
  return results;
}

/** Keeps an imported file's text, after checking that it is a calendar. Throws IcsError if not. */
export async function importFeedText(db: Db, feedId: string, text: string, now: number): Promise<void> {
  expandIcs(text, { start: new Date(now), end: new Date(now + 1) });
  await writeAtomically(db, [validPut(feedTextKey(feedId), FeedText, { v: 1, feedId, text, fetchedAt: now })]);
}

export async function removeFeedData(db: Db, feedId: string): Promise<void> {
  await writeAtomically(db, [{ delete: feedTextKey(feedId) }, { delete: upcomingKey(feedId) }]);
}

/**
 * The user's own addresses as their feeds reveal them: a Google calendar
 * exported from someone's primary calendar is named after their address.
 */
export function addressesRevealedBy(results: readonly FeedUpcoming[]): string[] {
  const found = results
    .map((r) => r.calendarName?.trim().toLowerCase())
    .filter((name): name is string => !!name && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(name));
  return [...new Set(found)];
}
