// The goal ladder: the seven-day micro-success protocol. A goal the user has
// been putting off, rated for difficulty (a hard one is what the protocol is
// for, so the rating is kept, never argued with); split into 7 to 10 steps
// of about 3 to 4 in difficulty; the first step split into three
// micro-actions of under 10 minutes, one a day, each checked off with what
// was actually done (which logs a win), with a confidence rating after the
// second and a fresh difficulty rating of the step after the third; then a
// reflection on the week. After the week the ladder goes on: each next step
// is split into three micro-actions and climbed the same way.
// A goal is saved as it is typed, so its stored form allows the
// half-finished: what is complete enough to move on is decided here, in pure
// functions, not by the schema. Everything added since the first version is
// optional, so a goal saved then still reads.
import { timeOrderedId } from '../ids';
import { newWin, type WinEntry } from '../wins/model';
import { localDay } from '../time/days';
import { z } from '../zod';
import { Timestamp } from '../time/timestamp';
import { GOAL_REFLECTION_MAX, GOAL_TEXT_MAX, KEY_MAX, VALUE_MAX } from '../limits';

const STEPS_MIN = 7;
export const STEPS_MAX = 10;
export const MICRO_ACTIONS = 3;
/** Micro-actions take under this many minutes. */
export const MICRO_MINUTES_UNDER = 10;
export const PROTOCOL_DAYS = 7;
export const TEXT_MAX = GOAL_TEXT_MAX;
export const REFLECTION_MAX = GOAL_REFLECTION_MAX;

const isRating = (n: number) => Number.isInteger(n) && n >= 1 && n <= 10;
const Rating = z.number().check(z.refine(isRating, 'a whole number from 1 to 10'));
const Id = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));

export const MicroAction = z.object({
  id: Id,
  text: z.string().check(z.maxLength(TEXT_MAX)),
  minutes: z.optional(
    z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n < MICRO_MINUTES_UNDER, `whole minutes from 1 to ${MICRO_MINUTES_UNDER - 1}`)),
  ),
  /** What the user actually did, in their words: the win it logs says this. */
  note: z.optional(z.string().check(z.maxLength(TEXT_MAX))),
  /** When it was checked off, and the win that logged it. */
  doneAt: z.optional(Timestamp),
  winId: z.optional(Id),
});
export type MicroAction = z.infer<typeof MicroAction>;

export const GoalStep = z.object({
  id: Id,
  text: z.string().check(z.maxLength(TEXT_MAX)),
  difficulty: z.optional(Rating),
  /** A step after the first, split once the ladder goes on past the week. The first step's are the goal's own `microActions`, where they always were. */
  microActions: z.optional(z.array(MicroAction).check(z.maxLength(MICRO_ACTIONS))),
  /** After the step's second micro-action: how sure the user is now that they can reach the goal. */
  confidence: z.optional(Rating),
  /** After its third: how hard the step feels now, on the scale of `difficulty`, so the two can be set side by side. */
  feelsNow: z.optional(Rating),
});
export type GoalStep = z.infer<typeof GoalStep>;

export const Goal = z.object({
  v: z.literal(1),
  id: Id,
  kind: z.literal('goal'),
  title: z.string().check(z.maxLength(TEXT_MAX)),
  /** How hard the whole goal feels, 1 to 10. */
  difficulty: z.optional(Rating),
  /** The date it should be reached by (YYYY-MM-DD), when the user gives one. */
  deadline: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'))),
  /**
   * The one of the user's values the goal serves, in the words of their
   * values list when it was picked. Kept as words, not a position, so that
   * reordering the list, or a backup bringing back another one, never points
   * it at a different value.
   */
  value: z.optional(z.string().check(z.minLength(1), z.maxLength(VALUE_MAX))),
  /** How sure the user is that they can reach it: on day 1 and again on day 7. */
  confidenceBefore: z.optional(Rating),
  steps: z.array(GoalStep).check(z.maxLength(STEPS_MAX)),
  /** The first step, split up. */
  microActions: z.array(MicroAction).check(z.maxLength(MICRO_ACTIONS)),
  reflection: z.optional(z.object({ text: z.string().check(z.maxLength(REFLECTION_MAX)), confidenceAfter: z.optional(Rating) })),
  /** When the user closed the week with the reflection. */
  finishedAt: z.optional(Timestamp),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Goal = z.infer<typeof Goal>;

export function newGoal(now: number, random: () => number = Math.random): Goal {
  return { v: 1, id: timeOrderedId(now, random), kind: 'goal', title: '', steps: [], microActions: [], createdAt: now, updatedAt: now };
}

export function newStep(now: number, random: () => number = Math.random): GoalStep {
  return { id: timeOrderedId(now, random), text: '' };
}

function newMicroAction(now: number, random: () => number = Math.random): MicroAction {
  return { id: timeOrderedId(now, random), text: '' };
}

/** The protocol's stages, in order. */
export const STAGES = ['goal', 'steps', 'micro', 'act', 'reflect', 'done'] as const;
export type Stage = (typeof STAGES)[number];

const filled = (text: string) => text.trim().length > 0;

function goalComplete(goal: Goal): boolean {
  return filled(goal.title) && goal.difficulty !== undefined;
}

export function stepsComplete(goal: Goal): boolean {
  const done = goal.steps.filter((s) => filled(s.text) && s.difficulty !== undefined);
  return done.length >= STEPS_MIN && done.length === goal.steps.length;
}

function microActionsComplete(goal: Goal): boolean {
  return goal.microActions.length === MICRO_ACTIONS && goal.microActions.every((a) => filled(a.text) && a.minutes !== undefined);
}

/** How many of step `index`'s micro-actions are done (the first step's, unless told). */
export function actionsDone(goal: Goal, index = 0): number {
  return actionsOf(goal, index).filter((a) => a.doneAt !== undefined).length;
}

/** The first stage not yet complete: where the user is on the ladder. */
export function stageOf(goal: Goal): Stage {
  if (!goalComplete(goal)) return 'goal';
  if (!stepsComplete(goal)) return 'steps';
  if (!microActionsComplete(goal)) return 'micro';
  if (actionsDone(goal) < MICRO_ACTIONS) return 'act';
  if (goal.finishedAt === undefined) return 'reflect';
  return 'done';
}

/** Day 1 is the day the goal was written down, in the user's own calendar days. */
export function dayOf(goal: Goal, now: number): number {
  return Math.max(1, localDay(now) - localDay(goal.createdAt) + 1);
}

/** The stage the protocol suggests for a day: one thing a day, three micro-actions over days 4 to 6. */
export function plannedStage(day: number): Stage {
  if (day <= 1) return 'goal';
  if (day === 2) return 'steps';
  if (day === 3) return 'micro';
  if (day < PROTOCOL_DAYS) return 'act';
  return 'reflect';
}

type HintId = 'specific' | 'measurable' | 'rated' | 'time-bound';
export interface Hint {
  id: HintId;
  met: boolean;
}

const VAGUE = /\b(better|more|less|improve|improving|somehow|things|stuff|good at|try to|some)\b/i;
const MEASURE = /\d|\b(once|twice|one|two|three|four|five|six|seven|eight|nine|ten|every|each|daily|weekly|times|minutes|hours|pages|words)\b/i;
const WHEN =
  /\b(by|before|within|until|tomorrow|tonight|today|this (week|month|year|quarter)|next (week|month|year|quarter)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/i;

/**
 * Checks that the goal is specific, measurable and time-bound, and that its
 * difficulty is rated. They are hints from the words, not judgements: a goal
 * that names what, how much and by when passes, whatever it is. How hard it
 * feels is only recorded: the protocol is made for the intimidating goal, so
 * no rating is too high (or too low) to begin with.
 */
export function smartHints(goal: Pick<Goal, 'title' | 'difficulty' | 'deadline'>): Hint[] {
  const title = goal.title.trim();
  const words = title.split(/\s+/).filter(Boolean).length;
  const measurable = MEASURE.test(title);
  const specific = words >= 4 && (!VAGUE.test(title) || measurable);
  return [
    { id: 'specific', met: specific },
    { id: 'measurable', met: measurable },
    { id: 'rated', met: goal.difficulty !== undefined },
    { id: 'time-bound', met: goal.deadline !== undefined || WHEN.test(title) },
  ];
}

/**
 * What the value picker offers: the user's values in their order, and the
 * goal's own value too when the list no longer holds it (a backup brought
 * back another list since), so that opening the ladder never quietly drops it.
 */
export function valueChoices(values: readonly string[], chosen: string | undefined): string[] {
  return chosen === undefined || values.includes(chosen) ? [...values] : [...values, chosen];
}

export type StepNudge = 'unrated' | 'split' | 'bolder' | 'right';

/** Steps are best at 3 to 4: big enough to count, small enough to do. */
export function stepNudge(difficulty: number | undefined): StepNudge {
  if (difficulty === undefined) return 'unrated';
  if (difficulty > 4) return 'split';
  if (difficulty < 3) return 'bolder';
  return 'right';
}

/** The micro-actions of step `index` (the first step's are the goal's own). */
export function actionsOf(goal: Goal, index: number): MicroAction[] {
  return index === 0 ? goal.microActions : (goal.steps[index]?.microActions ?? []);
}

/** Every micro-action of every step, the first step's first. */
export function allActions(goal: Goal): MicroAction[] {
  return goal.steps.length === 0 ? goal.microActions : goal.steps.flatMap((_, i) => actionsOf(goal, i));
}

/** The goal with step `index`'s micro-actions replaced. */
export function withActions(goal: Goal, index: number, actions: MicroAction[]): Goal {
  if (index === 0) return { ...goal, microActions: actions };
  return { ...goal, steps: goal.steps.map((s, i) => (i === index ? { ...s, microActions: actions } : s)) };
}

function splitComplete(actions: readonly MicroAction[]): boolean {
  return actions.length === MICRO_ACTIONS && actions.every(readyToCheck);
}

/** Whether step `index` is climbed: all three of its micro-actions done. */
export function stepClimbed(goal: Goal, index: number): boolean {
  const actions = actionsOf(goal, index);
  return actions.length === MICRO_ACTIONS && actions.every((a) => a.doneAt !== undefined);
}

/**
 * The step being climbed: the first during the week; after it, the first
 * step not yet climbed. Undefined once every step is.
 */
export function climbingStep(goal: Goal): number | undefined {
  if (stageOf(goal) !== 'done') return 0;
  const index = goal.steps.findIndex((_, i) => i > 0 && !stepClimbed(goal, i));
  return index === -1 ? undefined : index;
}

/**
 * The rows the next stage starts with, added once the stage before is
 * complete: seven steps to fill in, then three micro-actions; after the
 * week, three for each next step in turn.
 */
export function withStageRows(goal: Goal, now: number, random: () => number = Math.random): Goal {
  if (goalComplete(goal) && goal.steps.length === 0) {
    return { ...goal, steps: Array.from({ length: STEPS_MIN }, (_, i) => newStep(now + i, random)) };
  }
  const index = stepsComplete(goal) ? climbingStep(goal) : undefined;
  const actions = index === undefined ? [] : actionsOf(goal, index);
  if (index !== undefined && actions.length < MICRO_ACTIONS) {
    const missing = Array.from({ length: MICRO_ACTIONS - actions.length }, (_, i) => newMicroAction(now + i, random));
    return withActions(goal, index, [...actions, ...missing]);
  }
  return goal;
}

/**
 * A step can be removed until one of its micro-actions is checked off: after
 * that it holds wins, and (for the first step) removing it would hand its
 * micro-actions to the step that takes its place.
 */
export function stepRemovable(goal: Goal, index: number): boolean {
  return actionsDone(goal, index) === 0;
}

/** Whether step `index` is split into three micro-actions, each with its words and minutes. */
export function stepSplit(goal: Goal, index: number): boolean {
  return splitComplete(actionsOf(goal, index));
}

/** A micro-action's words, without its check-off. */
function wordsOf(action: MicroAction): MicroAction {
  return {
    id: action.id,
    text: action.text,
    ...(action.minutes !== undefined ? { minutes: action.minutes } : {}),
    ...(action.note !== undefined ? { note: action.note } : {}),
  };
}

/**
 * An edit made on an older copy of the goal keeps the check-offs of `stored`
 * (when each was done, and its win): only a check-off changes those, and
 * one may have been saved since the copy was taken.
 */
export function keepCheckOffs(edited: Goal, stored: Goal): Goal {
  const marks = new Map(allActions(stored).map((a) => [a.id, a]));
  const keep = (actions: readonly MicroAction[]) =>
    actions.map((action) => {
      const words = wordsOf(action);
      const mark = marks.get(action.id);
      return mark?.doneAt !== undefined ? { ...words, doneAt: mark.doneAt, ...(mark.winId ? { winId: mark.winId } : {}) } : words;
    });
  return {
    ...edited,
    microActions: keep(edited.microActions),
    steps: edited.steps.map((step) => (step.microActions ? { ...step, microActions: keep(step.microActions) } : step)),
  };
}

/** A micro-action can be checked off once it says what it is and how long it takes. */
export function readyToCheck(action: MicroAction): boolean {
  return action.text.trim().length > 0 && action.minutes !== undefined;
}

/** What a checked-off micro-action's win says: what the user wrote they did, else the micro-action itself. */
function winWords(action: MicroAction): string {
  return action.note?.trim() || action.text.trim();
}

/**
 * A note written or changed after the tick: the win says it too, unless the
 * user has edited that win since (in the history; it is theirs then). The
 * win's edit time stays, since these are still the ladder's words, so taking
 * the tick back removes it as before. Undefined when nothing is to change.
 */
export function rewordedWin(goal: Goal, actionId: string, win: WinEntry): WinEntry | undefined {
  const action = allActions(goal).find((a) => a.id === actionId);
  if (!action || action.doneAt === undefined || action.winId !== win.id || win.updatedAt !== win.createdAt) return undefined;
  const text = winWords(action);
  return text && text !== win.text ? { ...win, text } : undefined;
}

function stepHolding(goal: Goal, actionId: string): number {
  if (goal.microActions.some((a) => a.id === actionId)) return 0;
  return goal.steps.findIndex((s, i) => i > 0 && s.microActions?.some((a) => a.id === actionId));
}

/**
 * Checks a micro-action off: the goal records when, and a win is logged in
 * the user's words (what they wrote they did, else the micro-action itself),
 * linked to the goal. The caller saves both in one write.
 */
export function checkOff(goal: Goal, actionId: string, now: number): { goal: Goal; win: WinEntry } {
  const index = stepHolding(goal, actionId);
  const action = index === -1 ? undefined : actionsOf(goal, index).find((a) => a.id === actionId);
  if (!action) throw new Error(`No micro-action ${actionId} in this goal`);
  if (action.doneAt !== undefined) throw new Error('This micro-action is already checked off');
  if (!readyToCheck(action)) throw new Error('This micro-action needs its words and minutes first');
  const win: WinEntry = { ...newWin(winWords(action), now), goalId: goal.id, goalTitle: goal.title.trim() };
  const actions = actionsOf(goal, index).map((a) => (a.id === actionId ? { ...a, doneAt: now, winId: win.id } : a));
  return { goal: { ...withActions(goal, index, actions), updatedAt: now }, win };
}

/** Takes a check back: the goal forgets it; the caller deletes the returned win in the same write, unless the user has edited it since. */
export function uncheck(goal: Goal, actionId: string, now: number): { goal: Goal; winId: string | undefined } {
  const index = stepHolding(goal, actionId);
  if (index === -1) return { goal, winId: undefined };
  const action = actionsOf(goal, index).find((a) => a.id === actionId);
  const actions = actionsOf(goal, index).map((a) => (a.id === actionId ? wordsOf(a) : a));
  return { goal: { ...withActions(goal, index, actions), updatedAt: now }, winId: action?.winId };
}
