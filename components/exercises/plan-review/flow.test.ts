import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { listedFlows } from '../registry';
import { planReviewFlow } from './index';

describe('the problem-solving review', () => {
  it('shows the plan made for the same event, asks how it went and what was learned', () => {
    const [, outcome, learned] = stepsOf(planReviewFlow);
    expect(outcome!.blocks[0]).toMatchObject({ kind: 'earlier', flowId: 'problem-solving', fields: ['problem', 'choice', 'step1', 'step2', 'step3'] });
    expect(missingAnswers(learned!, {})).toEqual(['What did you learn about handling this kind of problem?']);
  });

  it('asks how capable the user feels of the next one, before and after, as the reflection it replaces does', () => {
    expect(stepsOf(planReviewFlow).map((s) => s.id)).toEqual(['capability-before', 'outcome', 'learned', 'capability-after']);
  });

  it('opens only from the after-event prompt: without its event it has no plan to show', () => {
    expect(listedFlows.map((f) => f.id)).not.toContain('plan-review');
  });

  it('keeps what was learned, in the user’s words', () => {
    const done = { outcome: ['partly'], learned: 'A backup on paper is enough' };
    expect(planReviewFlow.result.safeParse(done).success).toBe(true);
    expect(finishText(planReviewFlow, done, { crisis: false })[0]).toBe('What you learned: “A backup on paper is enough”. That is yours for the next “what if”.');
  });
});
