import { describe, expect, it } from 'vitest';
import { affirmationFlow } from '@/components/exercises/affirmation';
import { reframeFlow } from '@/components/exercises/reframe';
import { stressFlow } from '@/components/exercises/stress';
import { finishSummary } from './finish';

describe('the finish screen’s summary', () => {
  it('gives the user’s own words in one sentence and the change in their answer, apart', () => {
    expect(finishSummary(stressFlow, { firstMove: 'Open with the summary', readinessBefore: 4, readinessAfter: 7 }, { crisis: false })).toEqual({
      said: 'Your first move: “Open with the summary”.',
      change: { label: 'How ready you feel', before: 4, after: 7, sentence: 'How ready you feel: 4 before, 7 now.' },
      saved: 'It is all in your journal.',
    });
    expect(finishSummary(reframeFlow, { balanced: 'One gap is not all of it' }, { crisis: false }).said).toBe('Your fairer thought: “One gap is not all of it”.');
  });

  it('quotes the user’s words without a full stop before the sentence’s own', () => {
    expect(finishSummary(stressFlow, { firstMove: 'Open with the summary.' }, { crisis: false }).said).toBe('Your first move: “Open with the summary”.');
    expect(finishSummary(stressFlow, { firstMove: 'Wait and see...' }, { crisis: false }).said).toBe('Your first move: “Wait and see...”.');
  });

  it('shows no change when one of the two answers was left out', () => {
    expect(finishSummary(stressFlow, { firstMove: 'Go', readinessBefore: 4 }, { crisis: false }).change).toBeUndefined();
  });

  it('never shows a readiness change for the values reflection, even from an old entry that carries one', () => {
    const summary = finishSummary(affirmationFlow, { value: 'Family', readinessBefore: 3, readinessAfter: 8 }, { crisis: false });
    expect(summary.change).toBeUndefined();
    expect(summary.said).toBe('You spent some time with a value that is yours: Family.');
    expect(finishSummary(affirmationFlow, { value: 'Family', why: 'They keep me steady' }, { crisis: false }).said).toBe(
      'Why Family matters to you, in your words: “They keep me steady”.',
    );
  });

  it('after words that read like a crisis, only says the words are kept', () => {
    expect(finishSummary(stressFlow, { firstMove: 'Go', readinessBefore: 4, readinessAfter: 7 }, { crisis: true })).toEqual({
      saved: 'What you wrote is saved in your journal.',
    });
  });
});
