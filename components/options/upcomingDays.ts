// "Coming up" groups events by day and shows the first week unless asked for
// more. Pure, so the cut between the week and the rest can be tested.
import { localDay } from '@/lib/time/days';

/** How many days "Coming up" shows before "Show more". */
const FIRST_DAYS = 7;

export interface Day<E> {
  /** The local day, as a day count (lib/time/days). */
  day: number;
  events: E[];
}

/**
 * Events by local day, in order. An event already under way counts on today,
 * since that is when it matters.
 */
export function groupByDay<E extends { start: number }>(events: readonly E[], now: number): Array<Day<E>> {
  const days = new Map<number, E[]>();
  for (const event of events) {
    const day = localDay(Math.max(event.start, now));
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  return [...days.entries()].sort(([a], [b]) => a - b).map(([day, list]) => ({ day, events: list }));
}

/** The days within the first `count` calendar days from today, and those after. */
export function splitDays<E>(days: ReadonlyArray<Day<E>>, now: number, count = FIRST_DAYS): { first: Array<Day<E>>; rest: Array<Day<E>> } {
  const end = localDay(now) + count;
  return { first: days.filter((d) => d.day < end), rest: days.filter((d) => d.day >= end) };
}
