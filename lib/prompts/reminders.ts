// Reminders that are not about a calendar event: the confidence check (a
// baseline, the same ratings again about four weeks later, then at the
// user's interval), each day of a goal ladder under way, and, when the user
// asks for it, a weekly nudge to reach out to a supporter. Pure: the engine
// gives them what is stored and the time, shows the ones due (each once, as
// it does prompts) and sets a wake-up for the next.
import { actionsDone, actionsOf, allActions, climbingStep, dayOf, PROTOCOL_DAYS, stageOf, STAGES, stepSplit, type Goal, type Stage } from '../goals/model';
import { localDay } from '../time/days';
import { currentTask } from '../program/progress';
import type { ProgramState } from '../program/state';
import { localDayNumber, localTimeOn } from '../planner/local-time';
import { DISCREET_WORDS, type PromptWords } from './words';

export const SELF_CHECK_REMINDER = 'selfcheck';
export const GOAL_REMINDER = 'goal:';
export const SUPPORTERS_REMINDER = 'supporters';
export const PROGRAM_REMINDER = 'program';

export interface Reminder {
  /** The reminder and its due time: shown once per id ("selfcheck@<due>", "goal:<goal id>@<day>"). */
  id: string;
  /** Its wake-up alarm: one per thing reminded of. */
  alarm: string;
  at: number;
  words: PromptWords;
}

const DAY = 24 * 3_600_000;
/** A goal's reminder missed while the browser was closed still makes sense later that day, not the next. */
const GOAL_REMINDER_STALE_MS = 12 * 3_600_000;

/** A baseline skipped on the welcome page is asked for on day 2, still within the plan's first two days. */
const BASELINE_AFTER_DAYS = 1;
/** The second check comes 25 days after the baseline: day 26 or 27 of the plan, when it asks for the same ratings again. */
const RERATE_AFTER_DAYS = 25;

const SELF_CHECK_WORDS = {
  baseline: {
    title: 'Where are you starting from?',
    message: 'Four quick ratings of your confidence today, to look back on later.',
  },
  rerate: {
    title: 'Four weeks in: the same four ratings again?',
    message: 'Rate them once more and see how they compare with where you started.',
  },
  regular: {
    title: 'A minute for your confidence check?',
    message: 'Four quick ratings, to see how your sense of what you can do is changing.',
  },
} satisfies Record<string, PromptWords>;

export interface SelfChecksTaken {
  /** How many checks there are, counted up to 2 (no more is needed). */
  count: number;
  /** When the newest was taken. */
  last: number | undefined;
}

/**
 * The next confidence check. The first is the baseline: a day after Primed
 * started, for one skipped on the welcome page. The second re-rates the same
 * questions 25 days after the baseline. From then on, `days` after the last.
 * None when the user turned them off.
 */
export function selfCheckReminder(days: number | null, taken: SelfChecksTaken, since: number): Reminder | undefined {
  if (days === null) return undefined;
  const [at, words] =
    taken.last === undefined || taken.count === 0
      ? [since + BASELINE_AFTER_DAYS * DAY, SELF_CHECK_WORDS.baseline]
      : taken.count === 1
        ? [taken.last + RERATE_AFTER_DAYS * DAY, SELF_CHECK_WORDS.rerate]
        : [taken.last + days * DAY, SELF_CHECK_WORDS.regular];
  return { id: `${SELF_CHECK_REMINDER}@${at}`, alarm: SELF_CHECK_REMINDER, at, words };
}

/** The moment of day `day` of a goal: the time of day it was written down, as the clock on the wall shows it. */
export function goalDayAt(goal: Goal, day: number): number {
  const at = new Date(goal.createdAt);
  at.setDate(at.getDate() + day - 1);
  return at.getTime();
}

/** Whether a day of the protocol still has its task to do: nobody is nudged to do what is done already. */
function behindOn(goal: Goal, day: number): boolean {
  const stage = STAGES.indexOf(stageOf(goal));
  const before = (s: Stage) => stage <= STAGES.indexOf(s);
  if (day === 2) return before('steps');
  if (day === 3) return before('micro');
  if (day < PROTOCOL_DAYS) return before('act') && actionsDone(goal) < day - 3;
  return before('reflect');
}

/** The step's next micro-action, and what the ladder asks once it is done: what was done; after the second, confidence; after the third, how the step feels. */
function nextActionWords(goal: Goal, step: number): string {
  const actions = actionsOf(goal, step);
  const index = actions.findIndex((a) => a.doneAt === undefined && a.text.trim());
  const next = actions[index];
  if (!next) return 'Today: one micro-action, then a few words on what you did.';
  const then = index === 1 ? 'then how sure you feel now' : index === 2 ? `then how ${step === 0 ? 'the first step' : `step ${step + 1}`} feels now` : 'then a few words on what you did';
  return `Today: one micro-action, “${next.text.trim()}”${next.minutes ? ` (${next.minutes} min)` : ''}, ${then}.`;
}

function goalWords(goal: Goal, day: number): PromptWords {
  const title = `Day ${day} of your goal ladder`;
  if (day === 2) return { title, message: 'Today: break your goal into seven to ten small steps.' };
  if (day === 3) return { title, message: 'Today: split the first step into three micro-actions of under ten minutes.' };
  if (day < PROTOCOL_DAYS) return { title, message: nextActionWords(goal, 0) };
  return { title, message: 'Today: look back on your week, and write down what it showed you.' };
}

/** After the week, a ladder left alone this many days stops reminding: it waits, on the goals page, for the user to come back. */
const CLIMB_QUIET_AFTER_DAYS = 7;

/**
 * For each goal ladder under way, the reminder due now and the next one to
 * wake for, at the time of day it was begun: in the first week, days 2 to 7
 * while that day's task is not done yet; after it, one a day while a step
 * is being climbed, skipping a day that already saw a check-off. Discreet
 * notifications name no goal.
 */
export function goalReminders(goals: readonly Goal[], now: number, discreet: boolean): Reminder[] {
  return goals.flatMap((goal) => {
    // A goal never written down (a new one left empty) has nothing to remind of.
    if (!goal.title.trim()) return [];
    const week = stageOf(goal) !== 'done';
    if (week && dayOf(goal, now) > PROTOCOL_DAYS + 1) return [];
    const days = week ? weekDays(goal) : climbDays(goal, now);
    const at = (day: number) => goalDayAt(goal, day);
    const due = days.filter((day) => at(day) <= now && at(day) > now - GOAL_REMINDER_STALE_MS).at(-1);
    const next = days.find((day) => at(day) > now);
    const words = (day: number) => (discreet ? DISCREET_WORDS : week ? goalWords(goal, day) : climbWords(goal));
    return [due, next].flatMap((day) =>
      day === undefined ? [] : [{ id: `${GOAL_REMINDER}${goal.id}@${day}`, alarm: `${GOAL_REMINDER}${goal.id}`, at: at(day), words: words(day) }],
    );
  });
}

function weekDays(goal: Goal): number[] {
  return Array.from({ length: PROTOCOL_DAYS - 1 }, (_, i) => i + 2).filter((day) => behindOn(goal, day));
}

/** The days around now that a step being climbed after the week is reminded of. */
function climbDays(goal: Goal, now: number): number[] {
  if (climbingStep(goal) === undefined) return [];
  const progress = Math.max(goal.finishedAt ?? 0, ...allActions(goal).map((a) => a.doneAt ?? 0));
  const today = dayOf(goal, now);
  return [today - 1, today, today + 1].filter((day) => {
    if (day <= PROTOCOL_DAYS) return false;
    const at = goalDayAt(goal, day);
    const since = localDay(at) - localDay(progress);
    return since >= 1 && since <= CLIMB_QUIET_AFTER_DAYS;
  });
}

function climbWords(goal: Goal): PromptWords {
  const step = climbingStep(goal) ?? 0;
  const title = `Step ${step + 1} of your goal ladder`;
  if (!stepSplit(goal, step)) return { title, message: 'Today: split the step into three micro-actions of under ten minutes.' };
  return { title, message: nextActionWords(goal, step) };
}

const WEEK = 7 * DAY;

const SUPPORTERS_WORDS: PromptWords = {
  title: 'Time to check in with someone?',
  message: 'A few minutes to reach out to one of the people in your corner.',
};

/**
 * The weekly check-in with a supporter, when the user turned it on: a week
 * after they last reached out (or after Primed started), then every week on
 * the same beat, so a late week does not push the rhythm around. The one due
 * now, if any, and the next.
 */
export function supportersReminders(on: boolean, lastReachOut: number | undefined, since: number, now: number): Reminder[] {
  if (!on) return [];
  const anchor = lastReachOut ?? since;
  const weeks = Math.floor((now - anchor) / WEEK);
  const slot = (n: number): Reminder => {
    const at = anchor + n * WEEK;
    return { id: `${SUPPORTERS_REMINDER}@${at}`, alarm: SUPPORTERS_REMINDER, at, words: SUPPORTERS_WORDS };
  };
  return weeks >= 1 ? [slot(weeks), slot(weeks + 1)] : [slot(1)];
}

interface ProgramReminderContext {
  timeZone: string;
  discreet: boolean;
  /** Today's prompts already reached the daily cap: the reminder due now waits for tomorrow's. */
  capReached: boolean;
}

/**
 * The 30-day program's daily reminder at the user's time, in their zone:
 * the one due now (missed while the browser was closed, still that day) and
 * the next. None while it is paused, once it is finished, or with the
 * reminder off; a day on which a task was done already is skipped, so
 * nobody is nudged for what they did. It names the task, never how long
 * the user was away.
 */
export function programReminders(state: ProgramState, now: number, { timeZone, discreet, capReached }: ProgramReminderContext): Reminder[] {
  const task = currentTask(state);
  const { startedAt, remindAt } = state;
  if (startedAt === undefined || state.pausedAt !== undefined || !task || !remindAt) return [];
  const [hours = 0, minutes = 0] = remindAt.split(':').map(Number);
  const slot = (days: number) => localTimeOn(now + days * DAY, hours * 60 + minutes, timeZone);
  const doneThatDay = (at: number) => state.done.some((d) => localDayNumber(d.at, timeZone) === localDayNumber(at, timeZone));
  const open = (at: number) => at > startedAt && !doneThatDay(at);
  const words = discreet ? DISCREET_WORDS : { title: `Day ${task.day} of your 30 days`, message: task.text };
  const reminder = (at: number): Reminder => ({ id: `${PROGRAM_REMINDER}@${at}`, alarm: PROGRAM_REMINDER, at, words });
  const due = [slot(0), slot(-1)].find((at) => at <= now && at > now - GOAL_REMINDER_STALE_MS && open(at));
  const next = [slot(0), slot(1), slot(2)].find((at) => at > now && open(at));
  return [...(due !== undefined && !capReached ? [reminder(due)] : []), ...(next !== undefined ? [reminder(next)] : [])];
}
