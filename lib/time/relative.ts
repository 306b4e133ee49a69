import { localDay } from './days';

// "just now", "5 minutes ago", "yesterday": short relative times for lists.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function relativeTime(then: number, now: number, locale?: string): string {
  const elapsed = now - then;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < MINUTE) return rtf.format(0, 'second');
  if (elapsed < HOUR) return rtf.format(-Math.floor(elapsed / MINUTE), 'minute');
  const thenDate = new Date(then);
  const nowDate = new Date(now);
  const sameDay = thenDate.toDateString() === nowDate.toDateString();
  if (sameDay) return rtf.format(-Math.floor(elapsed / HOUR), 'hour');
  const daysAgo = localDay(now) - localDay(then);
  if (daysAgo <= 6) return rtf.format(-daysAgo, 'day');
  const sameYear = thenDate.getFullYear() === nowDate.getFullYear();
  return thenDate.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}
