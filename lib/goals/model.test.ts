import { describe, expect, it } from 'vitest';
import { WinEntry } from '../store/entries';
import {
  checkOff,
  keepCheckOffs,
  withStageRows,
  dayOf,
  Goal,
  newGoal,
  plannedStage,
  smartHints,
  stageOf,
  stepNudge,
  uncheck,
  type GoalStep,
  type MicroAction,
} from './model';

// The tests run in Europe/Berlin (see vitest.config.ts).
const at = (iso: string) => new Date(iso).getTime();
const T0 = at('2026-10-22T20:00:00+02:00');

let n = 0;
const step = (difficulty = 3): GoalStep => ({ id: `s${++n}`, text: `step ${n}`, difficulty });
const action = (minutes = 5): MicroAction => ({ id: `a${++n}`, text: `micro-action ${n}`, minutes });

function goalAt(stage: 'goal' | 'steps' | 'micro' | 'act' | 'reflect' | 'done'): Goal {
  let goal: Goal = newGoal(T0);
  if (stage === 'goal') return goal;
  goal = { ...goal, title: 'Give the Friday team update without notes by December', difficulty: 7 };
  if (stage === 'steps') return goal;
  goal = { ...goal, steps: Array.from({ length: 7 }, () => step()) };
  if (stage === 'micro') return goal;
  goal = { ...goal, microActions: [action(), action(), action()] };
  if (stage === 'act') return goal;
  goal = { ...goal, microActions: goal.microActions.map((a) => ({ ...a, doneAt: T0, winId: `w-${a.id}` })) };
  if (stage === 'reflect') return goal;
  return { ...goal, reflection: { text: 'I can do the first step.' }, finishedAt: T0 };
}

describe('a goal', () => {
  it('starts empty and valid, so it can be saved from the first keystroke', () => {
    expect(Goal.safeParse(newGoal(T0)).success).toBe(true);
  });

  it.each(['goal', 'steps', 'micro', 'act', 'reflect', 'done'] as const)('climbs the ladder in order: %s', (stage) => {
    const goal = goalAt(stage);
    expect(Goal.safeParse(goal).success).toBe(true);
    expect(stageOf(goal)).toBe(stage);
  });

  it('needs 7 to 10 steps, each with words and a rating', () => {
    const base = goalAt('micro');
    expect(stageOf({ ...base, steps: base.steps.slice(0, 6) })).toBe('steps');
    expect(stageOf({ ...base, steps: [...base.steps.slice(0, 6), { id: 'x', text: '  ', difficulty: 3 }] })).toBe('steps');
    expect(stageOf({ ...base, steps: [...base.steps.slice(0, 6), { id: 'x', text: 'unrated' }] })).toBe('steps');
    expect(stageOf({ ...base, steps: Array.from({ length: 10 }, () => step()) })).toBe('micro');
    expect(Goal.safeParse({ ...base, steps: Array.from({ length: 11 }, () => step()) }).success).toBe(false);
  });

  it('needs three micro-actions of under ten minutes', () => {
    const base = goalAt('act');
    expect(stageOf({ ...base, microActions: base.microActions.slice(0, 2) })).toBe('micro');
    expect(stageOf({ ...base, microActions: [...base.microActions.slice(0, 2), { id: 'x', text: 'no time given' }] })).toBe('micro');
    for (const minutes of [0, 10, 2.5]) {
      expect(Goal.safeParse({ ...base, microActions: [{ ...base.microActions[0]!, minutes }] }).success).toBe(false);
    }
  });

  it('counts days from the day it was written down, in local calendar days', () => {
    const goal = goalAt('goal');
    expect(dayOf(goal, T0)).toBe(1);
    expect(dayOf(goal, at('2026-10-22T23:59:00+02:00'))).toBe(1);
    expect(dayOf(goal, at('2026-10-23T00:01:00+02:00'))).toBe(2);
    // Across the clock change on 25 October.
    expect(dayOf(goal, at('2026-10-28T09:00:00+01:00'))).toBe(7);
    expect(dayOf(goal, T0 - 86_400_000)).toBe(1);
    expect([1, 2, 3, 4, 5, 6, 7, 12].map(plannedStage)).toEqual(['goal', 'steps', 'micro', 'act', 'act', 'act', 'reflect', 'reflect']);
  });
});

describe('SMART hints', () => {
  const met = (title: string, extra: Partial<Goal> = {}) =>
    Object.fromEntries(smartHints({ title, difficulty: 6, ...extra }).map((h) => [h.id, h.met]));

  it.each([
    ['Give the 10-minute team update without notes by 15 December', { specific: true, measurable: true, 'time-bound': true }],
    ['Get better at speaking', { specific: false, measurable: false, 'time-bound': false }],
    ['Improve my Spanish', { specific: false, measurable: false, 'time-bound': false }],
    ['Speak up at least twice in every Monday meeting', { specific: true, measurable: true, 'time-bound': true }],
    ['Run 5 km', { specific: false, measurable: true, 'time-bound': false }],
    ['Ask my manager for the promotion criteria', { specific: true, measurable: false, 'time-bound': false }],
    ['Write 500 words more each day this month', { specific: true, measurable: true, 'time-bound': true }],
  ])('%s', (title, expected) => {
    expect(met(title)).toMatchObject(expected);
  });

  it('counts a date given beside the goal as time-bound', () => {
    expect(met('Ask my manager for the promotion criteria', { deadline: '2026-12-15' })['time-bound']).toBe(true);
  });

  it('wants the goal challenging but achievable: 5 to 8 out of 10', () => {
    const challenge = (difficulty?: number) => smartHints({ title: 'x', ...(difficulty ? { difficulty } : {}) }).find((h) => h.id === 'challenging');
    expect(challenge()).toEqual({ id: 'challenging', met: false, detail: 'unrated' });
    expect(challenge(4)).toEqual({ id: 'challenging', met: false, detail: 'too-easy' });
    expect(challenge(5)?.met).toBe(true);
    expect(challenge(8)?.met).toBe(true);
    expect(challenge(9)).toEqual({ id: 'challenging', met: false, detail: 'too-hard' });
  });
});

describe('step ratings', () => {
  it('nudge every step towards 3 or 4', () => {
    expect([undefined, 1, 2, 3, 4, 5, 10].map(stepNudge)).toEqual(['unrated', 'bolder', 'bolder', 'right', 'right', 'split', 'split']);
  });
});

describe('checking a micro-action off', () => {
  it('logs a win in its words, linked to the goal, and records which win', () => {
    const goal = goalAt('act');
    const first = goal.microActions[0]!;
    const later = T0 + 3 * 86_400_000;
    const done = checkOff(goal, first.id, later);
    expect(WinEntry.parse(done.win)).toMatchObject({ kind: 'win', text: first.text, goalId: goal.id, goalTitle: goal.title, createdAt: later });
    expect(done.goal.microActions[0]).toMatchObject({ doneAt: later, winId: done.win.id });
    expect(done.goal.updatedAt).toBe(later);
    expect(Goal.safeParse(done.goal).success).toBe(true);
  });

  it('refuses an unknown or already checked micro-action', () => {
    const goal = goalAt('act');
    expect(() => checkOff(goal, 'nope', T0)).toThrow(/No micro-action/);
    const once = checkOff(goal, goal.microActions[0]!.id, T0).goal;
    expect(() => checkOff(once, goal.microActions[0]!.id, T0)).toThrow(/already/);
  });

  it('can be taken back, naming the win to delete', () => {
    const goal = goalAt('act');
    const id = goal.microActions[1]!.id;
    const done = checkOff(goal, id, T0);
    const undone = uncheck(done.goal, id, T0 + 1);
    expect(undone.winId).toBe(done.win.id);
    expect(undone.goal.microActions[1]).toEqual(goal.microActions[1]);
    expect(stageOf(undone.goal)).toBe('act');
  });

  it('refuses a micro-action without its words or minutes', () => {
    const goal = goalAt('act');
    const blank = { ...goal, microActions: [{ ...goal.microActions[0]!, minutes: undefined }, ...goal.microActions.slice(1)] };
    delete blank.microActions[0]!.minutes;
    expect(() => checkOff(blank, goal.microActions[0]!.id, T0)).toThrow(/words and minutes/);
  });
});

describe('editing a goal', () => {
  it('starts each stage with its rows once the one before is complete, and only then', () => {
    const unwritten = goalAt('goal');
    expect(withStageRows(unwritten, T0)).toBe(unwritten);
    const seeded = withStageRows(goalAt('steps'), T0);
    expect(seeded.steps).toHaveLength(7);
    expect(seeded.steps.every((s) => s.text === '' && s.difficulty === undefined)).toBe(true);
    expect(new Set(seeded.steps.map((s) => s.id)).size).toBe(7);
    expect(withStageRows(seeded, T0)).toBe(seeded);
    const micro = withStageRows(goalAt('micro'), T0);
    expect(micro.microActions).toHaveLength(3);
    expect(withStageRows({ ...goalAt('micro'), microActions: [action()] }, T0).microActions).toHaveLength(3);
  });

  it('keeps check-offs saved since the copy being edited was taken, and the edit’s words', () => {
    const before = goalAt('act');
    const saved = checkOff(before, before.microActions[0]!.id, T0 + 5).goal;
    // Typed into the third micro-action on the copy from before the check-off.
    const edited = { ...before, microActions: before.microActions.map((a, i) => (i === 2 ? { ...a, text: 'Rewritten' } : a)) };
    const merged = keepCheckOffs(edited, saved);
    expect(merged.microActions[0]).toMatchObject({ doneAt: T0 + 5, winId: saved.microActions[0]!.winId });
    expect(merged.microActions[2]!.text).toBe('Rewritten');
    // And a check taken back stays taken back.
    expect(keepCheckOffs(saved, before).microActions[0]!.doneAt).toBeUndefined();
  });
});
