// Turning a wall-clock time in some zone into an instant. Zones come from the
// IANA database the runtime ships (through Intl), under their IANA names or
// Outlook's Windows names, else from the file's own VTIMEZONE.
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { offsetAt, type OffsetCache } from '../time/zone';
import { planRule } from './rules';

export { offsetAt, type OffsetCache };

export interface Wall {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Maps a wall-clock time to epoch milliseconds. */
export type Zone = (wall: Wall) => number;

export const utcZone: Zone = (w) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);

/** The wall-clock fields that utcZone maps to `ms`: wall-time arithmetic is done on these instants. */
export function wallAtUtc(ms: number): Wall {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const HOURS_14 = 14 * 3600_000;

/**
 * A wall time in an IANA zone. A time skipped by a clock change is read with
 * the offset from before the change, and a time that happens twice means the
 * first of the two (RFC 5545, 3.3.5).
 */
export function ianaZone(timeZone: string, cache: OffsetCache = new Map()): Zone {
  return (wall) => {
    const local = utcZone(wall);
    const before = offsetAt(local - HOURS_14, timeZone, cache);
    const after = offsetAt(local + HOURS_14, timeZone, cache);
    // No clock changes twice within 28 hours: with the same offset on both sides, it holds at the answer too.
    if (before === after) return local - before;
    let best: number | undefined;
    for (const offset of before === after ? [before] : [before, after]) {
      const candidate = local - offset;
      if (offsetAt(candidate, timeZone, cache) === offset && (best === undefined || candidate < best)) best = candidate;
    }
    return best ?? local - before;
  };
}

/** Whether the runtime knows an IANA zone of this name. Not remembered: a name comes from a feed, and nothing of a feed outlives its read. */
function isIanaZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA name for a TZID as calendars write it: an IANA name, a Windows name
 * ("W. Europe Standard Time"), an Outlook display name ("(UTC+01:00) Amsterdam,
 * Berlin, …"), or a vendor-prefixed path ("/mozilla.org/20050126_1/Europe/Berlin").
 */
export function ianaNameFor(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, '');
  if (!name) return undefined;
  if (/^(z|utc|gmt|etc\/utc|etc\/gmt|tzone:\/\/microsoft\/utc)$/i.test(name)) return 'UTC';
  if (isIanaZone(name)) return name;
  const windows = findIana(name)[0];
  if (windows && isIanaZone(windows)) return windows;
  // A path whose tail is an IANA name.
  const segments = name.split('/').filter(Boolean);
  for (let take = Math.min(3, segments.length); take >= 1; take--) {
    const tail = segments.slice(-take).join('/');
    if (isIanaZone(tail)) return tail;
  }
  // Outlook display names: "(UTC+01:00) Amsterdam, Berlin, …" — try the cities.
  const display = name.match(/^\(UTC([+-]\d\d):?(\d\d)?\)\s*(.*)$/i);
  if (display) {
    for (const city of display[3]!.split(/,\s*/)) {
      const found = zoneOfCity(city);
      if (found) return found;
    }
    const hours = Number(display[1]);
    const minutes = Number(display[2] ?? 0);
    if (minutes === 0) {
      // Etc/GMT signs are inverted: UTC+1 is Etc/GMT-1.
      const etc = hours === 0 ? 'UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
      if (isIanaZone(etc)) return etc;
    }
  }
  return undefined;
}

let cities: Map<string, string> | undefined;

/** "Berlin" → "Europe/Berlin", from the zones the runtime knows. */
function zoneOfCity(city: string): string | undefined {
  if (!cities) {
    cities = new Map();
    const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    for (const zone of supported) {
      const last = zone.split('/').pop();
      if (last && !cities.has(last.toLowerCase())) cities.set(last.toLowerCase(), zone);
    }
  }
  return cities.get(city.trim().replace(/\s+/g, '_').toLowerCase());
}

/** A zone from a VTIMEZONE component, through ical.js. */
export function vtimezoneZone(component: ICAL.Component): Zone {
  const tz = new ICAL.Timezone(component);
  return (wall) => {
    const time = ICAL.Time.fromData({ ...wall, isDate: false });
    const offsetSeconds = tz.utcOffset(time);
    return utcZone(wall) - offsetSeconds * 1000;
  };
}

/**
 * A VTIMEZONE that stops: some publishers (WordPress plugins among them)
 * write only the clock changes of the few years their events span, as fixed
 * DTSTARTs or as rules with an UNTIL. Past its last change such a zone would
 * stay on one offset for ever, an hour off for half of every later year.
 */
export interface TruncatedZone {
  /** The wall time of its last change, read as UTC: later wall times are beyond it. */
  endsAt: number;
  lastYear: number;
  /** The same zone with its last year's two changes repeated every year after. */
  extended: ICAL.Component;
  /** Its last two changes, as instants, and the offset each moves to (ms): to check another zone agrees. */
  lastChanges: Array<{ at: number; offset: number }>;
}

interface Onset {
  kind: 'standard' | 'daylight';
  wall: Wall;
  from: number;
  to: number;
  source: ICAL.Component;
  rule: ICAL.Recur | undefined;
}

/** Yearly rules of a VTIMEZONE are walked this far at most; a real one has a few dozen changes. */
const MAX_ONSETS = 2_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * Whether a VTIMEZONE stops, judged by its last year: a pair of changes
 * there, to summer time and back, means the zone was cut off rather than
 * that summer time ended (then the last year holds one change, or offsets
 * that do not mirror each other).
 */
export function truncatedZone(component: ICAL.Component): TruncatedZone | undefined {
  const onsets: Onset[] = [];
  const seen = new Set<string>();
  let steps = 0;
  for (const sub of component.getAllSubcomponents()) {
    const kind = sub.name;
    if (kind !== 'standard' && kind !== 'daylight') continue;
    const start = sub.getFirstPropertyValue('dtstart');
    const from = sub.getFirstPropertyValue('tzoffsetfrom');
    const to = sub.getFirstPropertyValue('tzoffsetto');
    if (!(start instanceof ICAL.Time) || !(from instanceof ICAL.UtcOffset) || !(to instanceof ICAL.UtcOffset)) return undefined;
    const add = (time: ICAL.Time, rule?: ICAL.Recur) => {
      const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
      const key = `${kind}|${utcZone(wall)}`;
      if (seen.has(key)) return;
      seen.add(key);
      onsets.push({ kind, wall, from: from.toSeconds() * 1000, to: to.toSeconds() * 1000, source: sub, rule });
    };
    add(start);
    for (const prop of sub.getAllProperties('rdate')) {
      for (const value of prop.getValues() as unknown[]) {
        if (value instanceof ICAL.Time) add(value);
        else if (value instanceof ICAL.Period) add(value.start);
      }
    }
    for (const prop of sub.getAllProperties('rrule')) {
      const rule = prop.getFirstValue() as ICAL.Recur;
      // A rule without an end carries the zone on by itself.
      if (!rule.until && !rule.count) return undefined;
      if (planRule(rule).kind !== 'iterate') return undefined;
      const iterator = rule.iterator(start);
      for (let next = iterator.next(); next; next = iterator.next()) {
        if (++steps > MAX_ONSETS) return undefined;
        add(next, rule);
      }
    }
  }
  if (onsets.length < 2) return undefined;
  onsets.sort((a, b) => utcZone(a.wall) - utcZone(b.wall));
  const last = onsets[onsets.length - 1]!;
  const lastYear = last.wall.year;
  const final = onsets.filter((o) => o.wall.year === lastYear);
  const daylight = final.find((o) => o.kind === 'daylight');
  const standard = final.find((o) => o.kind === 'standard');
  if (final.length !== 2 || !daylight || !standard) return undefined;
  if (daylight.to === standard.to || daylight.to !== standard.from || standard.to !== daylight.from) return undefined;

  const extended = new ICAL.Component(component.toJSON() as unknown as unknown[]);
  for (const onset of [daylight, standard]) {
    const sub = new ICAL.Component(onset.kind);
    sub.addPropertyWithValue('dtstart', ICAL.Time.fromData({ ...onset.wall, isDate: false }));
    for (const name of ['tzoffsetfrom', 'tzoffsetto', 'tzname']) {
      const prop = onset.source.getFirstProperty(name);
      if (prop) sub.addProperty(new ICAL.Property(prop.toJSON() as unknown as unknown[]));
    }
    sub.addPropertyWithValue('rrule', onset.rule ? openEnded(onset.rule) : yearlyRuleFor(onset.wall));
    extended.addSubcomponent(sub);
  }
  return {
    endsAt: utcZone(last.wall),
    lastYear,
    extended,
    lastChanges: [daylight, standard].map((o) => ({ at: utcZone(o.wall) - o.from, offset: o.to })),
  };
}

function openEnded(rule: ICAL.Recur): ICAL.Recur {
  const copy = rule.clone();
  copy.until = null;
  copy.count = null;
  return copy;
}

/** The yearly rule a change on this date follows: its weekday, the last of the month when it falls in the last seven days. */
function yearlyRuleFor(wall: Wall): ICAL.Recur {
  const weekday = WEEKDAYS[new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay()]!;
  const monthDays = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  const nth = wall.day > monthDays - 7 ? -1 : Math.ceil(wall.day / 7);
  return ICAL.Recur.fromString(`FREQ=YEARLY;BYMONTH=${wall.month};BYDAY=${nth}${weekday}`);
}
