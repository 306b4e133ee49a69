import { describe, expect, it } from 'vitest';
import { allKeys, freshDb, storedWins as wins } from '../../tests/unit/helpers';
import { newPlan } from './plan';
import { prepKey, readPlan, readPlans, savePlan, saveStepCheckOff, saveStepUncheck } from './store';

const T0 = Date.UTC(2026, 10, 23, 9);
const plan = () => newPlan({ key: 'moment:abc', title: 'Interview', start: T0 + 3 * 86_400_000 }, T0);

describe('prep plans in the records store', () => {
  it('keeps one plan per event, under its key', async () => {
    const db = freshDb();
    await savePlan(db, plan());
    await savePlan(db, { ...plan(), updatedAt: T0 + 1 });
    expect(await readPlans(db)).toHaveLength(1);
    expect((await readPlan(db, 'moment:abc'))?.updatedAt).toBe(T0 + 1);
    expect(await allKeys(db)).toContain(prepKey('moment:abc'));
  });

  it('writes a check-off and its win together, and takes both back', async () => {
    const db = freshDb();
    await savePlan(db, plan());
    const done = await saveStepCheckOff(db, plan(), 'record', T0 + 5);
    expect((await wins(db)).map((w) => w.eventKey)).toEqual(['moment:abc']);
    expect((await readPlan(db, 'moment:abc'))?.steps[1]?.winId).toBe(done.win.id);
    await saveStepUncheck(db, done.plan, 'record', T0 + 6);
    expect(await wins(db)).toEqual([]);
    expect((await readPlan(db, 'moment:abc'))?.steps[1]?.doneAt).toBeUndefined();
  });
});
