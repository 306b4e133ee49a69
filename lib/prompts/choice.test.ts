import { describe, expect, it } from 'vitest';
import { FLOW_IDS, type FlowId } from '../exercises/ids';
import { PROMPT_TYPES, STAKES_KINDS, type PromptType, type StakesKind } from '../planner/types';
import { CHOICES, EXERCISE_NAMES, chooseExercise, offerReason, openedPlan, overrideFor, withOverride, type ChoiceFacts } from './choice';
import { PromptSettings } from './model';
import { promptSettingsItem } from './items';

const facts = (kind: StakesKind, type: PromptType, patch: Partial<ChoiceFacts> = {}): ChoiceFacts => ({
  kind,
  type,
  rehearsed: false,
  ifThenPlans: false,
  problemSolving: false,
  prepPlan: false,
  supporters: 0,
  ...patch,
});

const USUAL: Record<PromptType, FlowId> = { rehearse: FLOW_IDS.rehearsal, affirm: FLOW_IDS.affirmation, ready: FLOW_IDS.stress, feedback: FLOW_IDS.feedback };

describe('chooseExercise: Primed’s own choice', () => {
  it.each(STAKES_KINDS.flatMap((kind) => PROMPT_TYPES.map((type) => [kind, type] as const)))('%s, %s: the usual exercise, with a sentence saying why', (kind, type) => {
    const choice = chooseExercise(facts(kind, type));
    expect(choice.flowId).toBe(USUAL[type]);
    expect(choice.chosenBy).toBe('primed');
    expect(choice.reason).toMatch(/^[A-Z].{20,160}\.$/);
  });

  it('never names the event, nor readiness, as the purpose of the values reflection', () => {
    for (const kind of STAKES_KINDS) {
      const { reason } = chooseExercise(facts(kind, 'affirm'));
      expect(reason).not.toMatch(/interview|presentation|exam|review|pitch|conversation|moment|ready|readiness|perform|prepar/i);
    }
  });

  it('names the kind of event in the other reasons', () => {
    expect(chooseExercise(facts('interview', 'rehearse')).reason).toBe('The day before an interview: a step-by-step rehearsal, with if-then plans for the hard moments.');
    expect(chooseExercise(facts('conversation', 'feedback')).reason).toMatch(/^After a difficult conversation:/);
    expect(chooseExercise(facts('exam', 'ready')).reason).toBe('Just before an exam: turn nerves into readiness.');
  });

  it('says the if-then plans come along with the get-ready exercise when there are some', () => {
    expect(chooseExercise(facts('pitch', 'ready', { ifThenPlans: true })).reason).toMatch(/if-then plans one press away/);
  });

  it('after an event with a problem-solving plan: the plan’s review', () => {
    for (const kind of STAKES_KINDS) {
      expect(chooseExercise(facts(kind, 'feedback', { problemSolving: true })).flowId).toBe(FLOW_IDS.planReview);
    }
  });

  it('with a prep plan, the day before opens the plan, whose last step is the rehearsal', () => {
    const choice = chooseExercise(facts('exam', 'rehearse', { prepPlan: true }));
    expect(choice).toMatchObject({ flowId: FLOW_IDS.rehearsal, opens: 'prep-plan', chosenBy: 'primed' });
    expect(choice.reason).toMatch(/prep plan/);
    // Without one, the rehearsal itself; at other moments, never the plan.
    expect(chooseExercise(facts('exam', 'rehearse')).opens).toBeUndefined();
    for (const type of PROMPT_TYPES.filter((t) => t !== 'rehearse')) expect(chooseExercise(facts('exam', type, { prepPlan: true })).opens).toBeUndefined();
  });

  it('with a prep plan and an interview already rehearsed, a supporter still comes next, not the plan', () => {
    const choice = chooseExercise(facts('interview', 'rehearse', { prepPlan: true, rehearsed: true, supporters: 1 }));
    expect(choice.flowId).toBe(FLOW_IDS.reachOut);
    expect(choice.opens).toBeUndefined();
  });

  it('an interview or presentation already rehearsed: a supporter, or someone like me when there is none', () => {
    for (const kind of ['interview', 'presentation'] as const) {
      expect(chooseExercise(facts(kind, 'rehearse', { rehearsed: true, supporters: 2 })).flowId).toBe(FLOW_IDS.reachOut);
      expect(chooseExercise(facts(kind, 'rehearse', { rehearsed: true, supporters: 0 })).flowId).toBe(FLOW_IDS.roleModel);
      // Not rehearsed yet: rehearsal first, supporters or not.
      expect(chooseExercise(facts(kind, 'rehearse', { supporters: 3 })).flowId).toBe(FLOW_IDS.rehearsal);
    }
    // Other kinds rehearse again.
    expect(chooseExercise(facts('exam', 'rehearse', { rehearsed: true, supporters: 2 })).flowId).toBe(FLOW_IDS.rehearsal);
  });
});

describe('chooseExercise: the user’s choice per kind', () => {
  it('wins for its kind and moment only, and says so', () => {
    const overrides = [{ kind: 'interview', type: 'rehearse', flowId: FLOW_IDS.roleModel }] as const;
    const choice = chooseExercise(facts('interview', 'rehearse', { overrides }));
    expect(choice).toEqual({ flowId: FLOW_IDS.roleModel, chosenBy: 'user', reason: 'Your choice for interviews in the settings: someone like me.' });
    expect(chooseExercise(facts('presentation', 'rehearse', { overrides })).flowId).toBe(FLOW_IDS.rehearsal);
    expect(chooseExercise(facts('interview', 'feedback', { overrides })).flowId).toBe(FLOW_IDS.feedback);
  });

  it('every exercise that fits a moment can be chosen for every kind', () => {
    for (const kind of STAKES_KINDS) {
      for (const type of PROMPT_TYPES) {
        for (const flowId of CHOICES[type]) {
          const choice = chooseExercise(facts(kind, type, { overrides: [{ kind, type, flowId }] }));
          expect(choice.flowId).toBe(flowId);
          expect(EXERCISE_NAMES[flowId]).toBeDefined();
        }
      }
    }
  });

  it('a choice that does not fit the moment is ignored', () => {
    const overrides = [{ kind: 'exam', type: 'affirm', flowId: FLOW_IDS.reachOut }] as const;
    expect(overrideFor(overrides, 'exam', 'affirm')).toBeUndefined();
    expect(chooseExercise(facts('exam', 'affirm', { overrides })).flowId).toBe(FLOW_IDS.affirmation);
  });

  it('does not replace the review of a plan made for the event', () => {
    const overrides = [{ kind: 'review', type: 'feedback', flowId: FLOW_IDS.setback }] as const;
    expect(chooseExercise(facts('review', 'feedback', { overrides })).flowId).toBe(FLOW_IDS.setback);
    expect(chooseExercise(facts('review', 'feedback', { overrides, problemSolving: true })).flowId).toBe(FLOW_IDS.planReview);
  });

  it('another exercise chosen for the day before opens itself, not the prep plan', () => {
    const overrides = [{ kind: 'exam', type: 'rehearse', flowId: FLOW_IDS.problemSolving }] as const;
    const choice = chooseExercise(facts('exam', 'rehearse', { overrides, prepPlan: true }));
    expect(choice).toMatchObject({ flowId: FLOW_IDS.problemSolving, chosenBy: 'user' });
    expect(choice.opens).toBeUndefined();
  });

  it('choosing the rehearsal keeps it even after one was done', () => {
    const overrides = [{ kind: 'interview', type: 'rehearse', flowId: FLOW_IDS.rehearsal }] as const;
    const choice = chooseExercise(facts('interview', 'rehearse', { overrides, rehearsed: true, supporters: 1 }));
    expect(choice).toMatchObject({ flowId: FLOW_IDS.rehearsal, chosenBy: 'user' });
  });

  it('withOverride sets one choice at a time and clears it', () => {
    let overrides = withOverride(undefined, 'interview', 'rehearse', FLOW_IDS.reachOut);
    overrides = withOverride(overrides, 'exam', 'feedback', FLOW_IDS.setback);
    overrides = withOverride(overrides, 'interview', 'rehearse', FLOW_IDS.roleModel);
    expect(overrides).toEqual([
      { kind: 'exam', type: 'feedback', flowId: FLOW_IDS.setback },
      { kind: 'interview', type: 'rehearse', flowId: FLOW_IDS.roleModel },
    ]);
    expect(withOverride(overrides, 'exam', 'feedback', undefined)).toEqual([{ kind: 'interview', type: 'rehearse', flowId: FLOW_IDS.roleModel }]);
  });
});

describe('offerReason: why the popup’s card says the exercise is offered', () => {
  const reasonFor = (kind: StakesKind, type: PromptType, patch: Partial<ChoiceFacts> = {}) => offerReason(type, chooseExercise(facts(kind, type, patch)));

  it('follows each branch of the choice', () => {
    expect(reasonFor('exam', 'rehearse')).toBe('rehearse');
    expect(reasonFor('exam', 'rehearse', { prepPlan: true })).toBe('prep-plan');
    expect(reasonFor('interview', 'rehearse', { rehearsed: true, supporters: 1 })).toBe('rehearsed');
    expect(reasonFor('presentation', 'rehearse', { rehearsed: true })).toBe('rehearsed');
    expect(reasonFor('pitch', 'ready', { ifThenPlans: true })).toBe('ready');
    expect(reasonFor('review', 'feedback')).toBe('after');
    expect(reasonFor('review', 'feedback', { problemSolving: true })).toBe('plan-review');
    expect(reasonFor('interview', 'rehearse', { overrides: [{ kind: 'interview', type: 'rehearse', flowId: FLOW_IDS.roleModel }] })).toBe('settings');
  });

  it('gives none for the values reflection, whatever is known about the event', () => {
    for (const kind of STAKES_KINDS) {
      expect(reasonFor(kind, 'affirm', { prepPlan: true, rehearsed: true, supporters: 3, problemSolving: true })).toBeUndefined();
    }
    // Not even for a decision that somehow says it was chosen in the settings.
    expect(offerReason('affirm', { flowId: FLOW_IDS.affirmation, chosenBy: 'user' })).toBeUndefined();
  });
});

describe('openedPlan: a rehearsal started from the plan belongs to the prompt that opened it', () => {
  const planned = { flowId: FLOW_IDS.rehearsal, reason: 'r', chosenBy: 'primed', opens: 'prep-plan' } as const;

  it('only once the prompt opened the plan', () => {
    expect(openedPlan({ exercise: planned, engagement: [{ what: 'shown' }, { what: 'opened' }] })).toBe(true);
    expect(openedPlan({ exercise: planned, engagement: [{ what: 'shown' }] })).toBe(false);
  });

  it('not for a prompt that opened the exercise itself, nor when there was no decision', () => {
    expect(openedPlan({ exercise: { ...planned, opens: undefined }, engagement: [{ what: 'opened' }] })).toBe(false);
    expect(openedPlan({ engagement: [{ what: 'opened' }] })).toBe(false);
    expect(openedPlan(undefined)).toBe(false);
  });
});

describe('the choices in the stored settings', () => {
  it('settings saved before choices existed still read, as Primed’s choice everywhere', () => {
    const old = { ...promptSettingsItem.defaults };
    delete old.exercises;
    const read = PromptSettings.parse(old);
    expect(read.exercises).toBeUndefined();
    expect(overrideFor(read.exercises, 'interview', 'rehearse')).toBeUndefined();
  });

  it('keeps a choice, and refuses an exercise that does not exist', () => {
    const exercises = [{ kind: 'interview', type: 'rehearse', flowId: FLOW_IDS.reachOut }];
    expect(PromptSettings.parse({ ...promptSettingsItem.defaults, exercises }).exercises).toEqual(exercises);
    expect(PromptSettings.safeParse({ ...promptSettingsItem.defaults, exercises: [{ kind: 'interview', type: 'rehearse', flowId: 'nap' }] }).success).toBe(false);
  });
});
