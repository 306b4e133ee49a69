import { describe, expect, it } from 'vitest';
import { allKeys, freshDb, putRaw, storedWins as wins } from '../../tests/unit/helpers';
import { saveEntry } from '../store/entries';
import { WinEntry } from '../wins/model';
import { Goal, newGoal } from './model';
import { deleteGoal, goalKey, readGoals, saveCheckOff, saveGoal, saveNote, saveUncheck } from './store';

const T0 = Date.UTC(2026, 10, 23, 9);

function ready(): Goal {
  const goal = newGoal(T0);
  return {
    ...goal,
    title: 'Lead the retro next Thursday',
    difficulty: 6,
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `step ${i}`, difficulty: 3 })),
    microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `micro ${i}`, minutes: 5 })),
  };
}

describe('goals in the records store', () => {
  it('saves and reads goals back, newest first', async () => {
    const db = freshDb();
    const older = { ...newGoal(T0), title: 'older' };
    const newer = { ...newGoal(T0 + 1000), title: 'newer' };
    await saveGoal(db, older);
    await saveGoal(db, newer);
    expect((await readGoals(db)).map((g) => g.title)).toEqual(['newer', 'older']);
    await deleteGoal(db, older.id);
    expect((await readGoals(db)).map((g) => g.title)).toEqual(['newer']);
  });

  it('checks off a micro-action and logs its win in one write, and takes both back together', async () => {
    const db = freshDb();
    const goal = ready();
    await saveGoal(db, goal);
    const done = await saveCheckOff(db, goal, 'a0', T0 + 60_000);
    const [stored] = await readGoals(db);
    expect(stored?.microActions[0]?.winId).toBe(done.win.id);
    expect(await wins(db)).toEqual([done.win]);

    const undone = await saveUncheck(db, stored!, 'a0', T0 + 120_000);
    expect(undone.winKept).toBe(false);
    expect(undone.goal.microActions[0]?.doneAt).toBeUndefined();
    expect(await wins(db)).toEqual([]);
    expect((await readGoals(db))[0]?.microActions[0]?.winId).toBeUndefined();
  });

  it('keeps a win the user edited since, when its check-off is taken back', async () => {
    const db = freshDb();
    const goal = ready();
    await saveGoal(db, goal);
    const done = await saveCheckOff(db, goal, 'a1', T0 + 60_000);
    await saveEntry(db, WinEntry, { ...done.win, text: 'Opened the slides, and wrote the first line', updatedAt: T0 + 90_000 });
    expect((await saveUncheck(db, done.goal, 'a1', T0 + 120_000)).winKept).toBe(true);
    expect((await wins(db)).map((w) => w.text)).toEqual(['Opened the slides, and wrote the first line']);
    expect((await readGoals(db))[0]?.microActions[1]?.doneAt).toBeUndefined();
  });

  it('a note written after the tick rewords its win in the same write, and still lets the tick be taken back with its win', async () => {
    const db = freshDb();
    const goal = ready();
    await saveGoal(db, goal);
    const done = await saveCheckOff(db, goal, 'a0', T0 + 60_000);
    const noted = { ...done.goal, microActions: done.goal.microActions.map((a, i) => (i === 0 ? { ...a, note: 'Opened the slides on the train' } : a)) };
    expect(await saveNote(db, noted, 'a0')).toBe(true);
    expect((await wins(db)).map((w) => [w.text, w.updatedAt === w.createdAt])).toEqual([['Opened the slides on the train', true]]);
    expect((await readGoals(db))[0]?.microActions[0]?.note).toBe('Opened the slides on the train');
    // The note cleared: the win says the micro-action again.
    const cleared = { ...noted, microActions: noted.microActions.map((a, i) => (i === 0 ? { ...a, note: '' } : a)) };
    await saveNote(db, cleared, 'a0');
    expect((await wins(db)).map((w) => w.text)).toEqual(['micro 0']);
    expect((await saveUncheck(db, cleared, 'a0', T0 + 120_000)).winKept).toBe(false);
    expect(await wins(db)).toEqual([]);
  });

  it('a note written after the tick leaves a win the user edited since alone', async () => {
    const db = freshDb();
    const goal = ready();
    await saveGoal(db, goal);
    const done = await saveCheckOff(db, goal, 'a0', T0 + 60_000);
    await saveEntry(db, WinEntry, { ...done.win, text: 'My own words', updatedAt: T0 + 90_000 });
    const noted = { ...done.goal, microActions: done.goal.microActions.map((a, i) => (i === 0 ? { ...a, note: 'Something else' } : a)) };
    expect(await saveNote(db, noted, 'a0')).toBe(false);
    expect((await wins(db)).map((w) => w.text)).toEqual(['My own words']);
    expect((await readGoals(db))[0]?.microActions[0]?.note).toBe('Something else');
  });

  it('writes neither the goal nor the win when the check-off is refused', async () => {
    const db = freshDb();
    const goal = { ...ready(), microActions: [{ id: 'a0', text: '   ', minutes: 5 }] };
    await saveGoal(db, goal);
    await expect(saveCheckOff(db, goal, 'a0', T0)).rejects.toThrow();
    expect(await wins(db)).toEqual([]);
    expect((await readGoals(db))[0]?.microActions[0]?.doneAt).toBeUndefined();
  });

  it('sets a damaged goal aside and keeps reading the others', async () => {
    const db = freshDb();
    await saveGoal(db, ready());
    await putRaw(db, goalKey('zzz-broken'), { v: 1, kind: 'goal', id: 'zzz-broken', title: 42 });
    expect(await readGoals(db)).toHaveLength(1);
    expect((await allKeys(db)).some((k) => k.startsWith('quarantine/'))).toBe(true);
  });
});
