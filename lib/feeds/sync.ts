// Syncing feeds: fetch (or generate, or re-read) each feed's text, expand the
// planning window, and store the events with an honest status. The last good
// events always stay in use when a sync fails. Browser APIs come in through
// `SyncDeps`, so this runs the same in unit tests as in the background.
import { demoCalendar, DEMO_WEEK_MS, expandIcs, IcsError, type Occurrence } from '../calendar';
import { writeAtomically, type Db } from '../store/db';
import { readValid, validPut } from '../store/records';
import { retryDelayMs } from './backoff';
import type { FetchFeedOptions, FetchOutcome } from './fetch-feed';
import { FeedText, FeedUpcoming, type Feed, type FeedProblem, type StoredOccurrence } from './model';
import { feedTextKey, upcomingKey } from './upcoming-store';
import { normalizeFeedUrl } from './url';

const DAY = 86_400_000;
/** The planning window: from a day ago to two weeks ahead. */
export const WINDOW_PAST_MS = DAY;
export const WINDOW_FUTURE_MS = 14 * DAY;

export interface SyncDeps {
  db: Db;
  now: number;
  timeZone: string;
  selfEmails: readonly string[];
  fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchOutcome>;
  /** Whether the extension may read from this host permission pattern. */
  hasPermission(hostPermission: string): Promise<boolean>;
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
  | { ok: true; occurrences: StoredOccurrence[]; skipped: number; calendarName?: string }
  | { ok: false; problem: FeedProblem };

function expand(text: string, feedId: string, deps: SyncDeps): Expanded {
  try {
    const { occurrences, warnings, calendar } = expandIcs(
      text,
      { start: new Date(deps.now - WINDOW_PAST_MS), end: new Date(deps.now + WINDOW_FUTURE_MS) },
      { timeZone: deps.timeZone, selfEmails: deps.selfEmails },
    );
    return {
      ok: true,
      occurrences: occurrences.map((o) => storedOccurrence(o, feedId)),
      skipped: warnings.filter((w) => w.code === 'skipped-component').length,
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

  // What we can show without a new fetch: the last good text, expanded for today's window.
  const fromStored = (): Expanded | undefined => (stored ? expand(stored.text, feed.id, deps) : undefined);
  const keepOld = (problem: FeedProblem, failures: number): FeedUpcoming => {
    const old = fromStored();
    return {
      ...base,
      lastAttemptAt: now,
      ...(previous?.lastSuccessAt !== undefined ? { lastSuccessAt: previous.lastSuccessAt } : {}),
      failures,
      problem,
      skipped: old?.ok ? old.skipped : (previous?.skipped ?? 0),
      occurrences: old?.ok ? old.occurrences : (previous?.occurrences ?? []),
    };
  };
  const success = (expanded: Extract<Expanded, { ok: true }>, attempted: boolean): FeedUpcoming => ({
    ...base,
    lastAttemptAt: attempted ? now : (previous?.lastAttemptAt ?? now),
    lastSuccessAt: attempted ? now : (previous?.lastSuccessAt ?? now),
    failures: 0,
    skipped: expanded.skipped,
    ...(expanded.calendarName ? { calendarName: expanded.calendarName } : {}),
    occurrences: expanded.occurrences,
  });

  let result: FeedUpcoming;
  let newText: FeedText | undefined;
  const source = feed.source;
  if (source.kind === 'demo') {
    // Made once and kept, so that its events hold still from one sync to the
    // next (a presentation always 20 minutes away would never come); a new
    // week once this one is over.
    const current = stored && Math.abs(now - stored.fetchedAt) < DEMO_WEEK_MS ? stored : undefined;
    const text = current?.text ?? demoCalendar(new Date(now), deps.timeZone);
    const expanded = expand(text, feed.id, deps);
    if (expanded.ok) {
      result = success(expanded, true);
      if (!current) newText = { v: 1, feedId: feed.id, text, fetchedAt: now };
    } else {
      result = keepOld(expanded.problem, (previous?.failures ?? 0) + 1);
    }
  } else if (source.kind === 'file') {
    const expanded = fromStored();
    result = !expanded ? keepOld('empty', 1) : expanded.ok ? success(expanded, true) : keepOld(expanded.problem, 1);
  } else {
    const failures = previous?.failures ?? 0;
    const waiting = !force && failures > 0 && previous?.lastAttemptAt !== undefined && now - previous.lastAttemptAt < retryDelayMs(failures);
    const url = normalizeFeedUrl(source.url);
    if (!url.ok) {
      result = keepOld('not-calendar', failures + 1);
    } else if (waiting) {
      // Backing off: no request, but the window still moves on.
      const expanded = fromStored();
      result = expanded?.ok && previous ? { ...previous, ...base, occurrences: expanded.occurrences } : (previous ?? keepOld('network', failures));
    } else if (!(await deps.hasPermission(url.hostPermission))) {
      result = keepOld('permission', failures + 1);
    } else {
      const outcome = await deps.fetchFeed(url.url, {
        ...(stored?.etag ? { etag: stored.etag } : {}),
        ...(stored?.lastModified ? { lastModified: stored.lastModified } : {}),
      });
      if (outcome.kind === 'fetched') {
        const expanded = expand(outcome.text, feed.id, deps);
        if (expanded.ok) {
          result = success(expanded, true);
          newText = {
            v: 1,
            feedId: feed.id,
            text: outcome.text,
            ...(outcome.etag ? { etag: outcome.etag } : {}),
            ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}),
            fetchedAt: now,
          };
        } else {
          result = keepOld(expanded.problem, failures + 1);
        }
      } else if (outcome.kind === 'not-modified') {
        const expanded = fromStored();
        // A 304 for text we no longer have: fetch it whole next time.
        result = expanded?.ok ? success(expanded, true) : keepOld('empty', failures + 1);
      } else {
        result = keepOld(outcome.problem, failures + 1);
      }
    }
  }

  const writes = [validPut(upcomingKey(feed.id), FeedUpcoming, result)];
  if (newText) writes.push(validPut(feedTextKey(feed.id), FeedText, newText));
  await writeAtomically(db, writes);
  return result;
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
