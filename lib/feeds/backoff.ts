// When to try a failing feed again: two minutes after the first failure, then
// twice as long after each further one, but never more than six hours.
const MINUTE = 60_000;
export const MIN_BACKOFF_MS = 2 * MINUTE;
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

/** The wait after `failures` consecutive failures. */
export function retryDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, MIN_BACKOFF_MS * 2 ** Math.min(failures - 1, 20));
}

/**
 * The wait a server asked for (Retry-After), held within the same bounds: a
 * server asking for seconds still gets no more than one try every two
 * minutes, and one asking for days does not silence the calendar for longer
 * than the longest back-off.
 */
export function serverWaitMs(askedMs: number): number {
  return Math.min(MAX_BACKOFF_MS, Math.max(MIN_BACKOFF_MS, askedMs));
}
