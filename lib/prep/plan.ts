// A prep plan for one event: four graded rehearsals, each a little closer to
// the real thing, spread over the days before it. Pure: the page and the
// store only wire these to the browser.
import { newWin, type WinEntry } from '../wins/model';
import { localDay } from '../time/days';
import { Timestamp } from '../time/timestamp';
import { EVENT_TEXT_MAX, KEY_MAX } from '../limits';
import { z } from '../zod';

/** Graded from the easiest to the closest to the real thing; mental rehearsal last, the day before (as its prompt is). */
const PREP_STEPS = ['aloud', 'record', 'mock', 'mental'] as const;
export type PrepStepId = (typeof PREP_STEPS)[number];

/** The most days between two steps: a plan made weeks ahead still ends with a short run of practice. */
const MAX_GAP_DAYS = 2;

const Key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));
const Day = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= localDay(Date.UTC(2200, 0, 1)), 'a calendar day'));

export const PrepStep = z.object({
  id: z.enum(PREP_STEPS),
  /** The local calendar day it is planned for (days since 1970-01-01, see lib/time/days). */
  day: Day,
  /** When it was checked off, and the win that logged it. */
  doneAt: z.optional(Timestamp),
  winId: z.optional(Key),
});
export type PrepStep = z.infer<typeof PrepStep>;

/** One plan per event, stored under the event's key. */
export const PrepPlan = z.object({
  v: z.literal(1),
  kind: z.literal('prep-plan'),
  eventKey: Key,
  /** The event as it was when the plan was made, so the plan still reads after the calendar drops it. */
  eventTitle: z.string().check(z.maxLength(EVENT_TEXT_MAX)),
  eventStart: Timestamp,
  steps: z.array(PrepStep).check(z.length(PREP_STEPS.length)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PrepPlan = z.infer<typeof PrepPlan>;

/** Whole calendar days from `now` to the event's day: 0 when it is today (or already began). */
export function daysLeft(eventStart: number, now: number): number {
  return Math.max(0, localDay(eventStart) - localDay(now));
}

/**
 * Which day (counted from today, 0) each step falls on, given the days left.
 * The last step lands on the day before the event (today when there is no
 * day before), the others before it at most MAX_GAP_DAYS apart, never
 * before today; with little time, steps share a day.
 */
export function scheduleOffsets(days: number): number[] {
  const last = Math.max(0, Math.floor(days) - 1);
  const gap = Math.min(MAX_GAP_DAYS, last / (PREP_STEPS.length - 1));
  return PREP_STEPS.map((_, i) => last - Math.round((PREP_STEPS.length - 1 - i) * gap));
}

export function newPlan(event: { key: string; title: string; start: number }, now: number): PrepPlan {
  const today = localDay(now);
  const offsets = scheduleOffsets(daysLeft(event.start, now));
  return {
    v: 1,
    kind: 'prep-plan',
    eventKey: event.key,
    eventTitle: event.title.slice(0, EVENT_TEXT_MAX),
    eventStart: event.start,
    steps: PREP_STEPS.map((id, i) => ({ id, day: today + (offsets[i] ?? 0) })),
    createdAt: now,
    updatedAt: now,
  };
}

const WIN_WORDS: Record<PrepStepId, (title: string) => string> = {
  aloud: (title) => `Said my answer out loud for ${title}`,
  record: (title) => `Recorded myself and watched it back for ${title}`,
  mock: (title) => `Did a mock run with someone for ${title}`,
  mental: (title) => `Rehearsed ${title} in my head, step by step`,
};

/** What the win for a step says, naming the event (or "it" when the event has no title). */
export function winText(step: PrepStepId, eventTitle: string): string {
  return WIN_WORDS[step](eventTitle.trim() || 'it');
}

/** Checks a step off: the plan records when, and a win linked to the event is logged. The caller saves both in one write. */
export function checkOffStep(plan: PrepPlan, stepId: PrepStepId, now: number): { plan: PrepPlan; win: WinEntry } {
  const step = plan.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`No step ${stepId} in this plan`);
  if (step.doneAt !== undefined) throw new Error('This step is already checked off');
  const win: WinEntry = { ...newWin(winText(stepId, plan.eventTitle), now), eventKey: plan.eventKey, eventTitle: plan.eventTitle };
  const steps = plan.steps.map((s) => (s.id === stepId ? { ...s, doneAt: now, winId: win.id } : s));
  return { plan: { ...plan, steps, updatedAt: now }, win };
}

/** Takes a check back: the plan forgets it; the caller removes the returned win in the same write, unless the user has edited it since. */
export function uncheckStep(plan: PrepPlan, stepId: PrepStepId, now: number): { plan: PrepPlan; winId: string | undefined } {
  const step = plan.steps.find((s) => s.id === stepId);
  const steps = plan.steps.map((s) => (s.id === stepId ? { id: s.id, day: s.day } : s));
  return { plan: { ...plan, steps, updatedAt: now }, winId: step?.winId };
}

export function stepsDone(plan: PrepPlan): number {
  return plan.steps.filter((s) => s.doneAt !== undefined).length;
}
