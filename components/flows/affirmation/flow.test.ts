import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/flows/runner';
import { affirmationFlow } from './index';

describe('values affirmation', () => {
  const steps = stepsOf(affirmationFlow);

  it('picks a value, then gives fifteen gentle minutes to write about it', () => {
    expect(steps.map((s) => s.id)).toEqual(['readiness-before', 'welcome', 'value', 'write', 'readiness-after']);
    expect(steps[3]!.blocks[0]).toEqual({ kind: 'timer', minutes: 15 });
    expect(missingAnswers(steps[2]!, {})).toHaveLength(1);
    expect(missingAnswers(steps[2]!, { value: 'Humor' })).toEqual([]);
  });

  it('is offered as reflection, never as a way to perform better', () => {
    const text = JSON.stringify(affirmationFlow).toLowerCase();
    expect(text).not.toMatch(/\b(perform|performance|boost|succeed|ace)\b/);
    expect(text).toMatch(/matters to you/);
  });

  it('stores the value and both answers', () => {
    expect(affirmationFlow.result.safeParse({ value: 'Humor', why: 'It keeps me close to people', when: 'At my sister’s wedding' }).success).toBe(true);
    expect(affirmationFlow.result.safeParse({ value: 'Humor', why: '', when: 'x' }).success).toBe(false);
  });
});
