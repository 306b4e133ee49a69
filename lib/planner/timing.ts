// When a prompt is ideal, and until when it is still worth showing.
import type { PromptType, ScheduleEvent, ScheduleSettings } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Events that ended longer ago than this are out of the plan. It is longer
 * than the feedback window so that a reflection prompt slept through is
 * still seen, and logged as missed, by the first run after waking (the
 * feeds keep a day of past events).
 */
export const PAST_HORIZON_MS = 24 * HOUR;
/** Prompts ideally due further ahead than this are planned on a later run. */
export const FUTURE_HORIZON_MS = 8 * 24 * HOUR;
/** The affirmation takes about this long, so its prompt must come at least this early. */
export const AFFIRM_EXERCISE_MS = 15 * MINUTE;
/** A rehearsal needs this much time left before the event to be worth offering. */
const REHEARSE_MIN_LEFT_MS = 2 * HOUR;
/** After-event feedback stops being worth asking for this long after the end. */
export const FEEDBACK_WINDOW_MS = 12 * HOUR;

/** Tie-break order for prompts due at the same moment. */
export const PROMPT_ORDER: Record<PromptType, number> = { rehearse: 0, affirm: 1, ready: 2, feedback: 3 };

/** `<prompt type>|<event key>`: stable across runs, so shown and snoozed prompts are recognised. */
export function triggerId(type: PromptType, eventKey: string): string {
  return `${type}|${eventKey}`;
}

/** The time from the lead time alone: before the start, or after the end for feedback. */
export function idealTime(type: PromptType, event: Pick<ScheduleEvent, 'start' | 'end'>, settings: ScheduleSettings): number {
  const lead = settings.prompts[type].minutes * MINUTE;
  return type === 'feedback' ? event.end + lead : event.start - lead;
}

/** Whether a prompt shown at `at` still serves its purpose. */
export function isUseful(type: PromptType, at: number, event: { start: number; end: number }): boolean {
  switch (type) {
    case 'rehearse':
      return at <= event.start - REHEARSE_MIN_LEFT_MS;
    case 'affirm':
      return at <= event.start - AFFIRM_EXERCISE_MS;
    case 'ready':
      return at < event.start;
    case 'feedback':
      return at <= event.end + FEEDBACK_WINDOW_MS;
  }
}

/** Whether a local clock time (minutes after midnight) is in quiet hours. */
export function inQuietHours(minutes: number, quiet: ScheduleSettings['quietHours']): boolean {
  if (!quiet || quiet.start === quiet.end) return false;
  return quiet.start < quiet.end
    ? minutes >= quiet.start && minutes < quiet.end
    : minutes >= quiet.start || minutes < quiet.end;
}
