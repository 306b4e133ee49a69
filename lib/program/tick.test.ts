import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOW_IDS } from '../exercises/ids';
import type { Goal } from '../goals/model';
import { markDone, pause, start } from './progress';
import { loadProgram, NOT_STARTED, saveProgram } from './state';
import { tickProgramFor, tickProgramForGoals } from './tick';

const joined = Date.parse('2026-11-02T08:00:00+01:00');
const later = joined + 3_600_000;

afterEach(() => fakeBrowser.reset());

describe('an exercise’s finish ticks the program', () => {
  it('ticks day 1 (the confidence check) when that check is finished, and says which day', async () => {
    await saveProgram(start(NOT_STARTED, joined));
    expect(await tickProgramFor({ flowId: FLOW_IDS.selfCheck, createdAt: later })).toBe(1);
    expect((await loadProgram()).done).toEqual([{ day: 1, at: later }]);
  });

  it('leaves the program as it was for another exercise, a program not started, or one paused', async () => {
    expect(await tickProgramFor({ flowId: FLOW_IDS.selfCheck, createdAt: later })).toBeUndefined();
    expect(await loadProgram()).toEqual(NOT_STARTED);

    await saveProgram(start(NOT_STARTED, joined));
    expect(await tickProgramFor({ flowId: FLOW_IDS.reframe, createdAt: later })).toBeUndefined();
    expect((await loadProgram()).done).toEqual([]);

    await saveProgram(pause(start(NOT_STARTED, joined), joined + 1));
    expect(await tickProgramFor({ flowId: FLOW_IDS.selfCheck, createdAt: later })).toBeUndefined();
    expect((await loadProgram()).done).toEqual([]);
  });

  it('moves one task per finished exercise, and never ticks a day already done', async () => {
    const dayOneDone = markDone(start(NOT_STARTED, joined), 1, joined + 1);
    await saveProgram(dayOneDone);
    // Day 2 is not an exercise, so a second confidence check ticks nothing.
    expect(await tickProgramFor({ flowId: FLOW_IDS.selfCheck, createdAt: later })).toBeUndefined();
    expect((await loadProgram()).done).toEqual(dayOneDone.done);
  });
});

describe('a goal ladder’s save ticks the program', () => {
  const ladder = (at: number): Goal => ({
    v: 1,
    id: 'goal-1',
    kind: 'goal',
    title: 'Give the team update without notes by Friday',
    difficulty: 7,
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step ${i + 1}`, difficulty: 3 })),
    microActions: [],
    createdAt: at,
    updatedAt: at,
  });

  it('ticks day 3 when the saved goal is a ladder written since joining, once, and says which day', async () => {
    const dayTwoDone = markDone(markDone(start(NOT_STARTED, joined), 1, joined + 1), 2, joined + 2);
    await saveProgram(dayTwoDone);
    const now = () => later;
    expect(await tickProgramForGoals([ladder(later)], { now })).toBe(3);
    expect((await loadProgram()).done.at(-1)).toEqual({ day: 3, at: later });
    // The same ladder saved again the same day: day 4 is not shown by it, and would wait for tomorrow anyway.
    expect(await tickProgramForGoals([ladder(later + 1)], { now })).toBeUndefined();
    expect((await loadProgram()).done.map((d) => d.day)).toEqual([1, 2, 3]);
  });

  it('leaves a program on another day’s task as it was', async () => {
    await saveProgram(start(NOT_STARTED, joined));
    expect(await tickProgramForGoals([ladder(later)], { now: () => later })).toBeUndefined();
    expect((await loadProgram()).done).toEqual([]);
  });
});
