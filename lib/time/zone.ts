// Time zones without the calendar engine: the system's zone, and a zone's
// offset from UTC at an instant (read through Intl), which both the calendar
// engine and the prompt planner build on.
export function runtimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

// Building a DateTimeFormat is far slower than using one; the calendar engine
// and the planner read offsets thousands of times per run.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
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
  const parts = formatter(timeZone).formatToParts(utcMs);
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
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  const whole = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return d.getTime() - whole;
}

