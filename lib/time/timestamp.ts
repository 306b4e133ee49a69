// The one rule for every time Primed stores: a whole number of milliseconds
// between 1970 and 2200. JavaScript dates reach much further, but a time
// outside this range is damage, not data (a backup edited by hand, a bug),
// and some such times make every page that formats a date throw. A record
// holding one is set aside like any damaged record, so one bad time never
// blanks a list.
import { z } from '../zod';

const EARLIEST_TIME = 0;
export const LATEST_TIME = Date.UTC(2200, 0, 1);

export function isStorableTime(value: number): boolean {
  return Number.isInteger(value) && value >= EARLIEST_TIME && value <= LATEST_TIME;
}

export const Timestamp = z.number().check(z.refine(isStorableTime, 'a time from 1970 to 2200'));
