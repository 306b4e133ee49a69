// Time zones without the calendar engine: the system's zone, and a zone's
// offset from UTC at an instant (read through Intl), which both the calendar
// engine and the prompt planner build on.
export function runtimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// Building a DateTimeFormat is far slower than using one; the calendar engine
// and the planner read offsets thousands of times per run.
const formatters = new Map<string, { format: Intl.DateTimeFormat; plain: boolean }>();

function formatter(timeZone: string): { format: Intl.DateTimeFormat; plain: boolean } {
  let f = formatters.get(timeZone);
  if (!f) {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    // format() is several times faster than formatToParts(), but its layout
    // is the runtime's to choose: it is read only where it agrees with the
    // parts on instants either side of year 1 and of today.
    const probes = [0, 1_700_000_000_000, -62_200_000_000_000, 4_102_444_800_000];
    f = { format, plain: probes.every((ms) => { const fast = fromPlain(format.format(ms)); return fast !== undefined && fast === fromParts(format.formatToParts(ms)); }) };
    formatters.set(timeZone, f);
  }
  return f;
}

const QUARTER_HOUR = 15 * 60_000;

/**
 * Offsets already measured, per quarter hour. Clock changes in the time zone
 * database happen on quarter hours (offsets are whole quarter hours since the
 * 1970s), so no slot straddles one. Each expansion brings its own, so nothing
 * carries over from one feed or call to the next.
 */
export type OffsetCache = Map<string, number>;

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetAt(utcMs: number, timeZone: string, cache?: OffsetCache): number {
  if (!cache) return measureOffset(utcMs, timeZone);
  const key = `${timeZone}|${Math.floor(utcMs / QUARTER_HOUR)}`;
  let offset = cache.get(key);
  if (offset === undefined) {
    offset = measureOffset(utcMs, timeZone);
    cache.set(key, offset);
  }
  return offset;
}

function measureOffset(utcMs: number, timeZone: string): number {
  const f = formatter(timeZone);
  const wall = (f.plain ? fromPlain(f.format.format(utcMs)) : undefined) ?? fromParts(f.format.formatToParts(utcMs));
  const whole = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return wall - whole;
}

/** A wall time read as if in UTC, in milliseconds. */
function wallMs(year: number, month: number, day: number, hour: number, minute: number, second: number, bc: boolean): number {
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function fromParts(parts: Intl.DateTimeFormatPart[]): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year': year = Number(p.value); break;
      case 'month': month = Number(p.value); break;
      case 'day': day = Number(p.value); break;
      case 'hour': hour = Number(p.value); break;
      case 'minute': minute = Number(p.value); break;
      case 'second': second = Number(p.value); break;
      case 'era': bc = p.value.startsWith('B'); break;
    }
  }
  return wallMs(year, month, day, hour, minute, second, bc);
}

/** "11/25/2026 AD, 20:40:13" (month, day, year, era, hour, minute, second); undefined for any other layout. */
function fromPlain(text: string): number | undefined {
  const numbers = [0, 0, 0, 0, 0, 0];
  let count = 0;
  let inNumber = false;
  let era = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!inNumber) {
        if (count === 6) return undefined;
        count++;
        inNumber = true;
      }
      numbers[count - 1] = numbers[count - 1]! * 10 + (c - 48);
    } else {
      inNumber = false;
      if ((c === 65 || c === 66) && era === '' && count === 3) era = c === 66 ? 'BC' : 'AD';
    }
  }
  if (count !== 6 || era === '') return undefined;
  const [month, day, year, hour, minute, second] = numbers as [number, number, number, number, number, number];
  return wallMs(year, month, day, hour, minute, second, era === 'BC');
}
