// When to try a failing feed again: two minutes after the first failure, then
// twice as long after each further one, but never more than six hours.
const MINUTE = 60_000;
export const MAX_BACKOFF_MS = 6 * 60 * MINUTE;

/** The wait after `failures` consecutive failures. */
export function retryDelayMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, 2 * MINUTE * 2 ** Math.min(failures - 1, 20));
}
