// The just-in-time planner: from events, tags, rules, moments and settings to
// the prompts to show and when. Pure: the background stores its answer and
// turns it into alarms; running it again with the same input gives the same plan.
import { detectHighStakes, momentToEvent } from './detect';
import { localDayNumber, localMinutes, localWeekday } from './local-time';
import { idealTime, inQuietHours, isUseful, PROMPT_ORDER, PAST_HORIZON_MS, FUTURE_HORIZON_MS, triggerId } from './timing';
import {
  PROMPT_TYPES,
  type HighStakesEvent,
  type Plan,
  type PlanInput,
  type PlannedTrigger,
  type ScheduleEvent,
  type UnavailableTrigger,
} from './types';

export {
  AFFIRM_EXERCISE_MS,
  FEEDBACK_WINDOW_MS,
  FUTURE_HORIZON_MS,
  PAST_HORIZON_MS,
  inQuietHours,
  isUseful,
  triggerId,
} from './timing';
export { snoozeChoices, type SnoozeChoice, type SnoozeChoiceId } from './snooze';


/** Whether an event keeps the user from reading a prompt while it runs. */
function makesBusy(event: ScheduleEvent): boolean {
  return !event.allDay && !event.transparent && !event.cancelled && !event.declined && event.end > event.start;
}

/**
 * The first time from `at` on that no busy event (other than `ownKey`) covers.
 * Each step lands on the end of an event covering `at`, which never covers it
 * again, so there are at most as many steps as events.
 */
function afterBusy(at: number, busy: readonly ScheduleEvent[], ownKey: string): number {
  for (let step = 0; step <= busy.length; step++) {
    let next = at;
    for (const e of busy) {
      if (e.key !== ownKey && e.start <= at && at < e.end && e.end > next) next = e.end;
    }
    if (next === at) return at;
    at = next;
  }
  return at;
}

type Decision =
  | { ok: true; trigger: PlannedTrigger }
  | { ok: false; unavailable: UnavailableTrigger };

function decide(
  hs: HighStakesEvent,
  type: PlannedTrigger['type'],
  input: PlanInput,
  busy: readonly ScheduleEvent[],
): Decision | undefined {
  const { event } = hs;
  const { now, settings, timeZone } = input;
  const id = triggerId(type, event.key);
  if (input.fired[id] !== undefined) return undefined;
  const idealAt = idealTime(type, event, settings);
  if (idealAt > now + FUTURE_HORIZON_MS) return undefined;

  const unavailable = (at: number, reason: UnavailableTrigger['reason']): Decision => ({
    ok: false,
    unavailable: { id, type, eventKey: event.key, kind: hs.kind, at, reason },
  });

  let at = idealAt;
  let moved: PlannedTrigger['moved'];
  let late = false;
  const snoozedUntil = input.snoozed[id];
  if (snoozedUntil !== undefined) {
    // The user picked this time: it is not moved off busy events.
    if (!isUseful(type, snoozedUntil, event)) return unavailable(snoozedUntil, 'snoozed');
    at = Math.max(snoozedUntil, now);
    if (!isUseful(type, at, event)) return unavailable(snoozedUntil, 'missed');
    moved = 'snoozed';
  } else {
    if (at < now) {
      // Added late, or the computer slept through it: now, if it still helps.
      if (!isUseful(type, now, event)) return unavailable(idealAt, 'missed');
      at = now;
      moved = 'late';
      late = true;
    }
    // From `now` rather than the ideal time when late: a due prompt should
    // not pop up in the middle of the meeting the user is in right now.
    const free = afterBusy(at, busy, event.key);
    if (free !== at) {
      if (!isUseful(type, free, event)) return unavailable(free, 'busy');
      at = free;
      moved = 'busy';
    }
  }

  // Quiet hours drop a prompt rather than move it: a ping in the evening or at
  // 7:00 sharp feels intrusive, and predictable silence is the promise made.
  if (inQuietHours(localMinutes(at, timeZone), settings.quietHours)) return unavailable(at, 'quiet-hours');
  if (!settings.days.includes(localWeekday(at, timeZone))) return unavailable(at, 'day-off');

  const trigger: PlannedTrigger = {
    id,
    type,
    eventKey: event.key,
    eventTitle: event.title,
    eventStart: event.start,
    eventEnd: event.end,
    kind: hs.kind,
    at,
    idealAt,
  };
  if (moved) trigger.moved = moved;
  if (late) trigger.late = true;
  return { ok: true, trigger };
}

function byAtThenId(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Keeps at most `dailyCap` prompts per local day, shown ones included, earliest first. */
function applyDailyCap(
  candidates: PlannedTrigger[],
  input: PlanInput,
): { kept: PlannedTrigger[]; capped: UnavailableTrigger[] } {
  const perDay = new Map<number, number>();
  const count = (day: number) => perDay.get(day) ?? 0;
  for (const shownAt of input.shownAt ?? Object.values(input.fired)) {
    const day = localDayNumber(shownAt, input.timeZone);
    perDay.set(day, count(day) + 1);
  }
  const ordered = [...candidates].sort(
    (a, b) =>
      a.at - b.at ||
      PROMPT_ORDER[a.type] - PROMPT_ORDER[b.type] ||
      (a.eventKey < b.eventKey ? -1 : a.eventKey > b.eventKey ? 1 : 0),
  );
  const kept: PlannedTrigger[] = [];
  const capped: UnavailableTrigger[] = [];
  for (const t of ordered) {
    // A snoozed prompt was counted when it was first shown.
    if (t.moved === 'snoozed') {
      kept.push(t);
      continue;
    }
    const day = localDayNumber(t.at, input.timeZone);
    if (count(day) >= input.settings.dailyCap) {
      capped.push({ id: t.id, type: t.type, eventKey: t.eventKey, kind: t.kind, at: t.at, reason: 'daily-cap' });
    } else {
      perDay.set(day, count(day) + 1);
      kept.push(t);
    }
  }
  return { kept, capped };
}

/** Busy events: the calendar's, and moments that last a while. */
function busyEvents(input: PlanInput): ScheduleEvent[] {
  return [...input.events, ...input.moments.map(momentToEvent)].filter(makesBusy);
}

export function plan(input: PlanInput): Plan {
  const highStakes = detectHighStakes(input.events, input.tags, input.rules, input.moments);
  const busy = busyEvents(input);
  const candidates: PlannedTrigger[] = [];
  const unavailable: UnavailableTrigger[] = [];
  for (const hs of highStakes) {
    if (hs.event.end < input.now - PAST_HORIZON_MS) continue;
    for (const type of PROMPT_TYPES) {
      if (!input.settings.prompts[type].enabled) continue;
      const decision = decide(hs, type, input, busy);
      if (!decision) continue;
      if (decision.ok) candidates.push(decision.trigger);
      else unavailable.push(decision.unavailable);
    }
  }
  const { kept, capped } = applyDailyCap(candidates, input);
  unavailable.push(...capped);
  return { triggers: kept.sort(byAtThenId), unavailable: unavailable.sort(byAtThenId) };
}

/**
 * The high-stakes event that starts soonest among those not over yet (one
 * under way counts), for lines like "Quarterly review in 42 min".
 */
export function nextHighStakes(
  input: Pick<PlanInput, 'events' | 'tags' | 'rules' | 'moments'>,
  now: number,
): HighStakesEvent | undefined {
  let next: HighStakesEvent | undefined;
  for (const hs of detectHighStakes(input.events, input.tags, input.rules, input.moments)) {
    const { start, end, key } = hs.event;
    // A moment without a duration ends as it starts; it is still ahead until then.
    if (end <= now && start < now) continue;
    if (!next || start < next.event.start || (start === next.event.start && key < next.event.key)) next = hs;
  }
  return next;
}
