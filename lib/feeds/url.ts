// Feed addresses as users paste them. A feed URL is a secret (a Google
// "secret address" grants read access to the calendar): nothing here puts
// one into a message; `describeFeedHost` is the only way to name a feed's
// server in text.

export type FeedUrlProblem = 'empty' | 'not-a-url' | 'unsupported-scheme';

export type NormalizedFeedUrl =
  | { ok: true; url: string; hostPermission: string }
  | { ok: false; problem: FeedUrlProblem };

/**
 * Accepts https, http and webcal(s) addresses (webcal is https in disguise)
 * and gives the URL to fetch and the host permission pattern to request.
 */
export function normalizeFeedUrl(input: string): NormalizedFeedUrl {
  const text = input.trim();
  if (!text) return { ok: false, problem: 'empty' };
  const rewritten = text.replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(rewritten);
  } catch {
    return { ok: false, problem: 'not-a-url' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'unsupported-scheme' };
  if (!url.hostname) return { ok: false, problem: 'not-a-url' };
  url.hash = '';
  // Match patterns have no ports: the permission covers the host on any port.
  return { ok: true, url: url.href, hostPermission: `${url.protocol}//${url.hostname}/*` };
}

/** The server's name only ("calendar.google.com"), safe to show and to log. */
export function describeFeedHost(url: string): string {
  try {
    return new URL(url).hostname || 'the calendar server';
  } catch {
    return 'the calendar server';
  }
}
