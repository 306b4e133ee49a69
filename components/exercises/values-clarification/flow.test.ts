import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { valuesClarificationFlow } from './index';

const done = {
  atBest: 'Curious and helpful',
  fulfilled: 'I untangle a hard problem',
  remembered: 'Being kind',
  drained: 'Busywork',
  absorbed: 'Drawing',
  values: 'Curiosity\n\nLooking after my family\nDrawing',
};

describe('values clarification', () => {
  it('asks the seed’s five prompts, then the values they point to, then how goals fit', () => {
    const labels = stepsOf(valuesClarificationFlow).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'text' ? [b.label] : [])));
    expect(labels.slice(0, 5)).toEqual([
      'When I am at my best, I am being…',
      'I feel most fulfilled when…',
      'One day, I would like to be remembered for…',
      'I feel resentful or drained when I spend time on…',
      'I lose track of time when…',
    ]);
    expect(valuesClarificationFlow.valuesField).toBe('values');
    expect(missingAnswers(stepsOf(valuesClarificationFlow).find((s) => s.id === 'values')!, { values: ' \n ' })).toHaveLength(1);
  });

  it('asks no before-and-after question: it is about the person, not a task', () => {
    expect(valuesClarificationFlow.measure).toBe('none');
    expect(stepsOf(valuesClarificationFlow).some((s) => s.id.startsWith('readiness'))).toBe(false);
  });

  it('stores the answers and says which values joined the list', () => {
    expect(valuesClarificationFlow.result.safeParse(done).success).toBe(true);
    expect(finishText(valuesClarificationFlow, done, { crisis: false })[0]).toBe('“Curiosity” and 2 more are now on your list of values.');
    expect(finishText(valuesClarificationFlow, { ...done, values: 'Curiosity' }, { crisis: false })[0]).toBe('“Curiosity” is now on your list of values.');
  });
});
