// The timeline reads by day, the way people remember: a heading per day
// ("Today", "Yesterday", "Monday 23 November"), so no row repeats its date.
// Days are local calendar days, so a win at 23:50 stays on the day it was logged.

interface DayGroup<T> {
  /** Local midnight at the start of the day. */
  day: number;
  items: T[];
}

function startOfDay(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Consecutive items of the same local day, in the order given (the timeline's is newest first). */
export function groupByDay<T extends { createdAt: number }>(items: readonly T[]): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const day = startOfDay(item.createdAt);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

interface DayWords {
  today: string;
  yesterday: string;
}

/** "Today", "Yesterday", else the weekday and date, with the year only when it is not this year. */
export function dayHeading(day: number, now: number, words: DayWords, locale?: string): string {
  const today = startOfDay(now);
  if (day === today) return words.today;
  // Not today minus 24 hours: a clock change makes one day 23 or 25 hours long.
  const yesterday = new Date(today);
  yesterday.setDate(yesterday.getDate() - 1);
  if (day === yesterday.getTime()) return words.yesterday;
  const sameYear = new Date(day).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(day);
}
