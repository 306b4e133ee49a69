// Goals in the records store. A check-off writes the goal and its win in one
// transaction, so a goal never claims a win that was not logged, nor a win a
// goal that does not know it.
import { readAllValid } from '../journal/read';
import { recordKey, writeAtomically, type Db } from '../store/db';
import { entryKey } from '../store/entries';
import { WinEntry } from '../wins/model';
import { readValid, validPut } from '../store/records';
import { allActions, checkOff, Goal, rewordedWin, uncheck } from './model';

export const goalKey = (id: string) => recordKey('goal', id);

/** Every goal, newest first; a damaged one is set aside, as for any record. */
export function readGoals(db: Db): Promise<Goal[]> {
  return readAllValid(db, 'goal', Goal);
}

export async function saveGoal(db: Db, goal: Goal): Promise<void> {
  await writeAtomically(db, [validPut(goalKey(goal.id), Goal, goal)]);
}

export async function deleteGoal(db: Db, id: string): Promise<void> {
  await writeAtomically(db, [{ delete: goalKey(id) }]);
}

/** Checks a micro-action off and logs its win, in one write; returns what was saved. */
export async function saveCheckOff(db: Db, goal: Goal, actionId: string, now: number): Promise<{ goal: Goal; win: WinEntry }> {
  const done = checkOff(goal, actionId, now);
  await writeAtomically(db, [validPut(goalKey(goal.id), Goal, done.goal), validPut(entryKey(done.win.id), WinEntry, done.win)]);
  return done;
}

/**
 * Takes a check-off back, and its win with it, in one write. A win the user
 * has edited since (in the history page) is theirs now: it stays.
 */
export async function saveUncheck(db: Db, goal: Goal, actionId: string, now: number): Promise<{ goal: Goal; winKept: boolean }> {
  const undone = uncheck(goal, actionId, now);
  const win = undone.winId ? await readValid(db, entryKey(undone.winId), WinEntry) : undefined;
  const untouched = win !== undefined && win.updatedAt === win.createdAt;
  await writeAtomically(db, [validPut(goalKey(goal.id), Goal, undone.goal), ...(untouched ? [{ delete: entryKey(win.id) }] : [])]);
  return { goal: undone.goal, winKept: win !== undefined && !untouched };
}

/**
 * Saves the goal after a note changed on a micro-action already checked
 * off, and its win's words with it, in one write (see rewordedWin). Returns
 * whether the win changed.
 */
export async function saveNote(db: Db, goal: Goal, actionId: string): Promise<boolean> {
  const winId = allActions(goal).find((a) => a.id === actionId)?.winId;
  const win = winId ? await readValid(db, entryKey(winId), WinEntry) : undefined;
  const reworded = win && rewordedWin(goal, actionId, win);
  await writeAtomically(db, [validPut(goalKey(goal.id), Goal, goal), ...(reworded ? [validPut(entryKey(reworded.id), WinEntry, reworded)] : [])]);
  return reworded !== undefined;
}
