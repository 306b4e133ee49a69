// Fetching one feed: a conditional request with a timeout and a size cap.
// Failures come back as a typed outcome whose fields never contain the URL.

export type FetchProblem =
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
  | 'too-large';

export type FetchOutcome =
  | { kind: 'fetched'; text: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; problem: FetchProblem; status?: number };

export interface FetchFeedOptions {
  /** Validators from the last successful fetch, for a conditional request. */
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

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
      return { kind: 'failed', problem: timedOut ? 'timeout' : 'network' };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const problem: FetchProblem =
        response.status === 401 || response.status === 403
          ? 'denied'
          : response.status === 404 || response.status === 410
            ? 'not-found'
            : 'server';
      return { kind: 'failed', problem, status: response.status };
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
