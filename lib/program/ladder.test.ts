import { describe, expect, it } from 'vitest';
import type { Goal, MicroAction } from '../goals/model';
import { localDay } from '../time/days';
import { ladderMeetsTask, ladderWaits, withLadder } from './ladder';
import { taskOf } from './plan';
import { currentTask, markDone, pause, start } from './progress';
import { NOT_STARTED, type ProgramState } from './state';

// The tests run in Europe/Berlin (see vitest.config.ts).
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const joined = new Date('2026-11-02T08:00:00+01:00').getTime();
const before = joined - 3 * DAY;

/** Joined at `joined`, with days 1 to `days` ticked an hour apart on the day of joining. */
function doneUpTo(days: number): ProgramState {
  let state = start(NOT_STARTED, joined);
  for (let day = 1; day <= days; day++) state = markDone(state, day, joined + day * 60_000);
  return state;
}

const action = (n: number, doneAt?: number): MicroAction => ({ id: `a${n}`, text: `Tiny thing ${n}`, minutes: 5, ...(doneAt !== undefined ? { doneAt, winId: `w${n}` } : {}) });

/** A ladder written (or last changed) at `at`: a title, seven rated steps, and the first step's micro-actions as given. */
function ladder(at: number, change: Partial<Goal> = {}): Goal {
  return {
    v: 1,
    id: `goal-${at}`,
    kind: 'goal',
    title: 'Give the team update without notes by Friday',
    difficulty: 7,
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step ${i + 1}`, difficulty: 3 })),
    microActions: [],
    createdAt: at,
    updatedAt: at,
    ...change,
  };
}

const split = (at: number, done: Array<number | undefined> = []) => ladder(at, { microActions: [1, 2, 3].map((n) => action(n, done[n - 1])) });
const dayOf = (state: ProgramState) => currentTask(state)?.day;

describe('week 1’s goal-ladder tasks, read from the ladder', () => {
  it('ticks day 3 when a ladder has its goal and seven or more rated steps, written since joining', () => {
    const state = doneUpTo(2);
    const at = joined + 2 * HOUR;
    expect(ladderMeetsTask(state, [ladder(at)])).toBe(true);
    expect(withLadder(state, [ladder(at)], at, localDay).done.at(-1)).toEqual({ day: 3, at });

    // Not yet a ladder: six steps, a step not rated, no goal written, or nothing at all.
    expect(ladderMeetsTask(state, [ladder(at, { steps: ladder(at).steps.slice(0, 6) })])).toBe(false);
    expect(ladderMeetsTask(state, [ladder(at, { steps: ladder(at).steps.map((s, i) => (i === 6 ? { id: s.id, text: s.text } : s)) })])).toBe(false);
    expect(ladderMeetsTask(state, [ladder(at, { title: '  ' })])).toBe(false);
    expect(ladderMeetsTask(state, [])).toBe(false);
  });

  it('ticks day 4 when the first step is split into three micro-actions with their minutes', () => {
    const state = doneUpTo(3);
    const at = joined + DAY;
    expect(ladderMeetsTask(state, [ladder(at)])).toBe(false);
    expect(ladderMeetsTask(state, [ladder(at, { microActions: [action(1), action(2)] })])).toBe(false);
    expect(ladderMeetsTask(state, [ladder(at, { microActions: [action(1), action(2), { id: 'a3', text: 'Tiny thing 3' }] })])).toBe(false);
    expect(ladderMeetsTask(state, [split(at)])).toBe(true);
    expect(dayOf(withLadder(state, [split(at)], at, localDay))).toBe(5);
  });

  it('ticks days 5, 6 and 7 as the first, second and third micro-action are checked off, on one ladder', () => {
    const at = joined + DAY;
    const one = split(at, [at]);
    const two = split(at, [at, at + HOUR]);
    const three = split(at, [at, at + HOUR, at + 2 * HOUR]);
    expect(ladderMeetsTask(doneUpTo(4), [split(at)])).toBe(false);
    expect(ladderMeetsTask(doneUpTo(4), [one])).toBe(true);
    expect(ladderMeetsTask(doneUpTo(5), [one])).toBe(false);
    expect(ladderMeetsTask(doneUpTo(5), [two])).toBe(true);
    expect(ladderMeetsTask(doneUpTo(6), [two])).toBe(false);
    expect(ladderMeetsTask(doneUpTo(6), [three])).toBe(true);
    // One done on each of two ladders is not "the second micro-action".
    expect(ladderMeetsTask(doneUpTo(5), [one, { ...one, id: 'another' }])).toBe(false);
    // A later step's micro-actions count too: a ladder climbed on past its first week.
    const stepTwo = ladder(at, { microActions: [1, 2, 3].map((n) => action(n)), steps: ladder(at).steps.map((s, i) => (i === 1 ? { ...s, microActions: [action(4, at)] } : s)) });
    expect(ladderMeetsTask(doneUpTo(4), [stepTwo])).toBe(true);
  });

  it('counts nothing done before joining', () => {
    // A ladder written and climbed before joining, untouched since.
    const old = split(before, [before, before + HOUR, before + 2 * HOUR]);
    for (const days of [2, 3, 4, 5, 6]) expect(ladderMeetsTask(doneUpTo(days), [old]), `day ${days + 1}`).toBe(false);
    // Changed since joining, it shows a ladder started and split; its micro-actions, done before, still do not count.
    const touched = { ...old, updatedAt: joined + HOUR };
    expect(ladderMeetsTask(doneUpTo(2), [touched])).toBe(true);
    expect(ladderMeetsTask(doneUpTo(3), [touched])).toBe(true);
    expect(ladderMeetsTask(doneUpTo(4), [touched])).toBe(false);
    // One done after joining is the first, whatever came before.
    const after = split(before, [before, before + HOUR, joined + HOUR]);
    expect(ladderMeetsTask(doneUpTo(4), [after])).toBe(true);
    expect(ladderMeetsTask(doneUpTo(5), [after])).toBe(false);
  });

  it('reads only week 1’s ladder days, and nothing while paused or before joining', () => {
    const done = split(joined + HOUR, [joined + HOUR, joined + HOUR, joined + HOUR]);
    expect(ladderMeetsTask(doneUpTo(0), [done])).toBe(false); // day 1: the confidence check
    expect(ladderMeetsTask(doneUpTo(1), [done])).toBe(false); // day 2: picking a goal, by hand
    expect(ladderMeetsTask(doneUpTo(7), [done])).toBe(false); // day 8: a thought record
    expect(taskOf(29)).toMatchObject({ kind: 'action', place: 'goals' });
    expect(ladderMeetsTask(doneUpTo(28), [done])).toBe(false); // day 29 opens the goals page, but no ladder shows next month's goal set
    expect(ladderMeetsTask(pause(doneUpTo(2), joined + HOUR), [done])).toBe(false);
    expect(ladderMeetsTask(NOT_STARTED, [done])).toBe(false);
  });

  it('ticks one task per save, and one ladder task per day: a ladder climbed at once is led through a day at a time', () => {
    // Everything done on the day of joining: the ladder written, split and all three micro-actions checked off.
    const t = joined + 2 * HOUR;
    const climbed = split(t, [t, t, t]);
    let state = doneUpTo(2);
    state = withLadder(state, [climbed], t, localDay);
    expect(dayOf(state)).toBe(4);
    // A second save that day (or a page load) ticks nothing more.
    expect(withLadder(state, [climbed], t + HOUR, localDay)).toBe(state);
    // Each later day, the first save ticks the next, and only it.
    for (const day of [4, 5, 6, 7]) {
      const thatDay = joined + (day - 3) * DAY;
      const next = withLadder(state, [climbed], thatDay, localDay);
      expect(next.done.at(-1)).toEqual({ day, at: thatDay });
      expect(withLadder(next, [climbed], thatDay + HOUR, localDay)).toBe(next);
      state = next;
    }
    expect(dayOf(state)).toBe(8);
  });

  it('lets the day before’s plain task and a tick by hand stand: only a ladder task ticked today holds the next back', () => {
    const at = joined + 2 * HOUR;
    const climbed = split(at, [at, at, at]);
    // Days 1 and 2 were ticked today: day 3 still ticks from the ladder.
    expect(dayOf(withLadder(doneUpTo(2), [climbed], at, localDay))).toBe(4);
    // Day 3 marked done by hand today: day 4 waits for tomorrow, however the ladder looks.
    const byHand = markDone(doneUpTo(2), 3, at);
    expect(ladderWaits(doneUpTo(2), at, localDay)).toBe(false);
    expect(ladderWaits(byHand, at + HOUR, localDay)).toBe(true);
    expect(withLadder(byHand, [climbed], at + HOUR, localDay)).toBe(byHand);
    expect(ladderWaits(byHand, at + DAY, localDay)).toBe(false);
    expect(dayOf(withLadder(byHand, [climbed], at + DAY, localDay))).toBe(5);
  });
});
