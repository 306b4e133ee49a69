import { describe, expect, it } from 'vitest';
import { newFlowEntry } from '../flows/entry';
import { newWin } from '../store/entries';
import { confidenceTrend, readinessByExercise } from './progress';

describe('progress from the record', () => {
  it('averages readiness before and after per exercise, biggest gain first, counting only pairs', () => {
    const entries = [
      newFlowEntry('stress', { readinessBefore: 3, readinessAfter: 7 }, 1),
      newFlowEntry('stress', { readinessBefore: 4, readinessAfter: 6 }, 2),
      newFlowEntry('reframe', { readinessBefore: 5, readinessAfter: 6 }, 3),
      newFlowEntry('reframe', { readinessBefore: 5 }, 4),
      newWin('not an exercise', 5),
    ];
    expect(readinessByExercise(entries)).toEqual([
      { flowId: 'stress', count: 2, before: 3.5, after: 6.5 },
      { flowId: 'reframe', count: 1, before: 5, after: 6 },
    ]);
  });

  it('never ranks the values reflection by its effect, even from older entries that carry the ratings', () => {
    const entries = [
      newFlowEntry('affirmation', { readinessBefore: 1, readinessAfter: 10, value: 'Humor', why: 'x', when: 'y' }, 1),
      newFlowEntry('stress', { readinessBefore: 4, readinessAfter: 5 }, 2),
    ];
    expect(readinessByExercise(entries)).toEqual([{ flowId: 'stress', count: 1, before: 4, after: 5 }]);
    expect(readinessByExercise(entries.slice(0, 1))).toEqual([]);
  });

  it('turns each confidence check into one score, oldest first', () => {
    const entries = [
      newFlowEntry('self-check', { unexpected: 6, difficult: 6, goals: 7, obstacles: 8 }, 200),
      newFlowEntry('self-check', { unexpected: 4, difficult: 5, goals: 5, obstacles: 3 }, 100),
      newFlowEntry('self-check', { unexpected: 4 }, 300),
    ];
    expect(confidenceTrend(entries)).toEqual([
      { at: 100, score: 4.3 },
      { at: 200, score: 6.8 },
    ]);
  });
});
