// Today's count and the day streak, computed from wins read newest first.
// The reader stops as soon as the tally is settled, so a long history costs
// no more to open than a short one.
import { localDay } from '../time/days';

export interface WinTally {
  /** Wins logged today. */
  today: number;
  /** Consecutive days with at least one win, ending today, or yesterday if today has none yet. */
  streak: number;
  /** True once older wins can no longer change the tally. */
  settled: boolean;
  /** Internal: the oldest day of the streak seen so far. */
  streakStartDay: number | null;
  /** Internal: today as a day number. */
  todayDay: number;
}

export function startTally(now: number): WinTally {
  return { today: 0, streak: 0, settled: false, streakStartDay: null, todayDay: localDay(now) };
}

/** Adds one win; wins must come newest first. */
export function addToTally(tally: WinTally, createdAt: number): WinTally {
  if (tally.settled) return tally;
  const day = localDay(createdAt);
  // A win dated in the future (a clock that was ahead) counts for nothing.
  if (day > tally.todayDay) return tally;
  const today = day === tally.todayDay ? tally.today + 1 : tally.today;
  const last = tally.streakStartDay;
  if (last === null) {
    if (day >= tally.todayDay - 1) return { ...tally, today, streak: 1, streakStartDay: day };
    return { ...tally, today, settled: true };
  }
  if (day === last) return { ...tally, today };
  if (day === last - 1) return { ...tally, today, streak: tally.streak + 1, streakStartDay: day };
  return { ...tally, today, settled: true };
}

export function tallyOf(createdAtNewestFirst: Iterable<number>, now: number): WinTally {
  let tally = startTally(now);
  for (const createdAt of createdAtNewestFirst) {
    tally = addToTally(tally, createdAt);
    if (tally.settled) break;
  }
  return tally;
}
