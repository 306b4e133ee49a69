// Fetching one feed: a conditional request with a timeout and a size cap.
// Failures come back as a typed outcome whose fields never contain the URL.

type FetchProblem =
  /** No answer within the time limit. */
  | 'timeout'
  /** The server could not be reached at all (offline, DNS, refused, TLS). */
  | 'network'
  /** 401 or 403: the address is no longer valid, or needs a login. */
  | 'denied'
  /** 404 or 410: the calendar is gone, or the address is wrong. */
  | 'not-found'
  /** Any other unsuccessful HTTP status. */
  | 'server'
  /** The body is larger than the cap. */
  | 'too-large'
  /** The address redirects to a server the user has not allowed Primed to read from. */
  | 'redirected'
  /** 429, or 503 with Retry-After: the server asked to be left alone for a while. */
  | 'busy';

export type FetchOutcome =
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; problem: FetchProblem; status?: number; retryAfterMs?: number };

export interface FetchFeedOptions {
  /** Validators from the last successful fetch, for a conditional request. */
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  /**
   * Whether Primed may read from the address a redirect ended at. Without it
   * redirects are followed anywhere the browser allows.
   */
  mayRead?: (url: string) => Promise<boolean>;
  /** For Retry-After given as a date. */
  now?: () => number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchOutcome> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES, fetchImpl = fetch } = options;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const headers: Record<string, string> = { Accept: 'text/calendar, text/plain;q=0.9, */*;q=0.5' };
    if (options.etag) headers['If-None-Match'] = options.etag;
    if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
    let response: Response;
    try {
      response = await fetchImpl(url, {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
        redirect: 'follow',
        referrerPolicy: 'no-referrer',
      });
    } catch {
      if (timedOut) return { kind: 'failed', problem: 'timeout' };
      // The browser refuses to read across origins it has no permission for,
      // so a redirect there fails like a network error: ask once more without
      // following, to tell the two apart.
      if (options.mayRead && (await redirectsElsewhere(url, fetchImpl, controller.signal))) return { kind: 'failed', problem: 'redirected' };
      return { kind: 'failed', problem: timedOut ? 'timeout' : 'network' };
    }
    if (response.redirected && options.mayRead && !(await options.mayRead(response.url))) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', problem: 'redirected' };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = response.status;
      const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after'), (options.now ?? Date.now)()) : undefined;
      const problem: FetchProblem =
        status === 401 || status === 403
          ? 'denied'
          : status === 404 || status === 410
            ? 'not-found'
            : status === 429 || retryAfterMs !== undefined
              ? 'busy'
              : 'server';
      return { kind: 'failed', problem, status, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', problem: 'too-large' };
    }
    const body = await readCapped(response, maxBytes, () => timedOut);
    if (body.kind === 'failed') return body;
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return { kind: 'fetched', text: body.text, ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the address answers with a redirect (whose target a manual request cannot see). */
async function redirectsElsewhere(url: string, fetchImpl: typeof fetch, signal: AbortSignal): Promise<boolean> {
  try {
    const probe = await fetchImpl(url, { signal, credentials: 'omit', cache: 'no-store', redirect: 'manual', referrerPolicy: 'no-referrer' });
    await probe.body?.cancel().catch(() => undefined);
    return probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400 && probe.status !== 304);
  } catch {
    return false;
  }
}

/**
 * A Retry-After header (RFC 9110 10.2.3) as milliseconds from `now`: either
 * a number of seconds or an HTTP date. Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Dates only in the shapes HTTP allows, all of which name a weekday; a bare number with a sign or a fraction is not one.
  if (!/^[A-Za-z]{3}/.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

async function readCapped(
  response: Response,
  maxBytes: number,
  timedOut: () => boolean,
): Promise<{ kind: 'text'; text: string } | { kind: 'failed'; problem: FetchProblem }> {
  if (!response.body) return { kind: 'text', text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { kind: 'failed', problem: 'too-large' };
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    return { kind: 'failed', problem: timedOut() ? 'timeout' : 'network' };
  }
  parts.push(decoder.decode());
  return { kind: 'text', text: parts.join('') };
}
