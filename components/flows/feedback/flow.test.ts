import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/flows/runner';
import { feedbackFlow } from './index';

describe('task-level feedback', () => {
  it('asks the three reflection questions, an outcome, and helps ask others', () => {
    const steps = stepsOf(feedbackFlow);
    expect(steps.map((s) => s.id)).toEqual(['readiness-before', 'outcome', 'actions', 'capability', 'next-time', 'ask', 'readiness-after']);
    expect(missingAnswers(steps[2]!, {})).toEqual(['Which specific things you did led to what went well?']);
    expect(missingAnswers(steps[5]!, {})).toEqual([]);
    expect(steps[5]!.blocks.some((b) => b.kind === 'ask')).toBe(true);
  });

  it('stores a finished reflection and refuses an empty one', () => {
    const done = { outcome: 8, actions: 'Paused after the key number', capability: 'I can hold a room', nextTime: 'Pause again' };
    expect(feedbackFlow.result.safeParse(done).success).toBe(true);
    expect(feedbackFlow.result.safeParse({ ...done, capability: '' }).success).toBe(false);
  });
});

describe('after a hard one', () => {
  it('offers the setback log when the outcome was low, and not otherwise', () => {
    expect(feedbackFlow.followUp?.({ outcome: 3 })?.flowId).toBe('setback');
    expect(feedbackFlow.followUp?.({ outcome: 4 })?.flowId).toBe('setback');
    expect(feedbackFlow.followUp?.({ outcome: 5 })).toBeUndefined();
    expect(feedbackFlow.followUp?.({})).toBeUndefined();
  });
});
