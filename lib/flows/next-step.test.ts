import { describe, expect, it } from 'vitest';
import { flows } from '@/components/flows/registry';
import { feedbackFlow } from '@/components/flows/feedback';
import { affirmationFlow } from '@/components/flows/affirmation';
import { nextStepAfter } from './next-step';

describe('the finish screen’s one next step', () => {
  it('offers to log a win after a reflection on something that went well', () => {
    expect(nextStepAfter(feedbackFlow, { outcome: 8, actions: 'Paused' }, { crisis: false })).toEqual({ kind: 'log-win', label: 'Log a win' });
  });

  it('sends the user back to their day after a setback, and after the values reflection', () => {
    expect(nextStepAfter(feedbackFlow, { outcome: 2 }, { crisis: false })).toEqual({ kind: 'day', label: 'Back to your day' });
    expect(nextStepAfter(affirmationFlow, { value: 'Family' }, { crisis: false })).toEqual({ kind: 'day', label: 'Back to your day' });
  });

  it('suggests nothing after words that read like a crisis, whatever the exercise', () => {
    for (const flow of flows) expect(nextStepAfter(flow, { outcome: 9 }, { crisis: true })).toEqual({ kind: 'close', label: 'Close' });
  });
});
