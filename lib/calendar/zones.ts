// Turning a wall-clock time in some zone into an instant. Zones come from the
// IANA database the runtime ships (through Intl), under their IANA names or
// Outlook's Windows names, else from the file's own VTIMEZONE.
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { offsetAt, type OffsetCache } from '../time/zone';

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
    let best: number | undefined;
    for (const offset of before === after ? [before] : [before, after]) {
      const candidate = local - offset;
      if (offsetAt(candidate, timeZone, cache) === offset && (best === undefined || candidate < best)) best = candidate;
    }
    return best ?? local - before;
  };
}

const validIana = new Map<string, boolean>();

export function isIanaZone(name: string): boolean {
  let ok = validIana.get(name);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      ok = true;
    } catch {
      ok = false;
    }
    validIana.set(name, ok);
  }
  return ok;
}

/** The zone the runtime is in. */

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
