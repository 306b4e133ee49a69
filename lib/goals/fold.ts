// What a goal ladder can fold away: the first week once it is closed, and
// each later step once all three of its micro-actions are done. The page
// shows each as one line of figures that opens on demand, so the step being
// climbed is what the eye lands on and nothing written is out of reach.
import { actionsDone, stageOf, stepClimbed, type Goal } from './model';

/** A before-and-after pair of ratings; either may be missing when the user skipped it. */
export interface Change {
  before: number | undefined;
  after: number | undefined;
}

export interface WeekFold {
  kind: 'week';
  /** Stable across renders, so the page remembers which folds are open. */
  key: 'week';
  /** Micro-actions done in the week (the first step's). */
  actions: number;
  /** How sure the user was on day 1, and again on day 7. */
  confidence: Change;
}

export interface StepFold {
  kind: 'step';
  key: string;
  /** 1-based, as the page numbers steps. */
  step: number;
  text: string;
  actions: number;
  /** How hard the step looked on day 2, and how hard it felt after its third micro-action. */
  difficulty: Change;
  /** How sure the user was of the whole goal after its second micro-action. */
  confidence: number | undefined;
}

export type Fold = WeekFold | StepFold;

/** Whether the first week is closed: step 1 climbed and the look back written. */
export function weekFinished(goal: Goal): boolean {
  return stageOf(goal) === 'done';
}

export function weekFold(goal: Goal): WeekFold | undefined {
  if (!weekFinished(goal)) return undefined;
  return {
    kind: 'week',
    key: 'week',
    actions: actionsDone(goal, 0),
    confidence: { before: goal.confidenceBefore, after: goal.reflection?.confidenceAfter },
  };
}

/**
 * The steps after the first that are climbed, in ladder order. Only once the
 * week is closed: before that, no later step has micro-actions to climb.
 */
export function climbedStepFolds(goal: Goal): StepFold[] {
  if (!weekFinished(goal)) return [];
  return goal.steps.flatMap((step, i) =>
    i > 0 && stepClimbed(goal, i)
      ? [
          {
            kind: 'step' as const,
            key: step.id,
            step: i + 1,
            text: step.text.trim(),
            actions: actionsDone(goal, i),
            difficulty: { before: step.difficulty, after: step.feelsNow },
            confidence: step.confidence,
          },
        ]
      : [],
  );
}

/** Every fold of the ladder, the week first. */
export function foldsOf(goal: Goal): Fold[] {
  const week = weekFold(goal);
  return [...(week ? [week] : []), ...climbedStepFolds(goal)];
}
