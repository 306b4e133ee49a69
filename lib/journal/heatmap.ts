// The micro-success calendar: wins per local day over the last weeks, laid
// out as GitHub-style columns of weeks (Monday at the top), with the current
// streak. Pure, so the edges (time zones, clock changes, the partial week)
// are tested without a browser.
import { localDay } from '../time/days';
import { tallyOf } from '../wins/tally';

interface HeatDay {
  /** The local calendar day, as days since 1970-01-01. */
  day: number;
  count: number;
  /** 0 (none) to 4 (the busiest days), for the colour. */
  level: 0 | 1 | 2 | 3 | 4;
  /** A day after today: drawn empty, never counted. */
  future: boolean;
}

export interface WinHeatmap {
  /** Columns of seven days, oldest week first, Monday first in each. */
  weeks: HeatDay[][];
  /** Wins inside the drawn weeks. */
  total: number;
  /** Days inside the drawn weeks with at least one win. */
  activeDays: number;
  /** Consecutive days with a win ending today (or yesterday, until today has one). */
  streak: number;
  /** The most wins on one day. */
  busiest: number;
}

const HEATMAP_WEEKS = 12;

/** 1970-01-01 was a Thursday: day numbers shifted so that Monday is 0. */
function weekdayFromMonday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function levelOf(count: number, busiest: number): HeatDay['level'] {
  if (count === 0) return 0;
  if (busiest <= 4) return Math.min(4, count) as HeatDay['level'];
  return Math.max(1, Math.ceil((4 * count) / busiest)) as HeatDay['level'];
}

/** The heatmap of the weeks ending with this one, from wins' creation times in any order. */
export function winHeatmap(createdAt: readonly number[], now: number, weeks = HEATMAP_WEEKS): WinHeatmap {
  const today = localDay(now);
  const firstDay = today - weekdayFromMonday(today) - 7 * (weeks - 1);
  const counts = new Map<number, number>();
  for (const at of createdAt) {
    const day = localDay(at);
    if (day < firstDay || day > today) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const busiest = Math.max(0, ...counts.values());
  const columns: HeatDay[][] = [];
  for (let w = 0; w < weeks; w++) {
    const column: HeatDay[] = [];
    for (let d = 0; d < 7; d++) {
      const day = firstDay + 7 * w + d;
      const count = counts.get(day) ?? 0;
      column.push({ day, count, level: levelOf(count, busiest), future: day > today });
    }
    columns.push(column);
  }
  const newestFirst = [...createdAt].sort((a, b) => b - a);
  return {
    weeks: columns,
    total: [...counts.values()].reduce((a, b) => a + b, 0),
    activeDays: counts.size,
    streak: tallyOf(newestFirst, now).streak,
    busiest,
  };
}

/** Midday of a day number in the runtime's zone, for formatting its date. */
export function middayOf(day: number): number {
  const utc = new Date(day * 86_400_000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 12).getTime();
}
