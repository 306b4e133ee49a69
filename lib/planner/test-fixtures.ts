// Builders for the schedule tests: an event or an input with everything not
// under test at a harmless default.
import { DEFAULT_KEYWORD_RULES } from './detect';
import { DEFAULT_SCHEDULE_SETTINGS, type PlanInput, type ScheduleEvent, type ScheduleSettings } from './types';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** An instant from a Berlin summer-time wall clock: `berlin('14:00')` is 2025-06-10 (a Tuesday) at 14:00. */
export function berlin(hhmm: string, date = '2025-06-10'): number {
  return Date.parse(`${date}T${hhmm}:00+02:00`);
}

export function event(key: string, title: string, start: number, end: number, extra: Partial<ScheduleEvent> = {}): ScheduleEvent {
  return { key, title, start, end, allDay: false, cancelled: false, transparent: false, declined: false, ...extra };
}

/**
 * The defaults, less the day-before rehearsal: most cases look at the three
 * prompts close to the event, and the rehearsal has cases of its own.
 */
export const TEST_SETTINGS: ScheduleSettings = {
  ...DEFAULT_SCHEDULE_SETTINGS,
  prompts: { ...DEFAULT_SCHEDULE_SETTINGS.prompts, rehearse: { ...DEFAULT_SCHEDULE_SETTINGS.prompts.rehearse, enabled: false } },
};

export function settings(extra: Partial<ScheduleSettings> = {}): ScheduleSettings {
  return { ...TEST_SETTINGS, ...extra };
}

export function planInput(extra: Partial<PlanInput> = {}): PlanInput {
  return {
    events: [],
    tags: [],
    rules: DEFAULT_KEYWORD_RULES,
    moments: [],
    settings: TEST_SETTINGS,
    fired: {},
    snoozed: {},
    now: berlin('08:00'),
    timeZone: 'Europe/Berlin',
    ...extra,
  };
}
