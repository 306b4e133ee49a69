// A subscription: an iCal address the calendar service keeps up to date. The
// address is a secret (a Google "secret address" grants read access to the
// calendar): it is shown only in the field it was typed into, and a backup
// leaves it out unless the user asks for it.
import { FEED_URL_MAX } from '../../limits';
import { z } from '../../zod';
import { retryDelayMs, serverWaitMs } from '../backoff';
import { normalizeFeedUrl } from '../url';
import type { ReadContext, ReadOutcome, SourceDefinition } from './types';

/** A subscription. The URL is a secret: shown only in the field it was typed into. */
const UrlSource = z.object({ kind: z.literal('url'), url: z.string().check(z.minLength(1), z.maxLength(FEED_URL_MAX)) });
type UrlSource = z.infer<typeof UrlSource>;

/** Where a subscription's address was, in a backup made without calendar addresses. */
const HiddenUrlSource = z.object({ kind: z.literal('url-hidden') });

async function readText(source: UrlSource, { now, force, stored, previous, fetchFeed, hasPermission }: ReadContext): Promise<ReadOutcome> {
  const failures = previous?.failures ?? 0;
  const failed = failures + 1;
  // The server's own Retry-After, where it gave one, stands in for the usual back-off.
  const nextTry =
    previous?.retryAt ?? (failures > 0 && previous?.lastAttemptAt !== undefined ? previous.lastAttemptAt + retryDelayMs(failures) : undefined);
  const url = normalizeFeedUrl(source.url);
  if (!url.ok) return { kind: 'failed', problem: 'not-calendar', failures: failed };
  if (!force && nextTry !== undefined && now < nextTry) return { kind: 'waiting', failures };
  if (!(await hasPermission(url.hostPermission))) return { kind: 'failed', problem: 'permission', failures: failed };
  const outcome = await fetchFeed(url.url, {
    ...(stored?.etag ? { etag: stored.etag } : {}),
    ...(stored?.lastModified ? { lastModified: stored.lastModified } : {}),
    // A redirect is followed only as far as the permission the user gave.
    mayRead: async (target) => {
      const to = normalizeFeedUrl(target);
      return to.ok && (await hasPermission(to.hostPermission));
    },
  });
  if (outcome.kind === 'fetched') {
    return {
      kind: 'text',
      text: outcome.text,
      failures: failed,
      keep: { ...(outcome.etag ? { etag: outcome.etag } : {}), ...(outcome.lastModified ? { lastModified: outcome.lastModified } : {}) },
      graceWhenEmptied: true,
    };
  }
  // A 304 for text we no longer have: fetch it whole next time.
  if (outcome.kind === 'not-modified') return { kind: 'stored', failures: failed, problem: 'empty' };
  return {
    kind: 'failed',
    problem: outcome.problem,
    failures: failed,
    ...(outcome.retryAfterMs !== undefined ? { retryAt: now + serverWaitMs(outcome.retryAfterMs) } : {}),
  };
}

export const urlSource = {
  kind: 'url',
  schema: UrlSource,
  readText,
  masked: { kind: 'url-hidden', schema: HiddenUrlSource, mask: () => ({ kind: 'url-hidden' }) },
} satisfies SourceDefinition<typeof UrlSource, typeof HiddenUrlSource>;
