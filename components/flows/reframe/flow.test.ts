import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/flows/runner';
import { DISTORTIONS, reframeFlow } from './index';

describe('thought record', () => {
  const steps = stepsOf(reframeFlow);

  it('goes from the situation to a balanced thought and an action', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'readiness-before',
      'situation',
      'thought',
      'traps',
      'for',
      'against',
      'balanced',
      'action',
      'readiness-after',
    ]);
  });

  it('explains each thinking trap in one line, including the common five', () => {
    const names = DISTORTIONS.map((d) => d.label);
    for (const name of ['All-or-nothing thinking', 'Catastrophizing', 'Discounting the positive', 'Mind reading', 'Fortune telling']) {
      expect(names).toContain(name);
    }
    for (const d of DISTORTIONS) expect(d.hint.length).toBeGreaterThan(20);
  });

  it('asks for belief before and after, and offers the user’s wins as evidence against', () => {
    expect(missingAnswers(steps[2]!, { thought: 'They will see I am a fraud' })).toEqual(['How strongly do you believe it?']);
    expect(steps[5]!.blocks.some((b) => b.kind === 'wins')).toBe(true);
    expect(missingAnswers(steps[3]!, {})).toEqual([]);
  });

  it('stores a finished record', () => {
    const done = {
      situation: 'Quarterly review',
      thought: 'They will see I do not know enough',
      beliefBefore: 80,
      distortions: ['mind-reading', 'fortune-telling'],
      evidenceAgainst: 'I answered every question last quarter',
      balanced: 'I know my numbers; I can say when I need to check something',
      action: 'Open with the summary',
      beliefAfter: 35,
    };
    expect(reframeFlow.result.safeParse(done).success).toBe(true);
    expect(reframeFlow.result.safeParse({ ...done, beliefAfter: undefined }).success).toBe(false);
  });
});
