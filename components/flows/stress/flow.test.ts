import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/flows/runner';
import { stressFlow } from './index';

describe('stress reinterpretation', () => {
  it('takes the reader from how they feel to a first concrete move', () => {
    expect(stepsOf(stressFlow).map((s) => s.id)).toEqual([
      'readiness-before',
      'feel',
      'heartbeat',
      'reinterpret',
      'breathe',
      'first-move',
      'readiness-after',
    ]);
  });

  it('asks only for the tension rating and the first move; the rest is optional', () => {
    const [, feel, , , , firstMove] = stepsOf(stressFlow);
    expect(missingAnswers(feel!, {})).toEqual(['From tense to calm']);
    expect(missingAnswers(firstMove!, {})).toEqual(['What is the first thing you will do or say?']);
  });

  it('stores a finished exercise and refuses one without its first move', () => {
    expect(stressFlow.result.safeParse({ calm: 4, firstMove: 'Open with the summary', readinessAfter: 7 }).success).toBe(true);
    expect(stressFlow.result.safeParse({ calm: 4, firstMove: '  ' }).success).toBe(false);
  });

  it('reads arousal as readiness, not as a trick to perform better', () => {
    const text = JSON.stringify(stressFlow.steps);
    expect(text).toMatch(/getting ready/);
    expect(text).not.toMatch(/perform better|boost your performance/i);
  });
});
