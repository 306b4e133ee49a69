import { describe, expect, it } from 'vitest';
import { VALUE_MAX } from '../limits';
import { WinEntry } from '../wins/model';
import {
  actionsDone,
  actionsOf,
  allActions,
  checkOff,
  climbingStep,
  stepClimbed,
  stepRemovable,
  stepSplit,
  withActions,
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
  valueChoices,
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

  it('records how hard the goal feels without judging it: a 10 is as welcome as a 5', () => {
    const rated = (difficulty?: number) => smartHints({ title: 'x', ...(difficulty ? { difficulty } : {}) }).find((h) => h.id === 'rated');
    expect(rated()).toEqual({ id: 'rated', met: false });
    for (const d of [1, 4, 5, 9, 10]) expect(rated(d)).toEqual({ id: 'rated', met: true });
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

describe('the days after the split', () => {
  it('day 4: the win says what the user wrote they did, and the note stays with the micro-action', () => {
    const goal = goalAt('act');
    const first = goal.microActions[0]!;
    const noted = withActions(goal, 0, [{ ...first, note: '  Wrote the three opening lines  ' }, ...goal.microActions.slice(1)]);
    const done = checkOff(noted, first.id, T0 + 3 * 86_400_000);
    expect(done.win.text).toBe('Wrote the three opening lines');
    expect(done.goal.microActions[0]).toMatchObject({ note: '  Wrote the three opening lines  ', doneAt: T0 + 3 * 86_400_000 });
    // Without a note, the micro-action's own words.
    expect(checkOff(goal, first.id, T0).win.text).toBe(first.text);
    // Taking it back keeps the note: it is the user's words.
    expect(uncheck(done.goal, first.id, T0).goal.microActions[0]).toEqual({ ...first, note: '  Wrote the three opening lines  ' });
  });

  it('days 5 and 6: a confidence rating and a fresh rating of the step are kept on the step, and an old goal without them still reads', () => {
    const goal = goalAt('reflect');
    const rated = { ...goal, steps: goal.steps.map((s, i) => (i === 0 ? { ...s, confidence: 6, feelsNow: 2 } : s)) };
    expect(Goal.parse(rated).steps[0]).toMatchObject({ confidence: 6, feelsNow: 2 });
    expect(Goal.safeParse({ ...rated, steps: [{ ...rated.steps[0]!, feelsNow: 11 }, ...rated.steps.slice(1)] }).success).toBe(false);
    // A goal saved before notes, ratings and later steps existed.
    const old = JSON.parse(JSON.stringify(goalAt('done'))) as unknown;
    expect(Goal.safeParse(old).success).toBe(true);
  });

  it('keeps a note typed on an older copy, like any words', () => {
    const before = goalAt('act');
    const saved = checkOff(before, before.microActions[0]!.id, T0 + 5).goal;
    const edited = withActions(before, 0, before.microActions.map((a, i) => (i === 1 ? { ...a, note: 'Did it at lunch' } : a)));
    expect(keepCheckOffs(edited, saved).microActions[1]!.note).toBe('Did it at lunch');
  });
});

describe('the value a goal serves', () => {
  it('is optional: a goal saved before it existed still reads, at every stage', () => {
    for (const stage of ['goal', 'act', 'done'] as const) {
      const old = JSON.parse(JSON.stringify(goalAt(stage))) as Record<string, unknown>;
      expect('value' in old).toBe(false);
      expect(Goal.safeParse(old).success).toBe(true);
    }
  });

  it('is kept in the words of the values list, within the limit of one value', () => {
    const goal = { ...goalAt('reflect'), value: 'Belonging to a community' };
    expect(Goal.parse(goal).value).toBe('Belonging to a community');
    expect(Goal.safeParse({ ...goal, value: 'x'.repeat(VALUE_MAX) }).success).toBe(true);
    expect(Goal.safeParse({ ...goal, value: 'x'.repeat(VALUE_MAX + 1) }).success).toBe(false);
    // "None" is the field left out, never an empty string.
    expect(Goal.safeParse({ ...goal, value: '' }).success).toBe(false);
    expect(Goal.safeParse({ ...goal, value: 3 }).success).toBe(false);
  });

  it('survives a check-off and an edit made on an older copy', () => {
    const goal = { ...goalAt('act'), value: 'Kindness' };
    const saved = checkOff(goal, goal.microActions[0]!.id, T0 + 5).goal;
    expect(saved.value).toBe('Kindness');
    expect(keepCheckOffs({ ...goal, value: 'Health' }, saved).value).toBe('Health');
  });

  it('offers the user’s values in their order, and keeps a chosen value the list has lost', () => {
    const values = ['Kindness', 'Health', 'Humor'];
    expect(valueChoices(values, undefined)).toEqual(values);
    expect(valueChoices(values, 'Health')).toEqual(values);
    expect(valueChoices(values, 'Family')).toEqual([...values, 'Family']);
    expect(values).toEqual(['Kindness', 'Health', 'Humor']);
  });
});

describe('after the week', () => {
  const split = (goal: Goal, index: number) => withActions(goal, index, [action(), action(), action()]);
  const climb = (goal: Goal, index: number) => actionsOf(goal, index).reduce((g, a, i) => checkOff(g, a.id, T0 + i).goal, goal);

  it('goes on to step 2: three micro-actions to write, then to do, each a win', () => {
    const week = goalAt('done');
    expect(climbingStep(week)).toBe(1);
    const rows = withStageRows(week, T0);
    expect(actionsOf(rows, 1)).toHaveLength(3);
    expect(stepSplit(rows, 1)).toBe(false);
    expect(withStageRows(rows, T0)).toBe(rows);
    expect(Goal.safeParse(rows).success).toBe(true);

    const ready = split(week, 1);
    const next = actionsOf(ready, 1)[0]!;
    const done = checkOff(withActions(ready, 1, [{ ...next, note: 'Booked the room' }, ...actionsOf(ready, 1).slice(1)]), next.id, T0 + 8 * 86_400_000);
    expect(done.win).toMatchObject({ text: 'Booked the room', goalId: week.id });
    expect(actionsDone(done.goal, 1)).toBe(1);
    expect(actionsDone(done.goal)).toBe(3);
    expect(Goal.safeParse(done.goal).success).toBe(true);
    expect(uncheck(done.goal, next.id, T0).winId).toBe(done.win.id);
    expect(actionsDone(uncheck(done.goal, next.id, T0).goal, 1)).toBe(0);
  });

  it('moves to each next step once the one before is climbed, to the top of the ladder', () => {
    let goal = goalAt('done');
    for (let index = 1; index < goal.steps.length; index++) {
      expect(climbingStep(goal)).toBe(index);
      goal = climb(split(goal, index), index);
      expect(stepClimbed(goal, index)).toBe(true);
    }
    expect(climbingStep(goal)).toBeUndefined();
    expect(allActions(goal)).toHaveLength(3 * goal.steps.length);
    // Nothing more to add at the top.
    expect(withStageRows(goal, T0)).toBe(goal);
  });

  it('keeps check-offs of a later step when an older copy is edited', () => {
    const ready = split(goalAt('done'), 1);
    const id = actionsOf(ready, 1)[0]!.id;
    const saved = checkOff(ready, id, T0 + 9).goal;
    const edited = withActions(ready, 1, actionsOf(ready, 1).map((a, i) => (i === 2 ? { ...a, text: 'Rewritten' } : a)));
    const merged = keepCheckOffs(edited, saved);
    expect(actionsOf(merged, 1)[0]).toMatchObject({ doneAt: T0 + 9 });
    expect(actionsOf(merged, 1)[2]!.text).toBe('Rewritten');
  });

  it('keeps a step that holds a check-off from being removed', () => {
    const goal = goalAt('act');
    expect(stepRemovable(goal, 0)).toBe(true);
    const ticked = checkOff(goal, goal.microActions[0]!.id, T0).goal;
    expect(stepRemovable(ticked, 0)).toBe(false);
    const later = split(goalAt('done'), 1);
    expect(stepRemovable(later, 1)).toBe(true);
    expect(stepRemovable(checkOff(later, actionsOf(later, 1)[0]!.id, T0).goal, 1)).toBe(false);
  });

  it('during the week, is on step 1', () => {
    expect(climbingStep(goalAt('act'))).toBe(0);
    expect(climbingStep(goalAt('reflect'))).toBe(0);
  });
});
