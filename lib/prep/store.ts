// Prep plans in the records store, one per event. A check-off writes the plan
// and its win in one transaction, as goal ladders do, so neither can claim
// the other without it.
import { readAllValid } from '../journal/read';
import { recordKey, writeAtomically, type Db } from '../store/db';
import { entryKey } from '../store/entries';
import { WinEntry } from '../wins/model';
import { readValid, validPut } from '../store/records';
import { checkOffStep, PrepPlan, uncheckStep, type PrepStepId } from './plan';

export const prepKey = (eventKey: string) => recordKey('prep', eventKey);

export function readPlan(db: Db, eventKey: string): Promise<PrepPlan | undefined> {
  return readValid(db, prepKey(eventKey), PrepPlan);
}

/** Every plan; a damaged one is set aside, as for any record. */
export function readPlans(db: Db): Promise<PrepPlan[]> {
  return readAllValid(db, 'prep', PrepPlan);
}

export async function savePlan(db: Db, plan: PrepPlan): Promise<void> {
  await writeAtomically(db, [validPut(prepKey(plan.eventKey), PrepPlan, plan)]);
}

export async function saveStepCheckOff(db: Db, plan: PrepPlan, stepId: PrepStepId, now: number): Promise<{ plan: PrepPlan; win: WinEntry }> {
  const done = checkOffStep(plan, stepId, now);
  await writeAtomically(db, [validPut(prepKey(plan.eventKey), PrepPlan, done.plan), validPut(entryKey(done.win.id), WinEntry, done.win)]);
  return done;
}

/** Takes a check-off back, and its win with it, unless the user has edited that win since (it is theirs then). */
export async function saveStepUncheck(db: Db, plan: PrepPlan, stepId: PrepStepId, now: number): Promise<PrepPlan> {
  const undone = uncheckStep(plan, stepId, now);
  const win = undone.winId ? await readValid(db, entryKey(undone.winId), WinEntry) : undefined;
  const untouched = win !== undefined && win.updatedAt === win.createdAt;
  await writeAtomically(db, [validPut(prepKey(plan.eventKey), PrepPlan, undone.plan), ...(untouched ? [{ delete: entryKey(win.id) }] : [])]);
  return undone.plan;
}
