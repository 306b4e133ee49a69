// Reading what a user typed for a new moment (the options page and the popup
// both offer the form).
const MINUTE = 60_000;

/** A moment may start a little in the past: the user may be typing it as it begins. */
export const MOMENT_PAST_SLACK_MS = 5 * MINUTE;

export type MomentField = 'title' | 'when' | 'duration';
export type MomentProblem = 'title' | 'title-long' | 'when' | 'past' | 'duration';

export type MomentInput =
  | { ok: true; title: string; start: number; durationMinutes?: number }
  | { ok: false; field: MomentField; problem: MomentProblem };

/** A whole number in [min, max] from a field's text, or null. */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * An <input type="datetime-local"> value as epoch ms, read in the runtime's
 * zone: the wall-clock time the user typed. In a daylight-saving gap the
 * clock time does not exist, and Date moves it forward, as clocks do.
 */
export function parseLocalDateTime(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes);
  // 31 February rolls over into March: not what was typed.
  if (date.getDate() !== day) return null;
  return date.getTime();
}

/** An instant as an <input type="datetime-local"> value in the runtime's zone, to the minute. */
export function toLocalDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function readMomentForm(form: { title: string; when: string; duration: string }, now: number): MomentInput {
  const title = form.title.trim();
  if (!title) return { ok: false, field: 'title', problem: 'title' };
  if (title.length > 200) return { ok: false, field: 'title', problem: 'title-long' };
  const start = parseLocalDateTime(form.when);
  if (start === null) return { ok: false, field: 'when', problem: 'when' };
  if (start < now - MOMENT_PAST_SLACK_MS) return { ok: false, field: 'when', problem: 'past' };
  if (form.duration.trim() === '') return { ok: true, title, start };
  const durationMinutes = parseWholeNumber(form.duration, 1, 24 * 60);
  if (durationMinutes === null) return { ok: false, field: 'duration', problem: 'duration' };
  return { ok: true, title, start, durationMinutes };
}
