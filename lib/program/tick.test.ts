import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOW_IDS } from '../exercises/ids';
import { markDone, pause, start } from './progress';
import { loadProgram, NOT_STARTED, saveProgram } from './state';
import { tickProgramFor } from './tick';

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
