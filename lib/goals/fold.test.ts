import { describe, expect, it } from 'vitest';
import { climbedStepFolds, foldsOf, weekFinished, weekFold } from './fold';
import { newGoal, type Goal, type GoalStep, type MicroAction } from './model';

const T0 = new Date('2026-10-22T20:00:00+02:00').getTime();

const action = (id: string, done: boolean): MicroAction => ({ id, text: `do ${id}`, minutes: 5, ...(done ? { doneAt: T0, winId: `w-${id}` } : {}) });
const actions = (prefix: string, done: number) => [0, 1, 2].map((i) => action(`${prefix}${i}`, i < done));

/** A goal whose first week is through day 6, with seven steps rated 3 (the first 4). */
function weekDone(): Goal {
  const steps: GoalStep[] = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `  step ${i + 1} `, difficulty: i === 0 ? 4 : 3 }));
  return { ...newGoal(T0), title: 'Give the update without notes', difficulty: 8, confidenceBefore: 4, steps, microActions: actions('a', 3) };
}

const closed = (goal: Goal): Goal => ({ ...goal, reflection: { text: 'I can start.', confidenceAfter: 7 }, finishedAt: T0 });

const withStep = (goal: Goal, index: number, patch: Partial<GoalStep>): Goal => ({
  ...goal,
  steps: goal.steps.map((s, i) => (i === index ? { ...s, ...patch } : s)),
});

describe('folding a goal ladder', () => {
  it('folds nothing while the week is still open, even with step 1 climbed', () => {
    const goal = weekDone();
    expect(weekFinished(goal)).toBe(false);
    expect(weekFold(goal)).toBeUndefined();
    expect(foldsOf(goal)).toEqual([]);
  });

  it('folds the week once it is closed, with its micro-actions and confidence on day 1 and day 7', () => {
    const goal = closed(weekDone());
    expect(weekFinished(goal)).toBe(true);
    expect(weekFold(goal)).toEqual({ kind: 'week', key: 'week', actions: 3, confidence: { before: 4, after: 7 } });
  });

  it('leaves a skipped rating out rather than guessing it', () => {
    const goal = closed(weekDone());
    delete goal.confidenceBefore;
    expect(weekFold({ ...goal, reflection: { text: 'Done.' } })?.confidence).toEqual({ before: undefined, after: undefined });
  });

  it('opens the week again when a tick of step 1 is taken back', () => {
    const goal = closed(weekDone());
    const untaken = { ...goal, microActions: [...goal.microActions.slice(0, 2), action('a2', false)] };
    expect(foldsOf(untaken)).toEqual([]);
  });

  it('folds each later step once all three of its micro-actions are done, with its ratings', () => {
    let goal = closed(weekDone());
    goal = withStep(goal, 1, { microActions: actions('b', 3), confidence: 8, feelsNow: 2 });
    goal = withStep(goal, 2, { microActions: actions('c', 2) });
    expect(climbedStepFolds(goal)).toEqual([{ kind: 'step', key: 's1', step: 2, text: 'step 2', actions: 3, difficulty: { before: 3, after: 2 }, confidence: 8 }]);
    expect(foldsOf(goal).map((f) => f.key)).toEqual(['week', 's1']);
  });

  it('does not fold a step with fewer than three micro-actions, however many are ticked', () => {
    let goal = closed(weekDone());
    goal = withStep(goal, 1, { microActions: actions('b', 2).slice(0, 2) });
    expect(climbedStepFolds(goal)).toEqual([]);
  });

  it('keeps ladder order when an earlier step is opened again by an untick', () => {
    let goal = closed(weekDone());
    goal = withStep(goal, 1, { microActions: actions('b', 2) });
    goal = withStep(goal, 2, { microActions: actions('c', 3) });
    goal = withStep(goal, 3, { microActions: actions('d', 3) });
    expect(climbedStepFolds(goal).map((f) => f.step)).toEqual([3, 4]);
  });
});
