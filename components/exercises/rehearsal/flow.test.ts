import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { ifThenPlansOf } from '@/lib/exercises/if-then';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { rehearsalFlow } from './index';

const done = {
  moment: 'Interview at Northwind',
  arriving: 'Sign in, sit, look at my notes once',
  opening: 'Thank them and give my one-line story',
  hardPart: 'The question about the gap year',
  close: 'Ask about next steps',
  risk1: 'they ask about the gap in my CV',
  risk2: 'my mind goes blank on the numbers',
  plan1: 'say it was a year caring for my dad, and what I learned',
  plan2: 'look at my one-page notes and read the figure',
  readinessBefore: 4,
  readinessAfter: 6,
};

describe('mental rehearsal', () => {
  it('walks through the event as a process, then names two risks and plans for each', () => {
    expect(stepsOf(rehearsalFlow).map((s) => s.id)).toEqual(['readiness-before', 'moment', 'walk-through', 'risks', 'plans', 'run-through', 'readiness-after']);
    const [, , walk, risks, plans] = stepsOf(rehearsalFlow);
    expect(missingAnswers(walk!, {})).toHaveLength(4);
    expect(missingAnswers(risks!, { risk1: 'x' })).toEqual(['The second one']);
    expect(plans!.blocks.filter((b) => b.kind === 'recall').map((b) => 'field' in b && b.field)).toEqual(['risk1', 'risk2']);
    expect(missingAnswers(plans!, done)).toEqual([]);
  });

  it('rehearses the doing, never a picture of the happy ending', () => {
    const words = JSON.stringify(rehearsalFlow.steps);
    expect(words).toMatch(/Not the applause at the end: the doing/);
    expect(words).not.toMatch(/imagine (it going|succeeding|the perfect)|visuali[sz]e success|dream/i);
    expect(words).not.toMatch(/\bcalm/i);
  });

  it('stores a finished rehearsal, and refuses one without its if-then plans', () => {
    expect(rehearsalFlow.result.safeParse(done).success).toBe(true);
    expect(rehearsalFlow.result.safeParse({ ...done, plan2: ' ' }).success).toBe(false);
  });

  it('ends with the first if-then plan in the user’s own words', () => {
    expect(finishText(rehearsalFlow, done, { crisis: false })[0]).toBe(
      'Your first plan: if “they ask about the gap in my CV”, then “say it was a year caring for my dad, and what I learned”. It will be there just before you start.',
    );
  });

  it('is the rehearsal the get-ready prompt reads its two if-then plans from', () => {
    expect(rehearsalFlow.id).toBe(FLOW_IDS.rehearsal);
    expect(ifThenPlansOf(done)).toEqual([
      { when: done.risk1, then: done.plan1 },
      { when: done.risk2, then: done.plan2 },
    ]);
  });
});
