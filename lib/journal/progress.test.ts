import { describe, expect, it } from 'vitest';
import { newFlowEntry } from '../exercises/entry';
import { newWin } from '../wins/model';
import { confidenceScore, confidenceTrend, ratingsByExercise } from './progress';

describe('progress from the record', () => {
  it('averages each question at the start and end per exercise, counting only pairs, most often done first, never by the size of the change', () => {
    const entries = [
      newFlowEntry('reframe', { readinessBefore: 2, readinessAfter: 9 }, 1),
      newFlowEntry('stress', { readinessBefore: 3, readinessAfter: 7 }, 2),
      newFlowEntry('stress', { readinessBefore: 4, readinessAfter: 6 }, 3),
      newFlowEntry('reframe', { readinessBefore: 5 }, 4),
      newFlowEntry('feedback', { capabilityBefore: 5, capabilityAfter: 6, outcome: 7 }, 5),
      newWin('not an exercise', 6),
    ];
    expect(ratingsByExercise(entries)).toEqual([
      { flowId: 'stress', measure: 'readiness', count: 2, before: 3.5, after: 5 + 1.5 },
      { flowId: 'feedback', measure: 'capability', count: 1, before: 5, after: 6 },
      { flowId: 'reframe', measure: 'readiness', count: 1, before: 2, after: 9 },
    ]);
  });

  it('never ranks the values reflection by its effect, even from older entries that carry the ratings', () => {
    const entries = [
      newFlowEntry('affirmation', { readinessBefore: 1, readinessAfter: 10, value: 'Humor', why: 'x', when: 'y' }, 1),
      newFlowEntry('stress', { readinessBefore: 4, readinessAfter: 5 }, 2),
    ];
    expect(ratingsByExercise(entries)).toEqual([{ flowId: 'stress', measure: 'readiness', count: 1, before: 4, after: 5 }]);
    expect(ratingsByExercise(entries.slice(0, 1))).toEqual([]);
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

  it('gives a finished check its score, and nothing for an unfinished one or another exercise', () => {
    expect(confidenceScore(newFlowEntry('self-check', { unexpected: 6, difficult: 5, goals: 7, obstacles: 4 }, 1))).toBe(5.5);
    expect(confidenceScore(newFlowEntry('self-check', { unexpected: 6 }, 1))).toBeUndefined();
    expect(confidenceScore(newFlowEntry('stress', { calm: 4, readinessBefore: 3 }, 1))).toBeUndefined();
  });
});
