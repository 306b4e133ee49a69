// Where the user is in the 30-day program. Pure: the page and the reminder
// give it what is stored and the time. Progress is counted in tasks done,
// never in calendar days, so coming back after a gap simply continues.
import { PROGRAM, PROGRAM_DAYS, taskOf, type ProgramTask } from './plan';
import { DEFAULT_REMINDER, NOT_STARTED, type ProgramState } from './state';

/** Away this many calendar days or more, the page says hello again instead of carrying on silently. */
const WELCOME_BACK_DAYS = 2;

type ProgramView =
  | { kind: 'not-started' }
  | { kind: 'paused'; task: ProgramTask }
  | { kind: 'finished' }
  | {
      kind: 'active';
      /** The first task not done yet. */
      task: ProgramTask;
      /** A task was done today already: the next one can wait for tomorrow. */
      doneToday: boolean;
      /** The last step was some days ago. */
      welcomeBack: boolean;
    };

export function isStarted(state: ProgramState): boolean {
  return state.startedAt !== undefined;
}

export function doneCount(state: ProgramState): number {
  return state.done.length;
}

export function isDone(state: ProgramState, day: number): boolean {
  return state.done.some((d) => d.day === day);
}

/** The first task not done, in plan order; none once all thirty are. */
export function currentTask(state: ProgramState): ProgramTask | undefined {
  return PROGRAM.find((task) => !isDone(state, task.day));
}

export function isFinished(state: ProgramState): boolean {
  return isStarted(state) && currentTask(state) === undefined;
}

/** When the user last moved the program on: their last task done, or joining (or resuming). */
export function lastStep(state: ProgramState): number {
  return Math.max(state.startedAt ?? 0, ...state.done.map((d) => d.at));
}

/** What the program page shows. `localDay` reads a calendar day from a moment (the page's own clock). */
export function viewOf(state: ProgramState, now: number, localDay: (ms: number) => number): ProgramView {
  if (!isStarted(state)) return { kind: 'not-started' };
  const task = currentTask(state);
  if (!task) return { kind: 'finished' };
  if (state.pausedAt !== undefined) return { kind: 'paused', task };
  const today = localDay(now);
  return {
    kind: 'active',
    task,
    doneToday: state.done.some((d) => localDay(d.at) === today),
    welcomeBack: today - localDay(lastStep(state)) >= WELCOME_BACK_DAYS,
  };
}

/** Joins the program, or starts it over once finished. A reminder time kept from before stays. */
export function start(state: ProgramState, now: number): ProgramState {
  if (isStarted(state) && !isFinished(state)) return resume(state, now);
  const remindAt = isStarted(state) ? state.remindAt : DEFAULT_REMINDER;
  return { ...NOT_STARTED, startedAt: now, done: [], ...(remindAt ? { remindAt } : {}), updatedAt: now };
}

/**
 * Leaves the program: back to not started, with no reminder. The exercises
 * and entries of the days done are the user's and stay in the journal; only
 * the program's own ticks go. Joining again starts at day 1.
 */
export function leave(state: ProgramState, now: number): ProgramState {
  if (!isStarted(state)) return state;
  return { ...NOT_STARTED, done: [], updatedAt: now };
}

export function pause(state: ProgramState, now: number): ProgramState {
  if (!isStarted(state) || state.pausedAt !== undefined) return state;
  return { ...state, pausedAt: now, updatedAt: now };
}

export function resume(state: ProgramState, now: number): ProgramState {
  if (state.pausedAt === undefined) return state;
  const rest = { ...state };
  delete rest.pausedAt;
  return { ...rest, updatedAt: now };
}

/** Marks a day's task done (once). */
export function markDone(state: ProgramState, day: number, now: number): ProgramState {
  if (!isStarted(state) || isDone(state, day) || !taskOf(day)) return state;
  return { ...state, done: [...state.done, { day, at: now }].sort((a, b) => a.day - b.day), updatedAt: now };
}

/** Takes a tick back: a task ticked by mistake becomes today's again. */
export function unmark(state: ProgramState, day: number, now: number): ProgramState {
  if (!isDone(state, day)) return state;
  return { ...state, done: state.done.filter((d) => d.day !== day), updatedAt: now };
}

/** Turns the reminder off (null) or sets its time. */
export function setReminder(state: ProgramState, remindAt: string | null, now: number): ProgramState {
  const rest = { ...state };
  delete rest.remindAt;
  return { ...rest, ...(remindAt ? { remindAt } : {}), updatedAt: now };
}

/** A finished exercise, as much of it as the program needs. */
export interface FinishedFlow {
  flowId: string;
  createdAt: number;
}

/**
 * The current task, done if the exercise it names was finished since the
 * program last moved on. One finished exercise moves it by one task only, so
 * that two thought records in a row ask for two sittings. Paused, nothing counts.
 */
export function withFinishedFlows(state: ProgramState, finished: readonly FinishedFlow[]): ProgramState {
  const task = currentTask(state);
  if (!task || task.kind !== 'flow' || state.pausedAt !== undefined) return state;
  const since = lastStep(state);
  const match = finished.filter((f) => f.flowId === task.flowId && f.createdAt > since).sort((a, b) => a.createdAt - b.createdAt)[0];
  return match ? markDone(state, task.day, match.createdAt) : state;
}

/** Progress in words, for the progress bar's text and the settings. */
export function progressText(state: ProgramState): string {
  return `${doneCount(state)} of ${PROGRAM_DAYS} days done`;
}

/**
 * Two copies by their later edit. Of the same run (joined at the same
 * moment), days done in either are kept, each at its first time; a run
 * started over is a fresh one and takes nothing from the old.
 */
export function mergeProgram(mine: ProgramState, theirs: ProgramState): ProgramState {
  const later = theirs.updatedAt > mine.updatedAt ? theirs : mine;
  if (!isStarted(later) || mine.startedAt !== theirs.startedAt) return later;
  const days = new Map<number, number>();
  for (const d of [...mine.done, ...theirs.done]) days.set(d.day, Math.min(days.get(d.day) ?? d.at, d.at));
  return { ...later, done: [...days].map(([day, at]) => ({ day, at })).sort((a, b) => a.day - b.day) };
}
