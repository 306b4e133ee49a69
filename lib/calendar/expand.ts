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
import { propertyValue, propertyValues, scanCalendar, type Block, type ScannedCalendar } from './scan';
import type {
  Attendee,
  ExpandOptions,
  ExpandRange,
  ExpandResult,
  IcsWarning,
  Occurrence,
  OccurrenceStatus,
  Participation,
} from './types';
import { ianaNameFor, ianaZone, utcZone, vtimezoneZone, type OffsetCache, type Wall, type Zone } from './zones';
import { runtimeZone } from '../time/zone';

const DAY = 86_400_000;
/** Room for time zones and clock changes when judging from raw text. */
const SLACK = 2 * DAY;
/** A series that yields more instances than this in one call is cut short, with a warning. */
const MAX_INSTANCES = 50_000;

export function expandIcs(text: string, range: ExpandRange, opts: ExpandOptions = {}): ExpandResult {
  const scanned = scanCalendar(text);
  const warnings: IcsWarning[] = scanned.broken.map((name) => ({
    code: 'skipped-component',
    message: `A ${name} component was cut off before its end and was left out.`,
  }));
  const window = { start: range.start.getTime(), end: range.end.getTime() };
  const zones = new ZoneContext(scanned, opts, warnings);

  // Parse only the events that can touch the range, grouped by UID.
  const series = new Map<string, { masters: Parsed[]; overrides: Parsed[] }>();
  // An override is kept when its new time is near the window, or when the
  // instance it replaces was: judged with the series' length, which only the
  // series knows (a long instance moved away must not come back).
  const decisions = scanned.events.map((block) => prefilter(block, window));
  const seriesLength = new Map<string, number>();
  for (const d of decisions) {
    if (d.series && d.keep && d.uid !== undefined) seriesLength.set(d.uid, Math.max(d.length, seriesLength.get(d.uid) ?? 0));
  }
  const near = (s: number, e: number) => s - SLACK < window.end && e + SLACK > window.start;
  let order = 0;
  for (const [i, block] of scanned.events.entries()) {
    const d = decisions[i]!;
    const replacedNear =
      d.recurrenceId !== undefined &&
      d.uid !== undefined &&
      seriesLength.has(d.uid) &&
      near(d.recurrenceId, d.recurrenceId + Math.max(d.length, seriesLength.get(d.uid)!));
    if (!d.keep && !replacedNear) continue;
    const parsed = parseEvent(block, order++, warnings);
    if (!parsed) continue;
    let group = series.get(parsed.uid);
    if (!group) series.set(parsed.uid, (group = { masters: [], overrides: [] }));
    (parsed.comp.hasProperty('recurrence-id') ? group.overrides : group.masters).push(parsed);
  }

  const found = new Map<string, { occurrence: Occurrence; rank: number }>();
  const emit = (occurrence: Occurrence, source: Parsed) => {
    if (!overlaps(occurrence, window)) return;
    const rank = source.sequence * 1e6 + source.order;
    const existing = found.get(occurrence.key);
    if (!existing || existing.rank < rank) found.set(occurrence.key, { occurrence, rank });
  };

  for (const [uid, group] of series) {
    try {
      expandGroup(uid, group.masters, group.overrides, window, zones, opts, warnings, emit);
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
  const name = unescapeText(scanned.properties.get('X-WR-CALNAME') ?? '').trim();
  const timeZone = scanned.properties.get('X-WR-TIMEZONE')?.trim();
  return { occurrences, warnings, calendar: { ...(name ? { name } : {}), ...(timeZone ? { timeZone } : {}) } };
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

function parseEvent(block: Block, order: number, warnings: IcsWarning[]): Parsed | undefined {
  const rawUid = propertyValue(block.lines, 'UID')?.trim();
  try {
    const jcal = ICAL.parse(block.lines.join('\r\n'));
    const comp = new ICAL.Component(jcal as unknown as unknown[]);
    if (!comp.hasProperty('dtstart')) throw new Error('it has no start time (DTSTART)');
    // Reading the start now surfaces a malformed value here, not halfway through a series.
    comp.getFirstPropertyValue('dtstart');
    const uid = String(comp.getFirstPropertyValue('uid') ?? '').trim() || syntheticUid(block);
    const sequence = Number(comp.getFirstPropertyValue('sequence') ?? 0) || 0;
    return { comp, uid, sequence, order };
  } catch (err) {
    warnings.push({
      code: 'skipped-component',
      ...(rawUid ? { uid: rawUid } : {}),
      message: `An event could not be read and was left out: ${err instanceof Error ? err.message : String(err)}`,
    });
    return undefined;
  }
}

/** A key for an event without a UID that stays the same as long as the event does. */
function syntheticUid(block: Block): string {
  const basis = `${propertyValue(block.lines, 'DTSTART') ?? ''}|${propertyValue(block.lines, 'SUMMARY') ?? ''}`;
  let hash = 2166136261;
  for (let i = 0; i < basis.length; i++) {
    hash ^= basis.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return `no-uid-${(hash >>> 0).toString(36)}`;
}

// ---------------------------------------------------------------------------
// The cheap pre-filter on raw text.

function approxMs(value: string | undefined): number | undefined {
  const m = value?.trim().match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?/);
  if (!m) return undefined;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

function approxDurationMs(value: string | undefined): number | undefined {
  const m = value?.trim().match(/^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i);
  if (!m) return undefined;
  const ms = ((+(m[2] ?? 0) * 7 + +(m[3] ?? 0)) * 24 * 3600 + +(m[4] ?? 0) * 3600 + +(m[5] ?? 0) * 60 + +(m[6] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

const PREFILTER_PROPERTIES = ['UID', 'DTSTART', 'DTEND', 'DURATION', 'RECURRENCE-ID', 'RRULE', 'RDATE'] as const;

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
}

function prefilter(block: Block, window: { start: number; end: number }): Prefiltered {
  const p = propertyValues(block.source, PREFILTER_PROPERTIES, block.from, block.to);
  const uid = p.UID?.trim();
  const recurrenceId = approxMs(p['RECURRENCE-ID']);
  const series = recurrenceId === undefined && p['RECURRENCE-ID'] === undefined && (p.RRULE !== undefined || p.RDATE !== undefined);
  const start = approxMs(p.DTSTART);
  // Without a readable start, keep it: the real parser will say what is wrong.
  if (start === undefined) return { keep: true, uid, series, length: 0, recurrenceId };
  const isDate = !p.DTSTART!.includes('T');
  const end = approxMs(p.DTEND) ?? start + (approxDurationMs(p.DURATION) ?? (isDate ? DAY : 0));
  const length = Math.max(0, end - start);
  const near = (s: number, e: number) => s - SLACK < window.end && e + SLACK > window.start;

  let keep: boolean;
  if (p['RECURRENCE-ID'] !== undefined || p.RRULE === undefined) keep = p.RDATE !== undefined && series ? true : near(start, start + length);
  else if (p.RDATE !== undefined) keep = true;
  else if (start - SLACK >= window.end) keep = false;
  else {
    const until = approxMs(p.RRULE.match(/UNTIL=([0-9TZ]+)/i)?.[1]);
    keep = until === undefined || until + length + SLACK >= window.start;
  }
  return { keep, uid, series, length, recurrenceId };
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
    private readonly calendar: ScannedCalendar,
    opts: ExpandOptions,
    private readonly warnings: IcsWarning[],
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
    if (block) {
      try {
        const component = new ICAL.Component(ICAL.parse(block.lines.join('\r\n')) as unknown as unknown[]);
        const fromFile = vtimezoneZone(component);
        fromFile({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 }); // fail now if unusable
        zone = fromFile;
      } catch {
        // A damaged VTIMEZONE: try the name itself below.
      }
    }
    if (!zone) {
      zone = this.floating;
      if (!this.warned.has(tzid)) {
        this.warned.add(tzid);
        this.warnings.push({
          code: 'unknown-timezone',
          message: `The time zone "${tzid}" is not known; its times are read as local time.`,
        });
      }
    }
    this.cache.set(tzid, zone);
    return zone;
  }

  /** The zone a property's date-time values are in. */
  of(prop: ICAL.Property, time: ICAL.Time): Zone {
    if (time.zone === ICAL.Timezone.utcTimezone) return utcZone;
    const tzid = prop.getParameter('tzid');
    const id = Array.isArray(tzid) ? tzid[0] : tzid;
    return typeof id === 'string' && id ? this.byId(id) : this.floating;
  }
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
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + days, w.hour, w.minute, w.second));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
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
  masters: Parsed[],
  overrides: Parsed[],
  window: { start: number; end: number },
  zones: ZoneContext,
  opts: ExpandOptions,
  warnings: IcsWarning[],
  emit: Emit,
): void {
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
    !a || a.parsed.sequence * 1e6 + a.parsed.order < b.parsed.sequence * 1e6 + b.parsed.order;
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
    const entry: Pending = {
      parsed: o,
      isDate: time.isDate,
      instant: time.isDate ? zones.allDay(midnight(time)) : zones.of(prop, time)(wallOf(time)),
      date: dateKey(time),
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

  const firstMaster = masters[0] ? describe(masters[0].comp, uid, zones, opts) : undefined;
  const seriesLength = firstMaster ? firstMaster.end.getTime() - firstMaster.start.getTime() : 0;

  for (const master of masters) {
    const comp = master.comp;
    const recurring = comp.hasProperty('rrule') || comp.hasProperty('rdate');
    const base = describe(comp, uid, zones, opts);
    if (!recurring) {
      emit({ ...base, key: uid }, master);
      continue;
    }
    const length = base.end.getTime() - base.start.getTime();
    for (const instance of seriesInstances(comp, base, window, zones, warnings, uid).values()) {
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
        emit({ ...describe(override.parsed.comp, uid, zones, opts, length), key, recurrenceId, recurring: true }, override.parsed);
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
  // master is elsewhere): events in their own right, keyed as above.
  for (const o of pending) {
    const base = describe(o.parsed.comp, uid, zones, opts, seriesLength);
    const recurrenceId = firstMaster?.allDay || o.isDate ? o.date : new Date(o.instant).toISOString();
    emit({ ...base, key: `${uid}@${recurrenceId}`, recurrenceId, recurring: true }, o.parsed);
  }
}

/** Everything about one VEVENT except its place in a series. */
function describe(
  comp: ICAL.Component,
  uid: string,
  zones: ZoneContext,
  opts: ExpandOptions,
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

  const text = (name: string) => {
    const value = comp.getFirstPropertyValue(name);
    const s = typeof value === 'string' ? value.trim() : value == null ? '' : String(value).trim();
    return s || undefined;
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
    ...optional('description', text('description')),
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
  warnings: IcsWarning[],
  uid: string,
): Map<string, Instance> {
  const startProp = comp.getFirstProperty('dtstart')!;
  const startTime = startProp.getFirstValue() as ICAL.Time;
  const allDay = startTime.isDate;
  const zone = allDay ? zones.allDay : zones.of(startProp, startTime);
  const length = base.end.getTime() - base.start.getTime();
  const instances = new Map<string, Instance>();

  const instanceAt = (wall: Wall): Instance => {
    const start = allDay ? zones.allDay(midnight(wall)) : zone(wall);
    return { key: allDay ? dateKey(wall) : String(start), wall, start };
  };
  const near = (start: number, len: number) => start - SLACK < window.end && start + len + SLACK > window.start;
  const add = (instance: Instance) => {
    if (near(instance.start, instance.length ?? length) && !instances.has(instance.key)) instances.set(instance.key, instance);
  };

  // DTSTART is always the first instance, whether or not the rule produces it.
  add(instanceAt(wallOf(startTime)));

  for (const prop of comp.getAllProperties('rrule')) {
    const recur = (prop.getFirstValue() as ICAL.Recur).clone();
    // UNTIL is checked here, as an instant, rather than by ical.js against wall times.
    const untilTime = recur.until;
    recur.until = null;
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
    if (neverMatches(recur)) {
      warnings.push({ code: 'partly-supported', uid, message: 'A repeat rule names days that do not exist, so it adds no dates.' });
      continue;
    }
    const firstWall = skipAhead(recur, wallOf(startTime), length, window.start) ?? wallOf(startTime);
    const iterator = recur.iterator(ICAL.Time.fromData({ ...firstWall, isDate: allDay }));
    let count = 0;
    // COUNT counts DTSTART as the first instance even when the rule does not
    // produce it (RFC 5545 3.3.10); ical.js counts only what the rule produces.
    let limit = recur.count ?? Infinity;
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (count === 0 && recur.count && !sameWall(wallOf(next), wallOf(startTime))) limit = recur.count - 1;
      if (count >= limit) break;
      if (++count > MAX_INSTANCES) {
        warnings.push({ code: 'partly-supported', uid, message: 'A series repeats too often to read in full; later instances are left out.' });
        break;
      }
      const wall = wallOf(next);
      // Far before the window (by the wall clock, give or take a day of zone
      // offset): no need to find the exact instant.
      if (utcZone(wall) + length + 2 * SLACK < window.start) continue;
      const instance = instanceAt(wall);
      if (untilMs !== undefined && instance.start > untilMs) break;
      if (instance.start - SLACK >= window.end) break;
      add(instance);
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

  each('rdate', (prop) => {
    for (const value of prop.getValues() as Array<ICAL.Time | ICAL.Period>) {
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

  each('exdate', (prop) => {
    for (const value of prop.getValues() as ICAL.Time[]) {
      if (!(value instanceof ICAL.Time)) continue;
      if (allDay) {
        instances.delete(dateKey(value));
      } else if (value.isDate) {
        for (const [key, instance] of instances) if (dateKey(instance.wall) === dateKey(value)) instances.delete(key);
      } else {
        instances.delete(String(zones.of(prop, value)(wallOf(value))));
      }
    }
  });
  return instances;
}

/**
 * For a long daily or weekly series that began long before the window, a later
 * instance to start iterating from, so the years in between are not walked one
 * instance at a time. Only for rules where every period looks the same.
 */
function skipAhead(recur: ICAL.Recur, start: Wall, length: number, windowStart: number): Wall | undefined {
  if (recur.count) return undefined;
  const interval = recur.interval || 1;
  const days = recur.freq === 'DAILY' ? interval : recur.freq === 'WEEKLY' ? 7 * interval : 0;
  if (!days) return undefined;
  const parts = Object.entries(recur.parts ?? {}).filter(([, v]) => Array.isArray(v) && v.length > 0);
  if (parts.some(([k]) => k !== 'BYDAY')) return undefined;
  const byDay = (recur.parts?.BYDAY ?? []) as string[];
  if (byDay.some((d) => !/^(SU|MO|TU|WE|TH|FR|SA)$/.test(d))) return undefined;
  const weekdayOf = (w: Wall) => ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(utcZone(w)).getUTCDay()]!;
  // A weekly rule only shifts cleanly from a start that is itself one of its days.
  if (recur.freq === 'WEEKLY' && byDay.length > 0 && !byDay.includes(weekdayOf(start))) return undefined;

  const target = windowStart - length - 2 * days * DAY - 2 * SLACK;
  const steps = Math.floor((target - utcZone(start)) / (days * DAY));
  if (steps <= 0) return undefined;
  let shifted = addDays(start, steps * days);
  // A daily rule with BYDAY: move on, a period at a time, to a day it keeps.
  for (let i = 0; i < 7 && byDay.length > 0 && !byDay.includes(weekdayOf(shifted)); i++) shifted = addDays(shifted, days);
  return byDay.length === 0 || byDay.includes(weekdayOf(shifted)) ? shifted : undefined;
}

function sameWall(a: Wall, b: Wall): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A rule whose BYMONTH and BYMONTHDAY can never meet (February 30th). ical.js
 * would search for a match forever.
 */
function neverMatches(recur: ICAL.Recur): boolean {
  const months = (recur.parts?.BYMONTH ?? []) as number[];
  const days = (recur.parts?.BYMONTHDAY ?? []) as number[];
  if (days.length === 0) return false;
  const candidates = months.length > 0 ? months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return !candidates.some((m) => days.some((d) => Math.abs(d) <= (MONTH_DAYS[m - 1] ?? 31)));
}

function overlaps(o: Occurrence, window: { start: number; end: number }): boolean {
  const start = o.start.getTime();
  const end = o.end.getTime();
  if (end === start) return start >= window.start && start < window.end;
  return start < window.end && end > window.start;
}

