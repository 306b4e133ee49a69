import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { FLOW_IDS } from '../exercises/ids';
import { localDay } from '../time/days';
import { PROGRAM, PROGRAM_DAYS, taskOf, weekOf } from './plan';
import {
  currentTask,
  leave,
  markDone,
  mergeProgram,
  pause,
  progressText,
  resume,
  setReminder,
  start,
  unmark,
  viewOf,
  withFinishedFlows,
} from './progress';
import { loadProgram, NOT_STARTED, programItem, saveProgram, type ProgramState } from './state';

// The tests run in Europe/Berlin (see vitest.config.ts).
const at = (iso: string) => new Date(iso).getTime();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const joined = at('2026-11-02T08:00:00+01:00');

function doneUpTo(days: number, from = joined): ProgramState {
  let state = start(NOT_STARTED, from);
  for (let day = 1; day <= days; day++) state = markDone(state, day, from + (day - 1) * DAY + HOUR);
  return state;
}

describe('the plan', () => {
  it('has thirty short tasks, one a day, in the seed’s order', () => {
    expect(PROGRAM).toHaveLength(PROGRAM_DAYS);
    expect(PROGRAM.map((t) => t.day)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    for (const task of PROGRAM) expect(task.text.length).toBeLessThanOrEqual(120);
    const flowDays = (id: string) => PROGRAM.filter((t) => t.kind === 'flow' && t.flowId === id).map((t) => t.day);
    // Week 1: the confidence check, then a goal ladder to its first three micro-actions.
    expect(flowDays(FLOW_IDS.selfCheck)).toEqual([1, 25]);
    expect(PROGRAM.filter((t) => t.kind === 'action' && t.place === 'goals' && weekOf(t.day) === 1)).toHaveLength(5);
    // Week 2: a thought record most days, the affirmation mid-week, nerves as readiness at its end.
    expect(flowDays(FLOW_IDS.reframe).every((d) => weekOf(d) === 2)).toBe(true);
    expect(flowDays(FLOW_IDS.affirmation)).toEqual([10]);
    expect(flowDays(FLOW_IDS.stress)).toEqual([14]);
    // Week 3: a role model and two supporters asked to check in.
    expect(flowDays(FLOW_IDS.roleModel)).toEqual([15]);
    expect(flowDays(FLOW_IDS.reachOut)).toEqual([18, 19]);
    // Week 4: problem solving on a current challenge, then the plan ahead.
    expect(flowDays(FLOW_IDS.problemSolving)).toEqual([22]);
    expect(taskOf(30)?.text).toMatch(/thirty days done/);
    expect(weekOf(30)).toBe(4);
  });

  it('never speaks of how it was made', () => {
    expect(PROGRAM.map((t) => t.text).join(' ')).not.toMatch(/\b(AI|assistant|generated)\b/i);
  });
});

describe('progress', () => {
  it('is nothing until the user joins, then day 1', () => {
    expect(viewOf(NOT_STARTED, joined, localDay)).toEqual({ kind: 'not-started' });
    const state = start(NOT_STARTED, joined);
    expect(state.remindAt).toBe('09:00');
    expect(viewOf(state, joined, localDay)).toMatchObject({ kind: 'active', task: { day: 1 }, doneToday: false, welcomeBack: false });
  });

  it('moves by tasks done, not by the calendar: a missed week picks up where the user left off', () => {
    const state = doneUpTo(3);
    const later = joined + 12 * DAY;
    expect(viewOf(state, later, localDay)).toMatchObject({ kind: 'active', task: { day: 4 }, welcomeBack: true });
    // The next day after a task, no greeting is needed.
    expect(viewOf(state, joined + 3 * DAY, localDay)).toMatchObject({ task: { day: 4 }, welcomeBack: false });
  });

  it('says when today’s task is done, and offers the next one all the same', () => {
    const state = markDone(start(NOT_STARTED, joined), 1, joined + HOUR);
    expect(viewOf(state, joined + 2 * HOUR, localDay)).toMatchObject({ task: { day: 2 }, doneToday: true });
    expect(viewOf(state, joined + DAY, localDay)).toMatchObject({ task: { day: 2 }, doneToday: false });
  });

  it('ticks each day once, can take a tick back, and counts in words', () => {
    let state = doneUpTo(2);
    expect(markDone(state, 2, joined + 5 * DAY)).toBe(state);
    expect(markDone(state, 31, joined)).toBe(state);
    expect(progressText(state)).toBe('2 of 30 days done');
    state = unmark(state, 1, joined + 2 * DAY);
    expect(currentTask(state)?.day).toBe(1);
    expect(progressText(state)).toBe('1 of 30 days done');
  });

  it('can be paused and resumed without losing anything', () => {
    const state = doneUpTo(5);
    const paused = pause(state, joined + 6 * DAY);
    expect(viewOf(paused, joined + 20 * DAY, localDay)).toMatchObject({ kind: 'paused', task: { day: 6 } });
    // Finishing an exercise while paused does not count for the program.
    expect(withFinishedFlows(pause(doneUpTo(7), joined + 7 * DAY), [{ flowId: FLOW_IDS.reframe, createdAt: joined + 8 * DAY }])).toMatchObject({ done: doneUpTo(7).done });
    const back = resume(paused, joined + 20 * DAY);
    expect(back.pausedAt).toBeUndefined();
    expect(back.done).toEqual(state.done);
    expect(viewOf(back, joined + 20 * DAY, localDay)).toMatchObject({ kind: 'active', task: { day: 6 }, welcomeBack: true });
    expect(start(paused, joined + 21 * DAY).pausedAt).toBeUndefined();
  });

  it('is finished after thirty, and starting again begins at day 1 with the same reminder time', () => {
    const all = setReminder(doneUpTo(30), '07:45', joined + 30 * DAY);
    expect(viewOf(all, joined + 31 * DAY, localDay)).toEqual({ kind: 'finished' });
    const again = start(all, joined + 40 * DAY);
    expect(again).toMatchObject({ startedAt: joined + 40 * DAY, done: [], remindAt: '07:45' });
    expect(setReminder(again, null, joined).remindAt).toBeUndefined();
  });
});

describe('an exercise finished for the program', () => {
  it('marks the task naming it, once per exercise and only when finished after the last step', () => {
    const state = start(NOT_STARTED, joined);
    const before = { flowId: FLOW_IDS.selfCheck, createdAt: joined - HOUR };
    expect(withFinishedFlows(state, [before])).toBe(state);
    const other = { flowId: FLOW_IDS.stress, createdAt: joined + HOUR };
    expect(withFinishedFlows(state, [other])).toBe(state);
    const check = { flowId: FLOW_IDS.selfCheck, createdAt: joined + 2 * HOUR };
    expect(withFinishedFlows(state, [other, check]).done).toEqual([{ day: 1, at: joined + 2 * HOUR }]);
    // Days 8 and 9 are both thought records: each record counts for one of them, never one for both.
    const week2 = doneUpTo(7);
    const records = [1, 2].map((n) => ({ flowId: FLOW_IDS.reframe, createdAt: joined + 10 * DAY + n * HOUR }));
    const once = withFinishedFlows(week2, records);
    expect(once.done.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const twice = withFinishedFlows(once, records);
    expect(twice.done.slice(-2)).toEqual([{ day: 8, at: records[0]!.createdAt }, { day: 9, at: records[1]!.createdAt }]);
    expect(withFinishedFlows(twice, records)).toBe(twice);
  });

  it('is not needed for a plain action, which the user ticks', () => {
    const state = doneUpTo(1);
    expect(withFinishedFlows(state, [{ flowId: FLOW_IDS.reframe, createdAt: joined + DAY }])).toBe(state);
  });
});

describe('merging two copies of the program (a backup coming back)', () => {
  it('keeps the later edit’s settings and every day done in either', () => {
    const mine = pause(doneUpTo(3), joined + 4 * DAY);
    const theirs = setReminder(markDone(doneUpTo(2), 5, joined + 6 * DAY), '20:00', joined + 6 * DAY);
    const merged = mergeProgram(mine, theirs);
    expect(merged.done.map((d) => d.day)).toEqual([1, 2, 3, 5]);
    expect(merged.remindAt).toBe('20:00');
    expect(merged.pausedAt).toBeUndefined();
    expect(mergeProgram(mine, NOT_STARTED)).toEqual(mine);
    // A run started over elsewhere, later, replaces this one whole.
    const restarted = markDone(start(NOT_STARTED, joined + 9 * DAY), 1, joined + 9 * DAY);
    expect(mergeProgram(mine, restarted)).toEqual(restarted);
  });
});

describe('the stored program', () => {
  it('starts empty, keeps what is saved and refuses what is not a program', async () => {
    const db = freshDb();
    expect(await loadProgram({ db })).toEqual(NOT_STARTED);
    const state = doneUpTo(2);
    await saveProgram(state, { db });
    expect(await loadProgram({ db })).toEqual(state);
    expect(await fakeBrowser.storage.local.get('program')).toEqual({ program: { version: 1, value: state } });
    await expect(saveProgram({ ...state, remindAt: '25:00' }, { db })).rejects.toThrow(/program/);
    await expect(saveProgram({ ...state, done: [...state.done, { day: 1, at: joined }] }, { db })).rejects.toThrow(/each day once/);
  });

  it('sets aside a stored value it cannot read, and starts again from nothing', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ [programItem.key]: { version: 1, value: { done: 'lots' } } });
    expect(await loadProgram({ db })).toEqual(NOT_STARTED);
    expect(await fakeBrowser.storage.local.get('program')).toEqual({});
  });
});

describe('leaving the program', () => {
  it('goes back to not started, with no reminder, and joining again starts at day 1', () => {
    const left = leave(doneUpTo(5), joined + 6 * DAY);
    expect(left).toEqual({ done: [], updatedAt: joined + 6 * DAY });
    expect(currentTask(start(left, joined + 7 * DAY))?.day).toBe(1);
  });

  it('changes nothing for a program never joined, and a left one wins a merge with the old run', () => {
    expect(leave(NOT_STARTED, joined)).toBe(NOT_STARTED);
    const old = doneUpTo(5);
    const left = leave(old, joined + 6 * DAY);
    expect(mergeProgram(left, old)).toEqual(left);
    expect(mergeProgram(old, left)).toEqual(left);
  });
});
