// The evidence bank: the user's own proof of what they can do, gathered from
// the journal. Wins, what reflections said they showed, and every exercise
// seen through; hard-won wins first among equals. Words that read like a
// crisis are never offered back as proof: they were a cry for help, not a win.
import type { Goal } from '../goals/model';
import { mentionsCrisis } from '../safety/crisis';
import type { JournalEntry } from './journal';
import { FLOW_IDS } from '../exercises/ids';

export interface EvidenceItem {
  id: string;
  kind: 'win' | 'capability' | 'exercise';
  text: string;
  createdAt: number;
  /** A win's difficulty, 1 to 10, when the user rated it. */
  difficulty?: number;
}

interface EvidenceSummary {
  wins: number;
  hardWins: number;
  capabilities: number;
  exercises: number;
}

/** A win rated at least this hard counts as hard-won. */
export const HARD_WIN = 7;

/** Newest first, as the journal is. `titleOf` names an exercise by its id. */
export function evidenceOf(entries: readonly JournalEntry[], titleOf: (flowId: string) => string): EvidenceItem[] {
  return entries.flatMap((entry): EvidenceItem[] => {
    if (entry.kind === 'win') {
      if (mentionsCrisis(entry.text)) return [];
      return [{ id: entry.id, kind: 'win', text: entry.text, createdAt: entry.createdAt, ...(entry.difficulty ? { difficulty: entry.difficulty } : {}) }];
    }
    const items: EvidenceItem[] = [{ id: entry.id, kind: 'exercise', text: titleOf(entry.flowId), createdAt: entry.createdAt }];
    const capability = entry.flowId === FLOW_IDS.feedback ? entry.fields.capability : undefined;
    if (typeof capability === 'string' && capability.trim() && !mentionsCrisis(capability)) {
      items.unshift({ id: `${entry.id}-capability`, kind: 'capability', text: capability.trim(), createdAt: entry.createdAt });
    }
    return items;
  });
}

/**
 * What the day-7 reflections of goal ladders say the user can do: the same
 * kind of proof as a reflection's capability answer. Newest first.
 */
export function goalEvidenceOf(goals: readonly Goal[]): EvidenceItem[] {
  return goals
    .flatMap((goal): EvidenceItem[] => {
      const text = goal.reflection?.text.trim();
      return text && goal.finishedAt !== undefined && !mentionsCrisis(text) ? [{ id: `${goal.id}-reflection`, kind: 'capability', text, createdAt: goal.finishedAt }] : [];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** Two lists of evidence, each newest first, as one. */
export function mergeEvidence(a: readonly EvidenceItem[], b: readonly EvidenceItem[]): EvidenceItem[] {
  return [...a, ...b].sort((x, y) => y.createdAt - x.createdAt);
}

export function summarize(items: readonly EvidenceItem[]): EvidenceSummary {
  return {
    wins: items.filter((i) => i.kind === 'win').length,
    hardWins: items.filter((i) => i.kind === 'win' && (i.difficulty ?? 0) >= HARD_WIN).length,
    capabilities: items.filter((i) => i.kind === 'capability').length,
    exercises: items.filter((i) => i.kind === 'exercise').length,
  };
}

/**
 * One piece of evidence to show (the popup's reminder): chosen at random
 * among the words the user wrote, with hard-won wins and capability answers
 * weighted up, since they are the strongest proof.
 */
export function pickEvidence(items: readonly EvidenceItem[], random: () => number = Math.random): EvidenceItem | undefined {
  const pool = items.filter((i) => i.kind !== 'exercise');
  const weight = (i: EvidenceItem) => (i.kind === 'capability' || (i.difficulty ?? 0) >= HARD_WIN ? 3 : 1);
  const total = pool.reduce((sum, i) => sum + weight(i), 0);
  let at = random() * total;
  for (const item of pool) {
    at -= weight(item);
    if (at < 0) return item;
  }
  return pool.at(-1);
}
