import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { selfCheckFlow } from './index';

describe('the confidence check', () => {
  it('asks the four ratings, and nothing about readiness around them', () => {
    const steps = stepsOf(selfCheckFlow);
    expect(steps.map((s) => s.id)).toEqual(['intro', 'ratings']);
    expect(missingAnswers(steps[1]!, {})).toEqual(['Handle unexpected problems', 'Accomplish difficult tasks', 'Stick to my goals', 'Overcome obstacles']);
  });

  it('stores four whole numbers from 1 to 10', () => {
    expect(selfCheckFlow.result.safeParse({ unexpected: 6, difficult: 5, goals: 7, obstacles: 4 }).success).toBe(true);
    expect(selfCheckFlow.result.safeParse({ unexpected: 11, difficult: 5, goals: 7, obstacles: 4 }).success).toBe(false);
    expect(selfCheckFlow.result.safeParse({ unexpected: 6, difficult: 5, goals: 7 }).success).toBe(false);
  });
});
