// The "remind me later" choices a prompt offers. Only choices after which the
// prompt still serves its purpose are offered, so a snooze is never a silent drop.
import { localMinutes, localTimeOn } from './local-time';
import { inQuietHours, isUseful } from './timing';
import type { PlannedTrigger, ScheduleSettings } from './types';

const MINUTE = 60_000;

const SNOOZE_MINUTES = [2, 5, 10, 15, 30] as const;
export type SnoozeChoiceId = `min-${(typeof SNOOZE_MINUTES)[number]}` | 'hour' | 'evening';

export interface SnoozeChoice {
  /** Also the key of the label to show. */
  id: SnoozeChoiceId;
  /** For the "in N minutes" and "in 1 hour" choices. */
  minutes?: number;
  until: number;
}

/** "This evening" is 19:00 local time, offered until 18:30 so that it is not almost now. */
const EVENING = 19 * 60;
const EVENING_MIN_WAIT = 30 * MINUTE;
/** Quiet hours usually start here; an "evening" past it would not be one. */
const EVENING_LATEST = 22 * 60;

/** The choices a prompt offers; with quiet hours given, none that would land in them (it would be dropped there). */
export function snoozeChoices(
  trigger: Pick<PlannedTrigger, 'type' | 'eventStart' | 'eventEnd'>,
  now: number,
  timeZone: string,
  quietHours: ScheduleSettings['quietHours'] = null,
): SnoozeChoice[] {
  return allChoices(trigger, now, timeZone).filter((c) => !inQuietHours(localMinutes(c.until, timeZone), quietHours));
}

function allChoices(
  trigger: Pick<PlannedTrigger, 'type' | 'eventStart' | 'eventEnd'>,
  now: number,
  timeZone: string,
): SnoozeChoice[] {
  const event = { start: trigger.eventStart, end: trigger.eventEnd };
  if (trigger.type !== 'feedback') {
    // Before the event: short delays only, ending before it starts, and for
    // the affirmation with its 15 minutes still ahead.
    return SNOOZE_MINUTES.filter((m) => isUseful(trigger.type, now + m * MINUTE, event)).map((m) => ({
      id: `min-${m}` as const,
      minutes: m,
      until: now + m * MINUTE,
    }));
  }
  // Past the feedback window the snoozed prompt would be dropped, so that is not offered.
  const choices: SnoozeChoice[] = [];
  const inAnHour = now + 60 * MINUTE;
  if (isUseful('feedback', inAnHour, event)) choices.push({ id: 'hour', minutes: 60, until: inAnHour });
  const evening = localTimeOn(now, EVENING, timeZone);
  if (evening >= now + EVENING_MIN_WAIT && isUseful('feedback', evening, event) && localMinutes(evening, timeZone) < EVENING_LATEST) {
    choices.push({ id: 'evening', until: evening });
  }
  return choices;
}
