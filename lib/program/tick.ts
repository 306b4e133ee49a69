// An exercise's finish ticks the program's task for it at once, wherever the
// exercise ran (its own window, the popup), so the program is right before
// its page is ever opened again; so does a goal ladder's save, for week 1's
// ladder tasks. The page still catches up on load, for a tick that could not
// be written.
import type { Goal } from '../goals/model';
import type { ItemDeps } from '../store/local-item';
import { localDay } from '../time/days';
import { withLadder } from './ladder';
import { currentTask, withFinishedFlows, type FinishedFlow } from './progress';
import { loadProgram, saveProgram, type ProgramState } from './state';

/** Loads the program, moves it on with `step`, and saves it if that ticked a task; the day ticked, if any. */
async function tickWith(step: (current: ProgramState) => ProgramState, deps: ItemDeps): Promise<number | undefined> {
  const current = await loadProgram(deps);
  const next = step(current);
  if (next === current) return undefined;
  await saveProgram(next, deps);
  return currentTask(current)?.day;
}

/** Ticks the current task if `finished` is the exercise it names; the day ticked, if any. */
export function tickProgramFor(finished: FinishedFlow, deps: ItemDeps = {}): Promise<number | undefined> {
  return tickWith((current) => withFinishedFlows(current, [finished]), deps);
}

/** Ticks the current task if it is a goal-ladder task that `goals` (the goal just saved) show done; the day ticked, if any. */
export function tickProgramForGoals(goals: readonly Goal[], deps: ItemDeps = {}): Promise<number | undefined> {
  const now = deps.now ?? Date.now;
  return tickWith((current) => withLadder(current, goals, now(), localDay), deps);
}
