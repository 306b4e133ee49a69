// Feed addresses as users paste them. A feed URL is a secret (a Google
// "secret address" grants read access to the calendar): nothing here puts
// one into a message; `describeFeedHost` is the only way to name a feed's
// server in text.

type FeedUrlProblem = 'empty' | 'not-a-url' | 'unsupported-scheme';

type NormalizedFeedUrl =
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

/** Calendar services whose steps to a new address Primed can describe. */
export type FeedProvider = 'google' | 'outlook' | 'icloud' | 'fastmail' | 'proton' | 'nextcloud';

const PROVIDER_HOSTS: ReadonlyArray<[FeedProvider, RegExp]> = [
  ['google', /(^|\.)google\.com$/],
  ['outlook', /(^|\.)(outlook\.com|office365\.com|office\.com|live\.com|hotmail\.com)$/],
  ['icloud', /(^|\.)icloud\.com$/],
  ['fastmail', /(^|\.)(fastmail\.com|fastmailusercontent\.com|user\.fm)$/],
  ['proton', /(^|\.)(proton\.me|protonmail\.com|protonmail\.ch)$/],
  ['nextcloud', /(^|\.)nextcloud\b/],
];

/**
 * The service a feed comes from, by its server's name. Nextcloud runs on
 * servers of every name, so its path (never shown) is looked at too.
 */
export function feedProvider(url: string): FeedProvider | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  const byHost = PROVIDER_HOSTS.find(([, pattern]) => pattern.test(host))?.[0];
  if (byHost) return byHost;
  return /\/remote\.php\/dav\/|\/apps\/calendar\//.test(parsed.pathname) ? 'nextcloud' : undefined;
}

/** Whether the address is read without encryption, so that anyone on the way can see it and the calendar. */
export function isUnencrypted(url: string): boolean {
  return /^http:\/\//i.test(url.trim());
}

const ADDRESS = /\b(?:https?|webcals?):\/\/[^\s"'<>\\]+/gi;

/**
 * Hides every web address in a value (a damaged feed list, a message about
 * it), keeping only the scheme and server: enough to tell calendars apart,
 * nothing that would let anyone read them.
 */
export function maskAddresses<T>(value: T): T {
  return maskValue(value) as T;
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(ADDRESS, (found) => `${found.slice(0, found.indexOf('://') + 3)}${hostOf(found)}/…`);
  if (Array.isArray(value)) return value.map(maskValue);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [maskValue(k), maskValue(v)]));
  return value;
}

function hostOf(address: string): string {
  try {
    return new URL(address.replace(/^webcals?:\/\//i, 'https://')).hostname || '…';
  } catch {
    return '…';
  }
}
