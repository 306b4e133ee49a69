// Which exercise a prompt opens, and why, from the event's kind, the prompt's
// moment, what the user has already done for the event, and their own choice
// per kind in the settings. Pure: the engine gathers the facts, this decides,
// and the decision log keeps the answer with its reason.
import { FLOW_IDS, type FlowId } from '../exercises/ids';
import type { PromptType, StakesKind } from '../planner/types';
import type { OfferReason, PromptPage } from './model';

/** The user's choice for one kind of event at one prompt's moment. */
interface ExerciseOverride {
  kind: StakesKind;
  type: PromptType;
  flowId: FlowId;
}

/**
 * The exercises that fit each moment, Primed's usual one first. The values
 * reflection and the get-ready exercise stand alone: 45 minutes before, the
 * reflection only works when nothing ties it to the event, and 5 minutes
 * before there is no time for anything longer than getting ready.
 */
export const CHOICES: Record<PromptType, readonly FlowId[]> = {
  rehearse: [FLOW_IDS.rehearsal, FLOW_IDS.problemSolving, FLOW_IDS.reachOut, FLOW_IDS.roleModel],
  affirm: [FLOW_IDS.affirmation],
  ready: [FLOW_IDS.stress],
  feedback: [FLOW_IDS.feedback, FLOW_IDS.setback],
};

/** The exercises' names, short enough for a choice in the settings. */
export const EXERCISE_NAMES: Partial<Record<FlowId, string>> = {
  [FLOW_IDS.rehearsal]: 'Step-by-step rehearsal',
  [FLOW_IDS.problemSolving]: 'Solve a “what if” worry',
  [FLOW_IDS.reachOut]: 'Reach out to a supporter',
  [FLOW_IDS.roleModel]: 'Someone like me',
  [FLOW_IDS.affirmation]: 'Values reflection',
  [FLOW_IDS.stress]: 'Get ready',
  [FLOW_IDS.feedback]: 'Learn from how it went',
  [FLOW_IDS.setback]: 'Setback as an experiment',
};

/** Kinds as they read inside a sentence. */
const KIND_NOUNS: Record<StakesKind, string> = {
  presentation: 'a presentation',
  interview: 'an interview',
  exam: 'an exam',
  conversation: 'a difficult conversation',
  review: 'a performance review',
  pitch: 'a pitch',
  other: 'a big moment',
};

/** Plural, for "your choice for interviews". */
export const KIND_PLURALS: Record<StakesKind, string> = {
  presentation: 'presentations',
  interview: 'interviews',
  exam: 'exams',
  conversation: 'difficult conversations',
  review: 'performance reviews',
  pitch: 'pitches',
  other: 'other moments',
};

/** What exists for the event when its prompt is decided. */
export interface ChoiceFacts {
  kind: StakesKind;
  type: PromptType;
  /** A rehearsal was done for this event. */
  rehearsed: boolean;
  /** That rehearsal left if-then plans (they ride along with the get-ready prompt). */
  ifThenPlans: boolean;
  /** A problem-solving plan was made for this event. */
  problemSolving: boolean;
  /** A prep plan (lib/prep) exists for this event. */
  prepPlan: boolean;
  /** How many supporters the user has listed. */
  supporters: number;
  overrides?: readonly ExerciseOverride[];
}

interface ExerciseChoice {
  flowId: FlowId;
  /** One plain sentence, kept in the decision log. */
  reason: string;
  /** Whether the user's setting made the choice. */
  chosenBy: 'primed' | 'user';
  /** A page Start opens instead of the exercise: the event's prep plan, which leads to it as its last step. */
  opens?: PromptPage;
}

/** The user's choice for this kind and moment, if they made one that still fits it. */
export function overrideFor(overrides: readonly ExerciseOverride[] | undefined, kind: StakesKind, type: PromptType): FlowId | undefined {
  const found = overrides?.find((o) => o.kind === kind && o.type === type);
  return found && CHOICES[type].includes(found.flowId) ? found.flowId : undefined;
}

/** Sets (or, with undefined, clears) the user's choice for one kind and moment. */
export function withOverride(overrides: readonly ExerciseOverride[] | undefined, kind: StakesKind, type: PromptType, flowId: FlowId | undefined): ExerciseOverride[] {
  const rest = (overrides ?? []).filter((o) => !(o.kind === kind && o.type === type));
  return flowId === undefined ? rest : [...rest, { kind, type, flowId }];
}

/**
 * Interviews and presentations are where someone else helps most: a mock run
 * with a supporter, or the story of someone like you who did it. Offered the
 * day before only once the event has been rehearsed, so that rehearsal (the
 * step with the strongest evidence) always comes first, and a second prompt
 * for the same event adds something instead of repeating it.
 */
export const SOCIAL_KINDS: readonly StakesKind[] = ['interview', 'presentation'];

/** Primed's own choice, before any override. */
function primedChoice(facts: ChoiceFacts): ExerciseChoice {
  const noun = KIND_NOUNS[facts.kind];
  const primed = (flowId: FlowId, reason: string): ExerciseChoice => ({ flowId, reason, chosenBy: 'primed' });
  switch (facts.type) {
    case 'rehearse':
      if (facts.rehearsed && SOCIAL_KINDS.includes(facts.kind)) {
        return facts.supporters > 0
          ? primed(FLOW_IDS.reachOut, `The day before ${noun} you have already rehearsed: ask one of your supporters for a mock run or a word of advice.`)
          : primed(FLOW_IDS.roleModel, `The day before ${noun} you have already rehearsed: borrow one thing from someone like you who managed it.`);
      }
      // A prep plan ends with a mental rehearsal the day before: the prompt opens the plan, where that step starts
      // the rehearsal, so the user sees what is done and what is left rather than an exercise out of context.
      if (facts.prepPlan) {
        return {
          ...primed(FLOW_IDS.rehearsal, `The day before ${noun}: your prep plan, whose last step is a step-by-step rehearsal with if-then plans for the hard moments.`),
          opens: 'prep-plan',
        };
      }
      return primed(FLOW_IDS.rehearsal, `The day before ${noun}: a step-by-step rehearsal, with if-then plans for the hard moments.`);
    case 'affirm':
      // Never names the event as its purpose: the reflection is about the person.
      return primed(FLOW_IDS.affirmation, 'A quiet reflection on what matters to you, well ahead of time.');
    case 'ready':
      return primed(
        FLOW_IDS.stress,
        facts.ifThenPlans
          ? `Just before ${noun}: turn nerves into readiness, with your if-then plans one press away.`
          : `Just before ${noun}: turn nerves into readiness.`,
      );
    case 'feedback':
      return facts.problemSolving
        ? primed(FLOW_IDS.planReview, `After ${noun} you made a plan for: see whether the plan worked.`)
        : primed(FLOW_IDS.feedback, `After ${noun}: reflect on what you did and what to try next time.`);
  }
}

/**
 * The exercise a prompt opens. The user's choice for the kind wins, with one
 * exception: after an event they made a problem-solving plan for, its review
 * still comes, because it is the plan's own last step for that very event.
 */
export function chooseExercise(facts: ChoiceFacts): ExerciseChoice {
  const own = overrideFor(facts.overrides, facts.kind, facts.type);
  const primed = primedChoice(facts);
  if (own === undefined || own === primed.flowId || primed.flowId === FLOW_IDS.planReview) return primed;
  const name = (EXERCISE_NAMES[own] ?? own).toLowerCase();
  return { flowId: own, reason: `Your choice for ${KIND_PLURALS[facts.kind]} in the settings: ${name}.`, chosenBy: 'user' };
}

/**
 * Why a decided prompt offers its exercise, for the popup's card, read from
 * the decision itself so the card agrees with the log even when the settings
 * changed since. None for the values reflection: saying what it is for, or
 * that an event timed it, takes its effect away.
 */
export function offerReason(type: PromptType, exercise: { flowId: string; chosenBy: ExerciseChoice['chosenBy']; opens?: PromptPage | undefined }): OfferReason | undefined {
  if (type === 'affirm') return undefined;
  if (exercise.chosenBy === 'user') return 'settings';
  if (exercise.opens === 'prep-plan') return 'prep-plan';
  switch (type) {
    case 'rehearse':
      return exercise.flowId === FLOW_IDS.rehearsal ? 'rehearse' : 'rehearsed';
    case 'ready':
      return 'ready';
    case 'feedback':
      return exercise.flowId === FLOW_IDS.planReview ? 'plan-review' : 'after';
  }
}

/**
 * Whether a decided prompt opened the event's prep plan: then the rehearsal
 * started from the plan is the exercise that prompt offered, and finishing it
 * completes the prompt in the log, as it would have from the exercise itself.
 */
export function openedPlan(decision: { exercise?: { opens?: PromptPage | undefined } | undefined; engagement: ReadonlyArray<{ what: string }> } | undefined): boolean {
  return decision?.exercise?.opens === 'prep-plan' && decision.engagement.some((e) => e.what === 'opened');
}

/** Primed's choice in a word, for the settings' "Primed's choice (…)"; the page explains the rest. */
export function primedSummary(type: PromptType): string {
  if (type === 'rehearse') return 'rehearsal';
  if (type === 'feedback') return 'reflection';
  return (EXERCISE_NAMES[CHOICES[type][0]!] ?? '').toLowerCase();
}
