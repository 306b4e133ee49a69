// expandIcs: iCalendar text and a time range in, the occurrences that overlap
// the range out. Pure: no browser globals, no shared state between calls.
//
// ical.js parses each kept VEVENT and iterates its RRULE in wall-clock time;
// this module does the rest itself, so that it is exact where ical.js's Event
// helper is not: overrides are matched by UID (never across series), RDATE and
// RRULE instances are merged without duplicates, EXDATE and RECURRENCE-ID are
// compared as instants whatever zone each was written in, and zones come from
// the file, the IANA database or Outlook's Windows names.
import ICAL from 'ical.js';
import { planRule, skipAheadStart } from './rules';
import { propertyValue, scanCalendar, splitLine, type Block, type ScannedCalendar } from './scan';
import type {
  Attendee,
  ExpandLimits,
  ExpandOptions,
  ExpandRange,
  ExpandResult,
  IcsWarning,
  LeftOutReason,
  Occurrence,
  OccurrenceStatus,
  Participation,
} from './types';
import { ianaNameFor, ianaZone, offsetAt, truncatedZone, utcZone, vtimezoneZone, wallAtUtc, type OffsetCache, type TruncatedZone, type Wall, type Zone } from './zones';
import { runtimeZone } from '../time/zone';
import { EVENT_DESCRIPTION_MAX, EVENT_TEXT_MAX, FEED_NAME_MAX } from '../limits';

const DAY = 86_400_000;
/** Room for time zones and clock changes when judging from raw text. */
const SLACK = 2 * DAY;
/** The most a wall-clock time and its instant can differ by: UTC+14, and an hour for daylight saving. */
const ZONE_SLACK = 15 * 3_600_000;

/**
 * The work one call may do, whatever the feed holds. A real calendar of many
 * years and thousands of events stays far inside these (see the calendar
 * benchmark); a hostile one stops at them, and what was left out is said.
 */
export const DEFAULT_LIMITS: ExpandLimits = {
  stepsPerSeries: 50_000,
  stepsPerCall: 400_000,
  occurrencesPerSeries: 500,
  occurrences: 5_000,
  deadlineMs: 1_500,
  uidLength: 1_000,
  textLength: EVENT_TEXT_MAX,
  descriptionLength: EVENT_DESCRIPTION_MAX,
};

/**
 * Text from a feed is the publisher's, not the user's, so it is shortened
 * rather than refused, and the "…" shows that it was. The result, mark
 * included, stays within `max` (what the store accepts), and a character
 * written as two UTF-16 units is never split.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = Math.max(0, max - 1);
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** A series that starts before this year is read as its first date only (see seriesInstances). */
const EARLIEST_SERIES_YEAR = 100;

/** Events read however late it is (their cost is a parse each): so a busy machine never reads nothing. */
const MIN_READ = 256;

/** How often, in iterator steps, the clock is read. */
const CLOCK_EVERY = 512;

/** The work spent so far in one call, and what was left out because of it. */
class Work {
  readonly limits: ExpandLimits;
  steps = 0;
  private readonly clock: () => number;
  /** Milliseconds of work before the current slice began. */
  private spent = 0;
  private sliceStart: number;
  private outOfTime = false;
  private readonly said = new Set<string>();

  constructor(
    opts: ExpandOptions,
    readonly warnings: IcsWarning[],
    /** When the call began (the scan of the text counts too). */
    startedAt: number,
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...opts.limits };
    this.clock = opts.clock ?? (() => performance.now());
    this.sliceStart = startedAt;
  }

  /** Milliseconds worked in this call. */
  elapsed(): number {
    return this.spent + (this.clock() - this.sliceStart);
  }

  /** Called when a slice ends and when the next begins: time in between is not this call's. */
  pause(): void {
    this.spent += this.clock() - this.sliceStart;
  }

  resume(): void {
    this.sliceStart = this.clock();
  }

  /** One more iterator step; false once the call's steps or time are used up. */
  step(): boolean {
    this.steps++;
    if (this.steps > this.limits.stepsPerCall) return this.stop('too-slow');
    if (this.steps % CLOCK_EVERY === 0 && this.elapsed() > this.limits.deadlineMs) return this.stop('too-slow');
    return !this.outOfTime;
  }

  /** Whether there is time for more (checked between events), within `share` of the deadline. */
  hasTime(share = 1): boolean {
    if (this.outOfTime) return false;
    if (this.elapsed() <= this.limits.deadlineMs * share) return true;
    // Past a share of the deadline: this phase stops, the next may still use the rest.
    if (share < 1) {
      this.leftOut('too-slow', 'This calendar takes too long to read in full; some of its events were left out.');
      return false;
    }
    return this.stop('too-slow');
  }

  private stop(reason: LeftOutReason): false {
    this.leftOut(reason, 'This calendar takes too long to read in full; some of its events were left out.');
    this.outOfTime = true;
    return false;
  }

  /** Says once per reason and message what was left out. */
  leftOut(reason: LeftOutReason, message: string, uid?: string): void {
    const key = `${reason}|${message}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    this.warnings.push({ code: 'left-out', reason, message, ...(uid === undefined ? {} : { uid: uid.slice(0, 200) }) });
  }
}

/** iCalendar text and a range in, the occurrences that overlap the range out. Bounded work (see DEFAULT_LIMITS). */
export function expandIcs(text: string, range: ExpandRange, opts: ExpandOptions = {}): ExpandResult {
  const steps = expandSteps(text, range, opts);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/**
 * The same, in slices of about `sliceMs` of work, giving the thread back in
 * between: the background worker answers its messages and alarms while a
 * large feed is read. The deadline counts only the time spent working.
 */
export async function expandIcsInSlices(
  text: string,
  range: ExpandRange,
  opts: ExpandOptions = {},
  { sliceMs = 25, yieldNow = () => new Promise<void>((resolve) => setTimeout(resolve, 0)) } = {},
): Promise<ExpandResult> {
  const clock = opts.clock ?? (() => performance.now());
  const steps = expandSteps(text, range, { ...opts, clock });
  let sliceStart = clock();
  for (let next = steps.next(); ; next = steps.next()) {
    if (next.done) return next.value;
    if (clock() - sliceStart >= sliceMs) {
      next.value.pause();
      await yieldNow();
      next.value.resume();
      sliceStart = clock();
    }
  }
}

/** The engine, as steps: it yields between events and series, where a caller may pause it. */
function* expandSteps(text: string, range: ExpandRange, opts: ExpandOptions): Generator<Work, ExpandResult, void> {
  const startedAt = (opts.clock ?? (() => performance.now()))();
  const window = { start: range.start.getTime(), end: range.end.getTime() };
  // Each event is judged by its raw text as the scan reaches its end.
  let scanned = scanCalendar(text, (block) => worthKeeping(prefilter(block, window)));
  if (scanned.judgments.some((d) => d.sequence < 0)) scanned = scanCalendar(text, (block) => prefilter(block, window));
  const warnings: IcsWarning[] = scanned.broken.map((name) => ({
    code: 'skipped-component',
    message: `A ${name} component was cut off before its end and was left out.`,
  }));
  const work = new Work(opts, warnings, startedAt);
  yield work;
  const zones = new ZoneContext(scanned, opts, work);

  // Parse only the events that can touch the range, grouped by UID.
  const series = new Map<string, { masters: Parsed[]; overrides: Parsed[] }>();
  // An override is kept when its new time is near the window, or when the
  // instance it replaces was: judged with the series' length, which only the
  // series knows (a long instance moved away must not come back).
  const decisions = scanned.judgments;
  // A publisher that rewrites an event or a series under its UID raises its
  // SEQUENCE (RFC 5545 3.8.7.4): an older version left in the feed is not
  // read, wherever its dates fall. Versions of equal SEQUENCE are all read.
  // Versions differ only where some SEQUENCE is not 0, so a feed's UIDs are
  // put in a Map only then (a Map of every UID of a large feed is a
  // noticeable share of its read).
  const newest = new Map<string, number>();
  for (const d of decisions) if (d.master && d.uid !== undefined && d.sequence !== 0) newest.set(d.uid, Math.max(d.sequence, newest.get(d.uid) ?? d.sequence));
  if (newest.size > 0) {
    for (const d of decisions) {
      if (d.master && d.uid !== undefined && d.sequence === 0 && newest.has(d.uid)) newest.set(d.uid, Math.max(0, newest.get(d.uid)!));
    }
    for (const d of decisions) if (d.master && d.uid !== undefined && d.sequence < (newest.get(d.uid) ?? d.sequence)) d.keep = false;
  }
  const seriesLength = new Map<string, number>();
  for (const d of decisions) {
    if (d.series && d.keep && d.uid !== undefined) seriesLength.set(d.uid, Math.max(d.length, seriesLength.get(d.uid) ?? 0));
  }
  const near = (s: number, e: number) => s - SLACK < window.end && e + SLACK > window.start;
  const kept: number[] = [];
  for (const [i, d] of decisions.entries()) {
    const replacedNear =
      d.recurrenceId !== undefined &&
      d.uid !== undefined &&
      seriesLength.has(d.uid) &&
      near(d.recurrenceId, d.recurrenceId + Math.max(d.length, seriesLength.get(d.uid)!));
    if (d.keep || replacedNear) kept.push(i);
  }
  // More one-off events in the range than a call keeps: only the soonest are
  // parsed at all (parsing is most of the cost of a huge feed).
  const oneOffs = kept.filter((i) => decisions[i]!.oneOff);
  if (oneOffs.length > work.limits.occurrences) {
    const soonest = new Set(
      oneOffs.sort((a, b) => (decisions[a]!.start ?? 0) - (decisions[b]!.start ?? 0) || a - b).slice(0, work.limits.occurrences),
    );
    kept.splice(0, kept.length, ...kept.filter((i) => !decisions[i]!.oneOff || soonest.has(i)));
    work.leftOut('too-many', `This calendar has more events in these days than Primed keeps (${work.limits.occurrences}); the later ones were left out.`);
  }
  // Soonest first: if time runs out while parsing, what is left out is what
  // lies furthest ahead.
  kept.sort((a, b) => (decisions[a]!.start ?? 0) - (decisions[b]!.start ?? 0) || a - b);
  for (const [n, i] of kept.entries()) {
    if (n % 64 === 63) yield work;
    // Parsing stops short of the deadline: what is parsed by then is still read.
    // The soonest few are read even on a machine too busy to meet the deadline.
    if (n >= MIN_READ && !work.hasTime(0.85)) break;
    const parsed = parseEvent(scanned.events[i]!, i, work, decisions[i]!.uid);
    if (!parsed) continue;
    let group = series.get(parsed.uid);
    if (!group) series.set(parsed.uid, (group = { masters: [], overrides: [] }));
    (parsed.comp.hasProperty('recurrence-id') ? group.overrides : group.masters).push(parsed);
  }

  const found = new Map<string, { occurrence: Occurrence; rank: number }>();
  const emit = (occurrence: Occurrence, source: Parsed) => {
    if (!overlaps(occurrence, window)) return;
    const rank = source.sequence * 1e7 + source.order;
    const existing = found.get(occurrence.key);
    if (!existing && found.size >= work.limits.occurrences) {
      work.leftOut('too-many', `This calendar has more events in these days than Primed keeps (${work.limits.occurrences}); the rest were left out.`);
      return;
    }
    if (!existing || existing.rank < rank) found.set(occurrence.key, { occurrence, rank });
  };

  // Plain events first, the most frequent series last: if the call runs out
  // of time, what is left out is the flood, not the ordinary meetings.
  const cheapestFirst = [...series].sort(([, a], [, b]) => cost(a.masters) - cost(b.masters));
  for (const [n, [uid, group]] of cheapestFirst.entries()) {
    yield work;
    // Past the deadline only the first few one-off events, one step each, are still expanded.
    if (!work.hasTime() && (n >= MIN_READ || cost(group.masters) > 0 || group.overrides.length > 0)) break;
    if (found.size >= work.limits.occurrences) {
      work.leftOut('too-many', `This calendar has more events in these days than Primed keeps (${work.limits.occurrences}); the rest were left out.`);
      break;
    }
    try {
      expandGroup(uid, group.masters, group.overrides, window, zones, opts, work, emit);
    } catch (err) {
      warnings.push({
        code: 'skipped-component',
        uid,
        message: `An event could not be read and was left out: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }

  const occurrences = [...found.values()].map((f) => f.occurrence);
  occurrences.sort((a, b) => a.start.getTime() - b.start.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const name = shorten(unescapeText(scanned.properties.get('X-WR-CALNAME') ?? '').trim(), FEED_NAME_MAX);
  const timeZone = scanned.properties.get('X-WR-TIMEZONE')?.trim();
  return { occurrences, warnings, calendar: { ...(name ? { name } : {}), ...(timeZone ? { timeZone } : {}) } };
}

const FREQ_COST: Record<string, number> = { YEARLY: 1, MONTHLY: 2, WEEKLY: 3, DAILY: 4, HOURLY: 5, MINUTELY: 6, SECONDLY: 7 };

/** How much work a series' rules may cause, roughly: 0 for a one-off event. */
function cost(masters: readonly Parsed[]): number {
  let most = 0;
  for (const m of masters) {
    for (const prop of m.comp.getAllProperties('rrule')) {
      const freq = String((prop.getFirstValue() as ICAL.Recur).freq ?? '').toUpperCase();
      most = Math.max(most, FREQ_COST[freq] ?? 8);
    }
    if (most === 0 && m.comp.hasProperty('rdate')) most = 1;
  }
  return most;
}

/** RFC 5545 TEXT escapes: \\n, \\, and escaped punctuation. */
function unescapeText(value: string): string {
  return value.replace(/\\([nN\\,;])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface Parsed {
  comp: ICAL.Component;
  uid: string;
  sequence: number;
  order: number;
}

function parseEvent(block: Block, order: number, work: Work, rawUid: string | undefined): Parsed | undefined {
  rawUid = rawUid?.slice(0, 200);
  try {
    const jcal = ICAL.parse(tolerantLines(block.lines, work, rawUid).join('\r\n'));
    const comp = new ICAL.Component(jcal as unknown as unknown[]);
    if (!comp.hasProperty('dtstart')) throw new Error('it has no start time (DTSTART)');
    // Reading the start now surfaces a malformed value here, not halfway through a series.
    comp.getFirstPropertyValue('dtstart');
    const uid = boundedUid(String(comp.getFirstPropertyValue('uid') ?? '').trim(), work) || syntheticUid(block);
    const sequence = Number(comp.getFirstPropertyValue('sequence') ?? 0) || 0;
    return { comp, uid, sequence, order };
  } catch (err) {
    work.warnings.push({
      code: 'skipped-component',
      ...(rawUid ? { uid: rawUid } : {}),
      message: `An event could not be read and was left out: ${err instanceof Error ? err.message : String(err)}`,
    });
    return undefined;
  }
}

const BARE_DATES = /^\d{8}(?:,\d{8})*$/;
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'RECURRENCE-ID', 'EXDATE', 'RDATE']);

/**
 * The lines of one event, less what publishers write that ical.js refuses
 * outright (taking the whole event, or its series, with it): an RRULE
 * without a frequency is dropped, with a warning, and a bare date
 * (`RECURRENCE-ID:20200914`) is read as the DATE it is.
 */
function tolerantLines(lines: string[], work: Work, uid: string | undefined): string[] {
  // A copy is made only from the first line that changes.
  let out: string[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c = line.charCodeAt(0) | 32;
    let replacement: string | null | undefined;
    if (c === 114 || c === 100 || c === 101) {
      const { name, params, value } = splitLine(line);
      if (name === 'RRULE' && !hasFrequency(value)) {
        work.leftOut('impossible-rule', 'A repeat rule has no frequency Primed can read, so only its first date is shown.', uid);
        replacement = null;
      } else if (DATE_PROPERTIES.has(name) && BARE_DATES.test(value.trim()) && !/(?:^|;)VALUE=/i.test(params)) {
        replacement = `${name};${params ? `${params};` : ''}VALUE=DATE:${value.trim()}`;
      }
    }
    if (replacement === undefined) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    if (replacement !== null) out.push(replacement);
  }
  return out ?? lines;
}

/** A key for an event without a UID that stays the same as long as the event does. */
function syntheticUid(block: Block): string {
  const basis = `${propertyValue(block.lines, 'DTSTART') ?? ''}|${propertyValue(block.lines, 'SUMMARY') ?? ''}`;
  return `no-uid-${digest(basis)}`;
}

/** FNV-1a, 32 bits, base 36: a short, stable stand-in for a long text. */
function digest(text: string): string {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Every key, stored record and lookup carries the UID, so a huge one would
 * cost at each of them: past the limit it is replaced by its length and a
 * digest, which stay the same as long as the UID does.
 */
function boundedUid(uid: string, work: Work): string {
  if (uid.length <= work.limits.uidLength) return uid;
  work.leftOut('too-many', 'An event has an identifier (UID) far longer than any calendar writes; it is kept under a shorter one.');
  return `long-uid-${uid.length}-${digest(uid)}`;
}

// ---------------------------------------------------------------------------
// The cheap pre-filter on raw text.

/** Digits of a raw date or date-time value, without a regular expression: it runs once per event of the feed. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = value.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

function approxMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  let at = 0;
  while (value.charCodeAt(at) <= 32 && at < value.length) at++;
  const year = digitsAt(value, at, 4);
  const month = digitsAt(value, at + 4, 2);
  const day = digitsAt(value, at + 6, 2);
  if (Number.isNaN(year + month + day)) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (value.charCodeAt(at + 8) === 84) {
    const h = digitsAt(value, at + 9, 2);
    const m = digitsAt(value, at + 11, 2);
    const s = digitsAt(value, at + 13, 2);
    if (!Number.isNaN(h + m + s)) {
      hour = h;
      minute = m;
      second = s;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function approxDurationMs(value: string | undefined): number | undefined {
  const m = value?.trim().match(/^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i);
  if (!m) return undefined;
  const ms = ((+(m[2] ?? 0) * 7 + +(m[3] ?? 0)) * 24 * 3600 + +(m[4] ?? 0) * 3600 + +(m[5] ?? 0) * 60 + +(m[6] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

interface Prefiltered {
  /** Whether the event's own time (or, for a series, its span) can touch the window. */
  keep: boolean;
  uid: string | undefined;
  /** A master with an RRULE or RDATE. */
  series: boolean;
  /** Approximate length of one instance. */
  length: number;
  /** The instance an override replaces, approximately. */
  recurrenceId: number | undefined;
  /** Neither a series nor an override: one occurrence at most. */
  oneOff: boolean;
  /** Its start, approximately, when readable. */
  start: number | undefined;
  /** Not an override (no RECURRENCE-ID): the event itself, or a series' master. */
  master: boolean;
  sequence: number;
}

function prefilter(block: Block, window: { start: number; end: number }): Prefiltered {
  const p = block.properties;
  const uid = p.UID?.trim();
  const recurrenceId = approxMs(p['RECURRENCE-ID']);
  const rrule = p.RRULE !== undefined && hasFrequency(p.RRULE) ? p.RRULE : undefined;
  const master = p['RECURRENCE-ID'] === undefined;
  const series = recurrenceId === undefined && master && (rrule !== undefined || p.RDATE !== undefined);
  const start = approxMs(p.DTSTART);
  const oneOff = !series && master && rrule === undefined;
  const sequence = Number.parseInt(p.SEQUENCE ?? '', 10) || 0;
  // Without a readable start, keep it: the real parser will say what is wrong.
  if (start === undefined) return { keep: true, uid, series, length: 0, recurrenceId, oneOff, start, master, sequence };
  const isDate = !p.DTSTART!.includes('T');
  const end = approxMs(p.DTEND) ?? start + (approxDurationMs(p.DURATION) ?? (isDate ? DAY : 0));
  const length = Math.max(0, end - start);
  const near = (s: number, e: number) => s - SLACK < window.end && e + SLACK > window.start;

  let keep: boolean;
  if (!master || rrule === undefined) keep = p.RDATE !== undefined && series ? true : near(start, start + length);
  else if (p.RDATE !== undefined) keep = true;
  else if (start - SLACK >= window.end) keep = false;
  else {
    const until = approxMs(rrule.match(/UNTIL=([0-9TZ]+)/i)?.[1]);
    keep = until === undefined || until + length + SLACK >= window.start;
  }
  return { keep, uid, series, length, recurrenceId, oneOff, start, master, sequence };
}

/**
 * Whether an event's judgment is needed after the scan: a one-off event far
 * from the window, of SEQUENCE 0, is neither read nor can it outrank another
 * version of its UID (only a SEQUENCE below 0, which no publisher writes but
 * a feed may, loses to it: a feed with one is scanned again, keeping all).
 */
function worthKeeping(d: Prefiltered): Prefiltered | undefined {
  return d.keep || d.sequence !== 0 || !d.master || d.series || d.recurrenceId !== undefined ? d : undefined;
}

/**
 * An RRULE without a frequency (`RRULE:`, as some holiday calendars write
 * it on every event) repeats nothing: the event is its DTSTART alone.
 */
function hasFrequency(rule: string): boolean {
  return /(?:^|;)\s*FREQ=\s*[A-Z]/i.test(rule);
}

// ---------------------------------------------------------------------------
// Time zones for one calendar.

class ZoneContext {
  private readonly cache = new Map<string, Zone>();
  /** Measured UTC offsets, for this expansion only. */
  private readonly offsets: OffsetCache = new Map();
  private readonly warned = new Set<string>();
  /** Floating times: the calendar's X-WR-TIMEZONE, else the caller's zone. */
  readonly floating: Zone;
  /** All-day dates begin at midnight here. */
  readonly allDay: Zone;

  constructor(
    private readonly calendar: ScannedCalendar<Prefiltered>,
    opts: ExpandOptions,
    private readonly work: Work,
  ) {
    const own = opts.timeZone ?? runtimeZone();
    this.allDay = ianaZone(ianaNameFor(own) ?? 'UTC', this.offsets);
    const declared = calendar.properties.get('X-WR-TIMEZONE');
    const declaredIana = declared ? ianaNameFor(declared) : undefined;
    this.floating = declaredIana ? ianaZone(declaredIana, this.offsets) : this.allDay;
  }

  /** The zone a TZID names; an unknown one falls back to the floating zone, with a warning. */
  byId(tzid: string): Zone {
    let zone = this.cache.get(tzid);
    if (zone) return zone;
    // A name the IANA database knows is read with it, even when the file has
    // a VTIMEZONE of that name: the definitions agree for current dates, and
    // only the IANA path reads clock-change edges the RFC 5545 way (ical.js
    // picks the later of two repeated times). The file's definition serves
    // the names nobody else knows.
    const iana = ianaNameFor(tzid);
    if (iana) zone = ianaZone(iana, this.offsets);
    const block = zone ? undefined : this.calendar.timezones.get(tzid);
    if (block && !usableTimezone(block)) {
      this.work.leftOut('bad-timezone', `The time zone "${tzid.slice(0, 80)}" has rules that cannot work; its times are read as local time.`);
    } else if (block) {
      try {
        const component = new ICAL.Component(ICAL.parse(block.lines.join('\r\n')) as unknown as unknown[]);
        const fromFile = vtimezoneZone(component);
        fromFile({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 }); // fail now if unusable
        const truncated = truncatedZone(component);
        zone = truncated ? this.beyondItsEnd(tzid, component, fromFile, truncated) : fromFile;
      } catch {
        // A damaged VTIMEZONE: try the name itself below.
      }
    }
    if (!zone) {
      zone = this.floating;
      if (!this.warned.has(tzid)) {
        this.warned.add(tzid);
        this.work.warnings.push({
          code: 'unknown-timezone',
          message: `The time zone "${tzid}" is not known; its times are read as local time.`,
        });
      }
    }
    this.cache.set(tzid, zone);
    return zone;
  }

  /**
   * A file's zone that stops after a few years, carried on: by the IANA zone
   * it names (X-LIC-LOCATION), else the calendar's own zone if that agrees
   * with the file's last changes, else by repeating its last year's rules.
   * Said once, when a time past its end is read.
   */
  private beyondItsEnd(tzid: string, component: ICAL.Component, fromFile: Zone, truncated: TruncatedZone): Zone {
    const location = component.getFirstPropertyValue('x-lic-location');
    let name = typeof location === 'string' ? ianaNameFor(location) : undefined;
    if (!name) {
      const declared = this.calendar.properties.get('X-WR-TIMEZONE');
      const candidate = declared ? ianaNameFor(declared) : undefined;
      // An hour after each change, the other zone must be on the same offset.
      if (candidate && truncated.lastChanges.every((c) => offsetAt(c.at + 3_600_000, candidate, this.offsets) === c.offset)) name = candidate;
    }
    const after = name ? ianaZone(name, this.offsets) : vtimezoneZone(truncated.extended);
    const label = tzid.slice(0, 80);
    let said = false;
    return (wall) => {
      if (utcZone(wall) <= truncated.endsAt) return fromFile(wall);
      if (!said) {
        said = true;
        this.work.warnings.push({
          code: 'partly-supported',
          message: name
            ? `The time zone "${label}" in this calendar stops in ${truncated.lastYear}; later times are read in ${name}.`
            : `The time zone "${label}" in this calendar stops in ${truncated.lastYear}; later times follow its rules of ${truncated.lastYear}.`,
        });
      }
      return after(wall);
    };
  }

  /** The zone a property's date-time values are in. */
  of(prop: ICAL.Property, time: ICAL.Time): Zone {
    if (time.zone === ICAL.Timezone.utcTimezone) return utcZone;
    const tzid = prop.getParameter('tzid');
    const id = Array.isArray(tzid) ? tzid[0] : tzid;
    return typeof id === 'string' && id ? this.byId(id) : this.floating;
  }
}

/** A VTIMEZONE block larger than any real zone's history. */
const MAX_TIMEZONE_LINES = 2_000;

/**
 * Whether ical.js may read a VTIMEZONE: real zones change their clocks by
 * yearly rules, and ical.js walks a zone's rules from their start to the
 * year asked for, so a rule repeating every second would take minutes.
 */
function usableTimezone(block: Block): boolean {
  if (block.lineCount - 1 > MAX_TIMEZONE_LINES) return false;
  for (const line of block.lines) {
    if (!/^RRULE[;:]/i.test(line)) continue;
    const freq = /FREQ=([A-Z]+)/i.exec(line)?.[1]?.toUpperCase();
    const interval = Number(/INTERVAL=(\d+)/i.exec(line)?.[1] ?? 1);
    if (freq !== 'YEARLY' || interval > 100) return false;
  }
  return true;
}

function wallOf(t: ICAL.Time): Wall {
  return { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second };
}

function dateKey(w: { year: number; month: number; day: number }): string {
  return `${String(w.year).padStart(4, '0')}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

function midnight(w: { year: number; month: number; day: number }): Wall {
  return { year: w.year, month: w.month, day: w.day, hour: 0, minute: 0, second: 0 };
}

function addDays(w: Wall, days: number): Wall {
  return wallAtUtc(Date.UTC(w.year, w.month - 1, w.day + days, w.hour, w.minute, w.second));
}

// ---------------------------------------------------------------------------
// One UID: its master(s) and their overrides.

interface Instance {
  /** For matching EXDATE and overrides: the instant (timed) or the date (all-day). */
  key: string;
  wall: Wall;
  start: number;
  /** Length of this instance when it differs from the series (an RDATE period). */
  length?: number;
}

type Emit = (occurrence: Occurrence, source: Parsed) => void;

function expandGroup(
  uid: string,
  versions: Parsed[],
  overrides: Parsed[],
  window: { start: number; end: number },
  zones: ZoneContext,
  opts: ExpandOptions,
  work: Work,
  emit: Emit,
): void {
  const warnings = work.warnings;
  // Only the newest version of a rewritten series (the text prefilter has
  // already left out most older ones).
  const sequence = versions.reduce((most, m) => Math.max(most, m.sequence), -Infinity);
  const masters = versions.filter((m) => m.sequence === sequence);
  const firstMaster = masters[0] ? describe(masters[0].comp, uid, zones, opts, work.limits) : undefined;
  const seriesLength = firstMaster ? firstMaster.end.getTime() - firstMaster.start.getTime() : 0;
  const allDaySeries = firstMaster?.allDay ?? false;
  const seriesZone = masters[0] ? startZone(masters[0].comp, zones) : undefined;

  // Each override by the instant it replaces and by that instant's date, so a
  // timed series finds a date-only RECURRENCE-ID and an all-day series a timed one.
  interface Pending {
    parsed: Parsed;
    isDate: boolean;
    instant: number;
    date: string;
  }
  const pending = new Set<Pending>();
  const byInstant = new Map<number, Pending>();
  const byDate = new Map<string, Pending>();
  const newer = (a: Pending | undefined, b: Pending) =>
    !a || a.parsed.sequence * 1e7 + a.parsed.order < b.parsed.sequence * 1e7 + b.parsed.order;
  for (const o of overrides) {
    const prop = o.comp.getFirstProperty('recurrence-id')!;
    const time = prop.getFirstValue() as ICAL.Time;
    if (prop.getParameter('range')) {
      warnings.push({
        code: 'partly-supported',
        uid,
        message: 'A change to "this and all following" instances is applied to the one instance it names.',
      });
    }
    // A floating RECURRENCE-ID names the series' own wall time.
    const floating = !time.isDate && time.zone !== ICAL.Timezone.utcTimezone && !prop.getParameter('tzid');
    const instant = time.isDate ? zones.allDay(midnight(time)) : (floating && seriesZone ? seriesZone : zones.of(prop, time))(wallOf(time));
    const entry: Pending = {
      parsed: o,
      isDate: time.isDate,
      instant,
      date: allDaySeries && !time.isDate && time.zone === ICAL.Timezone.utcTimezone ? dayOfUtcMidnight(time, instant, zones) : dateKey(time),
    };
    if (!entry.isDate) {
      const current = byInstant.get(entry.instant);
      if (newer(current, entry)) {
        if (current) pending.delete(current);
        byInstant.set(entry.instant, entry);
      } else continue;
    }
    const sameDay = byDate.get(entry.date);
    if (entry.isDate || !sameDay) {
      if (entry.isDate && sameDay && !newer(sameDay, entry)) continue;
      if (entry.isDate && sameDay) pending.delete(sameDay);
      byDate.set(entry.date, entry);
    }
    pending.add(entry);
  }

  for (const master of masters) {
    const comp = master.comp;
    const recurring = comp.hasProperty('rrule') || comp.hasProperty('rdate');
    const base = master === masters[0] && firstMaster ? firstMaster : describe(comp, uid, zones, opts, work.limits);
    if (!recurring) {
      emit({ ...base, key: uid }, master);
      continue;
    }
    const length = base.end.getTime() - base.start.getTime();
    for (const instance of seriesInstances(comp, base, window, zones, work, uid).values()) {
      const date = dateKey(instance.wall);
      let override: Pending | undefined;
      if (base.allDay) override = byDate.get(date);
      else {
        override = byInstant.get(instance.start);
        const dateOnly = byDate.get(date);
        if (!override && dateOnly?.isDate) override = dateOnly;
      }
      if (override && !pending.has(override)) override = undefined;
      // Keys follow the series: dates for all-day series and for date-only
      // RECURRENCE-IDs, instants otherwise, whether or not the override is matched.
      const recurrenceId = base.allDay || override?.isDate ? date : new Date(instance.start).toISOString();
      const key = `${uid}@${recurrenceId}`;
      if (override) {
        pending.delete(override);
        emit({ ...describe(override.parsed.comp, uid, zones, opts, work.limits, length), key, recurrenceId, recurring: true }, override.parsed);
        continue;
      }
      const start = instance.start;
      const end = base.allDay
        ? zones.allDay(midnight(addDays(instance.wall, Math.round((instance.length ?? length) / DAY))))
        : start + (instance.length ?? length);
      emit({ ...base, key, recurrenceId, recurring: true, start: new Date(start), end: new Date(Math.max(start, end)) }, master);
    }
  }

  // Overrides whose instance the series does not produce here (or whose
  // master is elsewhere): events in their own right, keyed as above. One
  // written before the series' last rewrite, for an instance the series no
  // longer has, is gone with that instance.
  for (const o of pending) {
    if (o.parsed.sequence < sequence && !masters.some((m) => namesInstance(m.comp, o, allDaySeries, uid, zones, opts, work))) continue;
    const base = describe(o.parsed.comp, uid, zones, opts, work.limits, seriesLength);
    const recurrenceId = firstMaster?.allDay || o.isDate ? o.date : new Date(o.instant).toISOString();
    emit({ ...base, key: `${uid}@${recurrenceId}`, recurrenceId, recurring: true }, o.parsed);
  }
}

/** The zone of a series' DTSTART; none for an all-day series. */
function startZone(comp: ICAL.Component, zones: ZoneContext): Zone | undefined {
  const prop = comp.getFirstProperty('dtstart')!;
  const time = prop.getFirstValue() as ICAL.Time;
  return time.isDate ? undefined : zones.of(prop, time);
}

/**
 * The day a UTC RECURRENCE-ID names in an all-day series. Publishers write
 * the day's midnight, in UTC or in their own zone converted to UTC
 * (20200913T220000Z for Berlin's 14 September): the day whose midnight it
 * is in the calendar's or the reader's zone, else the nearest UTC midnight
 * (local midnights lie within about half a day of it).
 */
function dayOfUtcMidnight(time: ICAL.Time, instant: number, zones: ZoneContext): string {
  if (time.hour === 0 && time.minute === 0 && time.second === 0) return dateKey(time);
  const day = wallAtUtc;
  for (const candidate of [day(instant), day(instant + DAY)]) {
    if (zones.floating(midnight(candidate)) === instant || zones.allDay(midnight(candidate)) === instant) return dateKey(candidate);
  }
  return dateKey(day(instant + DAY / 2));
}

/** Whether a series (read only around that instance) has the instance an override names. */
function namesInstance(
  comp: ICAL.Component,
  o: { isDate: boolean; instant: number; date: string },
  allDaySeries: boolean,
  uid: string,
  zones: ZoneContext,
  opts: ExpandOptions,
  work: Work,
): boolean {
  const [year, month, day] = o.date.split('-').map(Number) as [number, number, number];
  const at = allDaySeries || o.isDate ? zones.allDay(midnight({ year, month, day })) : o.instant;
  const base = describe(comp, uid, zones, opts, work.limits);
  for (const instance of seriesInstances(comp, base, { start: at, end: at + 1 }, zones, work, uid).values()) {
    if (allDaySeries || o.isDate ? dateKey(instance.wall) === o.date : instance.start === o.instant) return true;
  }
  return false;
}

/** Everything about one VEVENT except its place in a series. */
function describe(
  comp: ICAL.Component,
  uid: string,
  zones: ZoneContext,
  opts: ExpandOptions,
  limits: ExpandLimits,
  fallbackLength = 0,
): Omit<Occurrence, 'key'> {
  const startProp = comp.getFirstProperty('dtstart')!;
  const startTime = startProp.getFirstValue() as ICAL.Time;
  const allDay = startTime.isDate;
  const start = allDay ? zones.allDay(midnight(startTime)) : zones.of(startProp, startTime)(wallOf(startTime));

  let end: number;
  const endProp = comp.getFirstProperty('dtend');
  const durationValue = comp.getFirstPropertyValue('duration') as ICAL.Duration | null;
  if (endProp) {
    const endTime = endProp.getFirstValue() as ICAL.Time;
    end = allDay || endTime.isDate ? zones.allDay(midnight(endTime)) : zones.of(endProp, endTime)(wallOf(endTime));
  } else if (durationValue) {
    const seconds = durationValue.toSeconds();
    end = allDay
      ? zones.allDay(midnight(addDays(wallOf(startTime), Math.round(seconds / 86_400))))
      : start + seconds * 1000;
  } else {
    end = allDay ? zones.allDay(midnight(addDays(wallOf(startTime), 1))) : start + fallbackLength;
  }
  if (!isValidTime(start)) throw new Error('its start time is out of range');
  if (!isValidTime(end)) throw new Error('its end time or duration is out of range');
  if (end < start) end = start;

  const attendees = readAttendees(comp);
  const self = (opts.selfEmails ?? []).map((e) => e.trim().toLowerCase()).filter(Boolean);
  const organizer = mailAddress(comp.getFirstPropertyValue('organizer'));
  const mine = attendees.find((a) => self.includes(a.email));
  const participation: Participation | undefined =
    mine?.participation ?? (organizer && self.includes(organizer) ? 'accepted' : undefined);

  const text = (name: string, max = limits.textLength) => {
    const value = comp.getFirstPropertyValue(name);
    const s = typeof value === 'string' ? value.trim() : value == null ? '' : String(value).trim();
    return shorten(s, max) || undefined;
  };
  const status = String(comp.getFirstPropertyValue('status') ?? '').toUpperCase();
  return {
    uid,
    title: text('summary') ?? '',
    start: new Date(start),
    end: new Date(end),
    allDay,
    status: (status === 'CANCELLED' ? 'cancelled' : status === 'TENTATIVE' ? 'tentative' : 'confirmed') as OccurrenceStatus,
    transparent: String(comp.getFirstPropertyValue('transp') ?? '').toUpperCase() === 'TRANSPARENT',
    recurring: false,
    ...optional('location', text('location')),
    ...optional('description', text('description', limits.descriptionLength)),
    ...optional('url', text('url')),
    ...optional('organizer', organizer),
    attendees,
    ...optional('participation', participation),
  };
}

/** Within what a Date can hold (±8.64e15 ms). */
function isValidTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function mailAddress(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.replace(/^mailto:/i, '').trim().toLowerCase();
  return address || undefined;
}

const PARTICIPATIONS = new Set<Participation>(['needs-action', 'accepted', 'declined', 'tentative', 'delegated']);

function readAttendees(comp: ICAL.Component): Attendee[] {
  const attendees: Attendee[] = [];
  for (const prop of comp.getAllProperties('attendee')) {
    const email = mailAddress(prop.getFirstValue());
    if (!email) continue;
    const partstat = String(prop.getParameter('partstat') ?? '').toLowerCase() as Participation;
    attendees.push(PARTICIPATIONS.has(partstat) ? { email, participation: partstat } : { email });
  }
  return attendees;
}

// ---------------------------------------------------------------------------
// The instances of one series near the window: RRULE and RDATE, less EXDATE.

function seriesInstances(
  comp: ICAL.Component,
  base: Omit<Occurrence, 'key'>,
  window: { start: number; end: number },
  zones: ZoneContext,
  work: Work,
  uid: string,
): Map<string, Instance> {
  const warnings = work.warnings;
  const startProp = comp.getFirstProperty('dtstart')!;
  const startTime = startProp.getFirstValue() as ICAL.Time;
  const startWall = wallOf(startTime);
  const allDay = startTime.isDate;
  const zone = allDay ? zones.allDay : zones.of(startProp, startTime);
  const length = base.end.getTime() - base.start.getTime();
  const instances = new Map<string, Instance>();
  let tooFrequent = false;

  const instanceAt = (wall: Wall): Instance => {
    const start = allDay ? zones.allDay(midnight(wall)) : zone(wall);
    return { key: allDay ? dateKey(wall) : String(start), wall, start };
  };
  const near = (start: number, len: number) => start - SLACK < window.end && start + len + SLACK > window.start;
  // Only instances in the range itself count towards the series' allowance
  // (those just outside are kept for the zone arithmetic, and cost no more).
  let inRange = 0;
  const add = (instance: Instance) => {
    const len = instance.length ?? length;
    if (!near(instance.start, len) || instances.has(instance.key)) return;
    const counts = instance.start < window.end && instance.start + len >= window.start;
    if (counts && inRange >= work.limits.occurrencesPerSeries) {
      tooFrequent = true;
      return;
    }
    if (counts) inRange++;
    instances.set(instance.key, instance);
  };

  // DTSTART is always the first instance, whether or not the rule produces it.
  add(instanceAt(startWall));

  let seriesSteps = 0;
  for (const prop of comp.getAllProperties('rrule')) {
    const original = prop.getFirstValue() as ICAL.Recur;
    const plan = planRule(original);
    if (plan.kind === 'first-only') {
      work.leftOut(plan.reason, plan.message, uid);
      continue;
    }
    // Two-digit years are where both ical.js and Date give way: one step of
    // the iterator from the year 99 searches to 1900 and beyond, for seconds,
    // past every step count. No real series starts then.
    if (startWall.year < EARLIEST_SERIES_YEAR) {
      work.leftOut('impossible-rule', `A repeating event starts in the year ${startWall.year}, so only its first date is shown.`, uid);
      continue;
    }
    // UNTIL is checked here, as an instant, rather than by ical.js against wall times.
    const untilTime = original.until;
    let untilMs: number | undefined;
    if (untilTime) {
      untilMs = untilTime.isDate
        ? allDay
          ? zones.allDay(midnight(untilTime))
          : zone({ ...wallOf(untilTime), hour: 23, minute: 59, second: 59 })
        : untilTime.zone === ICAL.Timezone.utcTimezone
          ? utcZone(wallOf(untilTime))
          : zone(wallOf(untilTime));
    }
    const firstWall = skipAheadStart(plan, startWall, length, window.start, ZONE_SLACK) ?? startWall;
    const iterator = plan.recur.iterator(ICAL.Time.fromData({ ...firstWall, isDate: allDay }));
    // COUNT counts DTSTART as the first instance even when the rule does not
    // produce it (RFC 5545 3.3.10); DTSTART was added above.
    const limit = plan.count === undefined ? Infinity : plan.count - 1;
    let produced = 0;
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (++seriesSteps > work.limits.stepsPerSeries) {
        work.leftOut('too-frequent', 'A series repeats too often to read in full; some of its dates were left out.', uid);
        break;
      }
      if (!work.step()) break;
      const wall = wallOf(next);
      if (sameWall(wall, startWall) || !plan.accepts(wall)) continue;
      if (produced++ >= limit) break;
      // Far before the window (by the wall clock, give or take a day of zone
      // offset): no need to find the exact instant.
      if (utcZone(wall) + length + 2 * SLACK < window.start) continue;
      const instance = instanceAt(wall);
      if (untilMs !== undefined && instance.start > untilMs) break;
      if (instance.start - SLACK >= window.end) break;
      add(instance);
      if (tooFrequent) break;
    }
  }

  // A malformed RDATE or EXDATE loses only itself, with a warning, not the event.
  const each = (name: string, read: (prop: ICAL.Property) => void) => {
    for (const prop of comp.getAllProperties(name)) {
      try {
        read(prop);
      } catch (err) {
        warnings.push({
          code: 'partly-supported',
          uid,
          message: `One ${name.toUpperCase()} value could not be read and was ignored: ${err instanceof Error ? err.message : String(err)}`,
        });
      }
    }
  };

  // A date far from the window by its wall clock (more than any zone's
  // offset away) cannot make or remove an instance near it: it is passed
  // over before its zone is read.
  const farFrom = (value: ICAL.Time, lo: number, hi: number) => {
    const approx = utcZone(wallOf(value));
    return approx + ZONE_SLACK < lo || approx - ZONE_SLACK > hi;
  };
  each('rdate', (prop) => {
    for (const value of prop.getValues() as Array<ICAL.Time | ICAL.Period>) {
      if (value instanceof ICAL.Time && !allDay && !value.isDate && farFrom(value, window.start - SLACK - length, window.end + SLACK)) continue;
      if (value instanceof ICAL.Period) {
        const periodStart = value.start;
        const instance = allDay ? instanceAt(wallOf(periodStart)) : { ...instanceAt(wallOf(periodStart)), start: zones.of(prop, periodStart)(wallOf(periodStart)) };
        instance.key = allDay ? instance.key : String(instance.start);
        const periodEnd = value.getEnd();
        instance.length = Math.max(0, zones.of(prop, periodEnd)(wallOf(periodEnd)) - instance.start);
        add(instance);
      } else if (value instanceof ICAL.Time) {
        if (allDay || value.isDate) {
          add(instanceAt(midnight(value)));
        } else {
          const start = zones.of(prop, value)(wallOf(value));
          add({ key: String(start), wall: wallOf(value), start });
        }
      }
    }
  });

  // Date-only EXDATEs on a timed series remove every instance on that date:
  // gathered first, then one pass, so each costs the same however many there are.
  const excludedDates = new Set<string>();
  let earliest = Infinity;
  let latest = -Infinity;
  for (const instance of instances.values()) {
    earliest = Math.min(earliest, instance.start);
    latest = Math.max(latest, instance.start);
  }
  each('exdate', (prop) => {
    for (const value of prop.getValues() as ICAL.Time[]) {
      if (!(value instanceof ICAL.Time)) continue;
      if (!allDay && !value.isDate && farFrom(value, earliest, latest)) continue;
      if (allDay) {
        instances.delete(dateKey(value));
      } else if (value.isDate) {
        excludedDates.add(dateKey(value));
      } else {
        instances.delete(String(zones.of(prop, value)(wallOf(value))));
      }
    }
  });
  if (excludedDates.size > 0) {
    for (const [key, instance] of instances) if (excludedDates.has(dateKey(instance.wall))) instances.delete(key);
  }
  if (tooFrequent) {
    work.leftOut('too-frequent', `A series repeats more often than Primed keeps (${work.limits.occurrencesPerSeries} times in these days); the rest of its dates were left out.`, uid);
  }
  return instances;
}

function sameWall(a: Wall, b: Wall): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

function overlaps(o: Occurrence, window: { start: number; end: number }): boolean {
  const start = o.start.getTime();
  const end = o.end.getTime();
  if (end === start) return start >= window.start && start < window.end;
  return start < window.end && end > window.start;
}

