import { describe, expect, it } from 'vitest';
import { ifThenPlansOf, IfThenPlan } from './if-then';

describe('if-then plans from a rehearsal', () => {
  it('pairs each moment that could go wrong with its plan, trimmed', () => {
    expect(ifThenPlansOf({ risk1: ' They ask about the gap ', plan1: 'Tell the caring story', risk2: 'Blank on numbers', plan2: 'Read my notes' })).toEqual([
      { when: 'They ask about the gap', then: 'Tell the caring story' },
      { when: 'Blank on numbers', then: 'Read my notes' },
    ]);
  });

  it('leaves out a pair that is only half written', () => {
    expect(ifThenPlansOf({ risk1: 'They ask about the gap', plan1: '  ', risk2: 'Blank on numbers', plan2: 'Read my notes' })).toEqual([
      { when: 'Blank on numbers', then: 'Read my notes' },
    ]);
    expect(ifThenPlansOf({})).toEqual([]);
  });

  it('stores no empty side', () => {
    expect(IfThenPlan.safeParse({ when: '', then: 'x' }).success).toBe(false);
    expect(IfThenPlan.safeParse({ when: 'x', then: 'y' }).success).toBe(true);
  });
});
