// What the user's own record says: their average answers to the question
// each exercise asks at its start and end, and how their confidence check
// moves over the months. It describes; it does not rank exercises by effect.
// Nobody was randomised to an exercise, so a bigger change after one says
// nothing about what caused it.
import { FLOW_IDS } from '../exercises/ids';
import { MEASURES, type Measure } from '../exercises/measures';
import type { JournalEntry } from './journal';

export interface ExerciseRatings {
  flowId: string;
  measure: Exclude<Measure, 'none'>;
  /** How many finished exercises had both answers: what the averages rest on. */
  count: number;
  before: number;
  after: number;
}

/**
 * Per exercise and question, the average answer at the start and at the end,
 * the most often done first. The values reflection is left out, even from
 * older entries that still carry ratings: seeing it as a performance aid is
 * what takes its effect away.
 */
export function ratingsByExercise(entries: readonly JournalEntry[]): ExerciseRatings[] {
  const sums = new Map<string, ExerciseRatings>();
  for (const entry of entries) {
    if (entry.kind !== 'flow' || entry.flowId === FLOW_IDS.affirmation) continue;
    for (const [measure, question] of Object.entries(MEASURES) as Array<[ExerciseRatings['measure'], (typeof MEASURES)[keyof typeof MEASURES]]>) {
      const before = entry.fields[question.before];
      const after = entry.fields[question.after];
      if (typeof before !== 'number' || typeof after !== 'number') continue;
      const key = `${entry.flowId}|${measure}`;
      const sum = sums.get(key) ?? { flowId: entry.flowId, measure, count: 0, before: 0, after: 0 };
      sums.set(key, { ...sum, count: sum.count + 1, before: sum.before + before, after: sum.after + after });
    }
  }
  return [...sums.values()]
    .map((s) => ({ ...s, before: round1(s.before / s.count), after: round1(s.after / s.count) }))
    .sort((a, b) => b.count - a.count || a.flowId.localeCompare(b.flowId) || a.measure.localeCompare(b.measure));
}

export interface ConfidencePoint {
  at: number;
  /** The mean of the four ratings, 1 to 10. */
  score: number;
}

/** A confidence check's score, the mean of its four ratings to one decimal; undefined for any other entry. */
export function confidenceScore(entry: JournalEntry): number | undefined {
  if (entry.kind !== 'flow' || entry.flowId !== FLOW_IDS.selfCheck) return undefined;
  const ratings = ['unexpected', 'difficult', 'goals', 'obstacles'].map((field) => entry.fields[field]);
  if (!ratings.every((r): r is number => typeof r === 'number')) return undefined;
  return round1(ratings.reduce((a, b) => a + b, 0) / ratings.length);
}

/** Each confidence check, oldest first. */
export function confidenceTrend(entries: readonly JournalEntry[]): ConfidencePoint[] {
  return entries
    .flatMap((entry) => {
      const score = confidenceScore(entry);
      return score === undefined ? [] : [{ at: entry.createdAt, score }];
    })
    .sort((a, b) => a.at - b.at);
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
