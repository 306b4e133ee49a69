// Week 1's goal-ladder tasks, read from the user's goal ladders: the task of
// the day is done when a ladder shows it, so the user need not tick it too.
// Pure: the goals page and the program's page hand it the goals, the time and
// their calendar; "Mark as done" stays for whatever the ladder cannot show.
import { allActions, stepsComplete, stepSplit, type Goal } from '../goals/model';
import { PROGRAM, type LadderSign } from './plan';
import { currentTask, markDone } from './progress';
import type { ProgramState } from './state';

/** The days whose task a ladder can tick. */
const LADDER_DAYS: ReadonlySet<number> = new Set(PROGRAM.filter((task) => task.kind === 'action' && task.ladder).map((task) => task.day));

/**
 * Whether one goal shows `sign`, counting only what was done after `since`
 * (joining). A micro-action has its own check-off time; writing a ladder or
 * splitting a step has none, so for those the goal must have been written or
 * changed since: a ladder left untouched from before joining is not this
 * program's work. "Started" and "split" are the ladder's own (a title and
 * seven or more steps, each rated; three micro-actions with their words and
 * minutes), so the program moves on when the ladder itself does.
 */
function shows(goal: Goal, sign: LadderSign, since: number): boolean {
  switch (sign.kind) {
    case 'started':
      return goal.updatedAt > since && goal.title.trim() !== '' && stepsComplete(goal);
    case 'split':
      return goal.updatedAt > since && stepsComplete(goal) && stepSplit(goal, 0);
    case 'acted':
      // On one ladder: "the second micro-action" is the second of a climb, not one on each of two goals.
      return allActions(goal).filter((action) => action.doneAt !== undefined && action.doneAt > since).length >= sign.count;
  }
}

/** Whether today's task is one of week 1's goal-ladder tasks and one of `goals` shows it done. Paused, nothing counts. */
export function ladderMeetsTask(state: ProgramState, goals: readonly Goal[]): boolean {
  const task = currentTask(state);
  const since = state.startedAt;
  if (since === undefined || state.pausedAt !== undefined || task?.kind !== 'action' || !task.ladder) return false;
  const sign = task.ladder;
  return goals.some((goal) => shows(goal, sign, since));
}

/**
 * The program with today's task ticked (at `now`) if the ladder shows it.
 * One call ticks one task at most, as one finished exercise does. And no
 * second ladder task is ticked on a local day that already ticked one: the
 * program is one small task a day, so a user who arrives with a ladder
 * already climbed, or who splits the step right after writing it, is led
 * through the days one at a time (the next ticks at the first save, or page
 * load, of a later day) rather than swept through five at once. "Mark as
 * done" is not held back by this: the user deciding to go faster is theirs to
 * decide. `localDay` reads a calendar day from a moment, as in `viewOf`.
 */
export function withLadder(state: ProgramState, goals: readonly Goal[], now: number, localDay: (ms: number) => number): ProgramState {
  const task = currentTask(state);
  if (!task || ladderWaits(state, now, localDay) || !ladderMeetsTask(state, goals)) return state;
  return markDone(state, task.day, now);
}

/** Whether a ladder task was ticked on the local day of `now`, so the ladder ticks no other until the next (see withLadder). */
export function ladderWaits(state: ProgramState, now: number, localDay: (ms: number) => number): boolean {
  const today = localDay(now);
  return state.done.some((d) => LADDER_DAYS.has(d.day) && localDay(d.at) === today);
}
