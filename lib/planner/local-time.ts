// Local clock readings in an explicit IANA zone. The background's runtime
// zone need not be the one the user plans in, so nothing here may use Date's
// local getters: every reading goes through Intl with `timeZone` set.

import { offsetAt } from '../time/zone';

const MINUTE = 60_000;
const DAY = 86_400_000;

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** The zone's wall clock at an instant, read as if it were UTC (whole seconds). */
function wallClock(ms: number, timeZone: string): number {
  return ms - mod(ms, 1000) + offsetAt(ms, timeZone);
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
export function zoneOffset(ms: number, timeZone: string): number {
  return offsetAt(ms, timeZone);
}

/** Minutes after local midnight (0–1439) at an instant. */
export function localMinutes(ms: number, timeZone: string): number {
  return Math.floor(mod(wallClock(ms, timeZone), DAY) / MINUTE);
}

/** The local calendar date at an instant, as days since 1970-01-01. */
export function localDayNumber(ms: number, timeZone: string): number {
  return Math.floor(wallClock(ms, timeZone) / DAY);
}

/** The local weekday at an instant, 0 = Sunday. */
export function localWeekday(ms: number, timeZone: string): number {
  // 1970-01-01 was a Thursday.
  return mod(localDayNumber(ms, timeZone) + 4, 7);
}

/**
 * The instant at which the local clock reads `minutesAfterMidnight` on the
 * local day of `ms`. A time skipped by a clock change moves forward by the
 * gap (02:30 on a spring-forward night is 03:30); a time that happens twice
 * gives the earlier one. Same choices as Temporal's 'compatible'.
 */
export function localTimeOn(ms: number, minutesAfterMidnight: number, timeZone: string): number {
  const wall = localDayNumber(ms, timeZone) * DAY + minutesAfterMidnight * MINUTE;
  // Zones change offset at most once a day, so the offsets a day either side
  // are the only two candidates.
  const before = wall - zoneOffset(wall - DAY, timeZone);
  const after = wall - zoneOffset(wall + DAY, timeZone);
  const fits = (t: number) => t + zoneOffset(t, timeZone) === wall;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  // Either `before` fits, or the time falls in a gap: `before` uses the
  // offset from before the change, which lands after the gap.
  return before;
}
