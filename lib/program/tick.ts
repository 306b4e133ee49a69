// An exercise's finish ticks the program's task for it at once, wherever the
// exercise ran (its own window, the popup), so the program is right before
// its page is ever opened again. The page still catches up on load, for an
// exercise whose tick could not be written.
import type { ItemDeps } from '../store/local-item';
import { currentTask, withFinishedFlows, type FinishedFlow } from './progress';
import { loadProgram, saveProgram } from './state';

/** Ticks the current task if `finished` is the exercise it names; the day ticked, if any. */
export async function tickProgramFor(finished: FinishedFlow, deps: ItemDeps = {}): Promise<number | undefined> {
  const current = await loadProgram(deps);
  const next = withFinishedFlows(current, [finished]);
  if (next === current) return undefined;
  await saveProgram(next, deps);
  return currentTask(current)?.day;
}
