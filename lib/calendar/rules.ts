// Repeat rules (RRULE) checked before they reach ical.js, whose iterator has
// no way out of some rules: `next()` loops until the rule's filters match,
// and for FREQ=DAILY;BYDAY=1MO (an ordinal the RFC forbids there), a huge
// INTERVAL or a SECONDLY rule that matches once in four years, it loops
// forever or for minutes, in one call that nothing in the same thread can
// interrupt.
//
// So a rule is either refused (it is malformed or cannot produce a date: only
// its first time, DTSTART, is shown, with a warning) or split in two: the
// part ical.js iterates one period at a time, and the filters (BYMONTH,
// BYDAY, … wherever they only narrow the rule) that this module applies to
// each date the iterator returns. Every `next()` call is then one step, and
// the caller's step budget bounds the work.
import ICAL from 'ical.js';
import type { LeftOutReason } from './types';
import { wallAtUtc, type Wall } from './zones';

type Freq = 'SECONDLY' | 'MINUTELY' | 'HOURLY' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
const FREQS: readonly Freq[] = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/** One period of each frequency, in seconds (months and years at their shortest). */
const PERIOD_S: Record<Freq, number> = {
  SECONDLY: 1,
  MINUTELY: 60,
  HOURLY: 3600,
  DAILY: 86_400,
  WEEKLY: 7 * 86_400,
  MONTHLY: 28 * 86_400,
  YEARLY: 365 * 86_400,
};
/** A rule that repeats less often than this has only its first date in any range Primed reads. */
const MAX_PERIOD_S = 200 * 365 * 86_400;
/** Longer BY lists are not real calendars (BYYEARDAY has at most 366 distinct values each way). */
const MAX_LIST = 800;
/** The most dates one period of a rule may expand to (say BYHOUR × BYMINUTE × BYSECOND). */
const MAX_EXPANSION = 10_000;

type Part = 'BYSECOND' | 'BYMINUTE' | 'BYHOUR' | 'BYDAY' | 'BYMONTHDAY' | 'BYYEARDAY' | 'BYWEEKNO' | 'BYMONTH' | 'BYSETPOS';
const PARTS: readonly Part[] = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS'];

/**
 * The parts that only narrow a rule of each frequency (RFC 5545 3.3.10's
 * table: "Limit"). ical.js tests these in its unbounded loop; here they are
 * taken out of what it iterates and applied afterwards. (MONTHLY's BYMONTH
 * too: ical.js's own guard counts only months without a date.)
 */
const LIMITS: Record<Freq, readonly Part[]> = {
  SECONDLY: ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYMONTH'],
  MINUTELY: ['BYMINUTE', 'BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYMONTH'],
  HOURLY: ['BYHOUR', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYMONTH'],
  DAILY: ['BYDAY', 'BYMONTHDAY', 'BYMONTH'],
  WEEKLY: ['BYMONTH'],
  MONTHLY: ['BYMONTH'],
  YEARLY: [],
};

/** Parts the RFC does not allow with a frequency ("N/A" in its table). */
const NOT_ALLOWED: Record<Freq, readonly Part[]> = {
  SECONDLY: ['BYWEEKNO'],
  MINUTELY: ['BYWEEKNO'],
  HOURLY: ['BYWEEKNO'],
  DAILY: ['BYWEEKNO', 'BYYEARDAY'],
  WEEKLY: ['BYWEEKNO', 'BYYEARDAY', 'BYMONTHDAY'],
  MONTHLY: ['BYWEEKNO', 'BYYEARDAY'],
  YEARLY: [],
};

const RANGES: Record<Exclude<Part, 'BYDAY'>, { min: number; max: number; signed: boolean }> = {
  BYSECOND: { min: 0, max: 60, signed: false },
  BYMINUTE: { min: 0, max: 59, signed: false },
  BYHOUR: { min: 0, max: 23, signed: false },
  BYMONTHDAY: { min: 1, max: 31, signed: true },
  BYYEARDAY: { min: 1, max: 366, signed: true },
  BYWEEKNO: { min: 1, max: 53, signed: true },
  BYMONTH: { min: 1, max: 12, signed: false },
  BYSETPOS: { min: 1, max: 366, signed: true },
};

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type RulePlan =
  /** Iterate `recur` with ical.js (COUNT and UNTIL taken out: the caller applies them), keep what `accepts`. */
  | { kind: 'iterate'; recur: ICAL.Recur; freq: Freq; interval: number; accepts: (wall: Wall) => boolean; count: number | undefined; filtered: boolean }
  /** Only DTSTART: the rule is refused, for `reason`. */
  | { kind: 'first-only'; reason: LeftOutReason; message: string };

/** Splits a rule into what ical.js may iterate and what is filtered here, or refuses it. */
export function planRule(original: ICAL.Recur): RulePlan {
  const refuse = (message: string, reason: LeftOutReason = 'impossible-rule'): RulePlan => ({ kind: 'first-only', reason, message });
  const freq = String(original.freq ?? '').toUpperCase() as Freq;
  if (!FREQS.includes(freq)) return refuse('A repeat rule has no frequency Primed can read, so only its first date is shown.');
  const interval = original.interval || 1;
  if (!Number.isInteger(interval) || interval < 1) return refuse('A repeat rule has an interval that cannot work, so only its first date is shown.');
  if (interval * PERIOD_S[freq] > MAX_PERIOD_S) {
    return refuse('A repeat rule repeats only once in centuries, so only its first date is shown.', 'too-rare');
  }

  const parts: Partial<Record<Part, Array<number | string>>> = {};
  let expansion = 1;
  for (const [name, raw] of Object.entries(original.parts ?? {})) {
    const part = name.toUpperCase() as Part;
    if (!Array.isArray(raw) || raw.length === 0) continue;
    if (!PARTS.includes(part)) return refuse(`A repeat rule has a part (${name.slice(0, 20)}) that Primed cannot read, so only its first date is shown.`);
    if (raw.length > MAX_LIST) return refuse('A repeat rule lists too many values, so only its first date is shown.');
    if (NOT_ALLOWED[freq].includes(part)) return refuse(`A repeat rule uses ${part} with FREQ=${freq}, which the calendar standard does not allow, so only its first date is shown.`);
    if (part === 'BYDAY') {
      for (const value of raw) {
        const m = /^([+-]?)(\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(String(value).toUpperCase());
        if (!m) return refuse('A repeat rule names a weekday that does not exist, so only its first date is shown.');
        if (m[2] !== undefined) {
          const n = Number(m[2]);
          // "The first Monday" means something only within a month or a year.
          if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
            return refuse(`A repeat rule asks for a numbered weekday (${String(value)}) in a ${freq.toLowerCase()} rule, which cannot work, so only its first date is shown.`);
          }
          if (n < 1 || n > (freq === 'MONTHLY' ? 5 : 53)) return refuse('A repeat rule asks for a weekday that no month or year has, so only its first date is shown.');
        }
      }
    } else {
      const range = RANGES[part];
      for (const value of raw) {
        const n = Number(value);
        const size = Math.abs(n);
        if (!Number.isInteger(n) || size < range.min || size > range.max || (n < 0 && !range.signed) || (n === 0 && range.min > 0)) {
          return refuse(`A repeat rule has a value (${part}=${String(value).slice(0, 20)}) that cannot occur, so only its first date is shown.`);
        }
      }
    }
    parts[part] = raw;
    if (!LIMITS[freq].includes(part) && part !== 'BYSETPOS') expansion *= new Set(raw.map(String)).size;
  }
  if (expansion > MAX_EXPANSION) return refuse('A repeat rule makes too many dates at a time, so only its first date is shown.', 'too-frequent');
  if (parts.BYSETPOS && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return refuse('A repeat rule uses BYSETPOS with a frequency Primed does not read it for, so only its first date is shown.', 'unsupported');
  }
  if (!canMeet(parts)) return refuse('A repeat rule names days that do not exist, so only its first date is shown.');

  // ical.js iterates the rest one period at a time.
  const limits = LIMITS[freq].filter((p) => parts[p] !== undefined);
  const recur = original.clone();
  recur.count = null;
  recur.until = null;
  const kept: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(parts)) if (!limits.includes(name as Part)) kept[name] = raw;
  recur.parts = kept as typeof recur.parts;
  return {
    kind: 'iterate',
    recur,
    freq,
    interval,
    accepts: limits.length === 0 ? () => true : filterOf(limits, parts),
    count: original.count ?? undefined,
    filtered: limits.length > 0,
  };
}

/** Whether BYMONTH and BYMONTHDAY can meet at all (never on February 30th). */
function canMeet(parts: Partial<Record<Part, Array<number | string>>>): boolean {
  const days = (parts.BYMONTHDAY ?? []).map(Number);
  if (days.length === 0) return true;
  const months = parts.BYMONTH ? parts.BYMONTH.map(Number) : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return months.some((m) => days.some((d) => Math.abs(d) <= (MONTH_DAYS[m - 1] ?? 31)));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The test of the narrowing parts on one wall-clock date, as RFC 5545 reads them (negative days from the end). */
function filterOf(limits: readonly Part[], parts: Partial<Record<Part, Array<number | string>>>): (wall: Wall) => boolean {
  const set = (p: Part) => new Set((parts[p] ?? []).map(Number));
  const seconds = limits.includes('BYSECOND') ? set('BYSECOND') : undefined;
  const minutes = limits.includes('BYMINUTE') ? set('BYMINUTE') : undefined;
  const hours = limits.includes('BYHOUR') ? set('BYHOUR') : undefined;
  const months = limits.includes('BYMONTH') ? set('BYMONTH') : undefined;
  const monthDays = limits.includes('BYMONTHDAY') ? set('BYMONTHDAY') : undefined;
  const yearDays = limits.includes('BYYEARDAY') ? set('BYYEARDAY') : undefined;
  const weekdays = limits.includes('BYDAY') ? new Set((parts.BYDAY ?? []).map((d) => WEEKDAYS.indexOf(String(d).toUpperCase().slice(-2)))) : undefined;
  return (w) => {
    if (seconds && !seconds.has(w.second)) return false;
    if (minutes && !minutes.has(w.minute)) return false;
    if (hours && !hours.has(w.hour)) return false;
    if (months && !months.has(w.month)) return false;
    if (monthDays && !monthDays.has(w.day) && !monthDays.has(w.day - daysInMonth(w.year, w.month) - 1)) return false;
    const time = Date.UTC(w.year, w.month - 1, w.day);
    if (weekdays && !weekdays.has(new Date(time).getUTCDay())) return false;
    if (yearDays) {
      const dayOfYear = Math.round((time - Date.UTC(w.year, 0, 1)) / 86_400_000) + 1;
      if (!yearDays.has(dayOfYear) && !yearDays.has(dayOfYear - (isLeap(w.year) ? 366 : 365) - 1)) return false;
    }
    return true;
  };
}

/**
 * For a rule without COUNT whose periods all look alike once its filters are
 * taken out (everything finer than a week; a week whose days include the
 * start's), a start a whole number of periods later, close to the range, so
 * that years before it are not walked one period at a time. The filters are
 * applied to dates anyway, so they need not hold at the new start.
 */
export function skipAheadStart(plan: Extract<RulePlan, { kind: 'iterate' }>, start: Wall, length: number, rangeStart: number, slackMs: number): Wall | undefined {
  if (plan.count !== undefined) return undefined;
  const periodMs = plan.interval * PERIOD_S[plan.freq] * 1000;
  if (plan.freq === 'MONTHLY' || plan.freq === 'YEARLY') return skipAheadByMonths(plan, start, length, rangeStart, slackMs);
  if (plan.freq === 'WEEKLY') {
    const byDay = (plan.recur.parts?.BYDAY ?? []) as string[];
    const startDay = WEEKDAYS[new Date(Date.UTC(start.year, start.month - 1, start.day)).getUTCDay()]!;
    if (byDay.length > 0 && !byDay.map((d) => String(d).toUpperCase()).includes(startDay)) return undefined;
  }
  const startMs = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second);
  // Two periods and the slack before the range, so nothing near it is skipped.
  const target = rangeStart - length - 2 * periodMs - 2 * slackMs;
  const steps = Math.floor((target - startMs) / periodMs);
  if (steps <= 0) return undefined;
  return wallAtUtc(startMs + steps * periodMs);
}

/**
 * The same for a MONTHLY or YEARLY rule that names no days of its own (so
 * every period holds DTSTART's day of the month): whole periods later, in
 * months. Only from a day every month has, so no period is a month without it.
 */
function skipAheadByMonths(plan: Extract<RulePlan, { kind: 'iterate' }>, start: Wall, length: number, rangeStart: number, slackMs: number): Wall | undefined {
  if (plan.filtered || start.day > 28 || Object.values(plan.recur.parts ?? {}).some((p) => Array.isArray(p) && p.length > 0)) return undefined;
  const months = plan.freq === 'MONTHLY' ? plan.interval : 12 * plan.interval;
  // Two periods (at their longest) and the slack before the range, so nothing near it is skipped.
  const target = new Date(rangeStart - length - 2 * months * 31 * 86_400_000 - 2 * slackMs);
  const between = (target.getUTCFullYear() - start.year) * 12 + target.getUTCMonth() - (start.month - 1);
  const steps = Math.floor(between / months);
  // An event longer than a Date can reach puts the target out of range (NaN): no skipping then.
  if (!(steps > 0)) return undefined;
  const d = new Date(Date.UTC(start.year, start.month - 1 + steps * months, start.day, start.hour, start.minute, start.second));
  if (Number.isNaN(d.getTime())) return undefined;
  return wallAtUtc(d.getTime());
}
