// What the user's own record says about their progress: which exercises leave
// them readier (the readiness question most exercises ask before and after),
// and how their confidence check moves over the months.
import { AFFIRMATION_ID, SELF_CHECK_ID } from '../flows/ids';
import type { JournalEntry } from './journal';

export interface ExerciseEffect {
  flowId: string;
  /** Exercises with both ratings. */
  count: number;
  before: number;
  after: number;
}

/**
 * Per exercise, the average readiness before and after, biggest gain first.
 * The values reflection is never ranked by what it does for readiness, not
 * even from older entries that still carry the ratings: seeing it as a
 * performance aid is what takes its effect away.
 */
export function readinessByExercise(entries: readonly JournalEntry[]): ExerciseEffect[] {
  const sums = new Map<string, { count: number; before: number; after: number }>();
  for (const entry of entries) {
    if (entry.kind !== 'flow' || entry.flowId === AFFIRMATION_ID) continue;
    const { readinessBefore: before, readinessAfter: after } = entry.fields;
    if (typeof before !== 'number' || typeof after !== 'number') continue;
    const sum = sums.get(entry.flowId) ?? { count: 0, before: 0, after: 0 };
    sums.set(entry.flowId, { count: sum.count + 1, before: sum.before + before, after: sum.after + after });
  }
  return [...sums.entries()]
    .map(([flowId, s]) => ({ flowId, count: s.count, before: round1(s.before / s.count), after: round1(s.after / s.count) }))
    .sort((a, b) => b.after - b.before - (a.after - a.before) || b.count - a.count || a.flowId.localeCompare(b.flowId));
}

export interface ConfidencePoint {
  at: number;
  /** The mean of the four ratings, 1 to 10. */
  score: number;
}

/** Each confidence check, oldest first. */
export function confidenceTrend(entries: readonly JournalEntry[]): ConfidencePoint[] {
  return entries
    .flatMap((entry) => {
      if (entry.kind !== 'flow' || entry.flowId !== SELF_CHECK_ID) return [];
      const ratings = ['unexpected', 'difficult', 'goals', 'obstacles'].map((field) => entry.fields[field]);
      if (!ratings.every((r): r is number => typeof r === 'number')) return [];
      return [{ at: entry.createdAt, score: round1(ratings.reduce((a, b) => a + b, 0) / ratings.length) }];
    })
    .sort((a, b) => a.at - b.at);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
