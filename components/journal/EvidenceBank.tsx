// The evidence view: the user's own proof of what they can do, and the charts
// of their progress. Its reads (the decision log, goals) start only when it opens.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Goal } from '@/lib/goals/model';
import { readGoals } from '@/lib/goals/store';
import { evidenceOf, goalEvidenceOf, HARD_WIN, mergeEvidence, summarize } from '@/lib/journal/evidence';
import { winHeatmap } from '@/lib/journal/heatmap';
import type { JournalEntry } from '@/lib/journal/journal';
import { confidenceTrend, ratingsByExercise } from '@/lib/journal/progress';
import { readAllValid } from '@/lib/journal/read';
import { promptResponses, type PromptResponses } from '@/lib/journal/responses';
import { DecisionRecord } from '@/lib/prompts/model';
import { PROMPT_TYPE_LABELS } from '@/lib/prompts/events';
import { PROMPT_TYPES } from '@/lib/planner/types';
import type { Db } from '@/lib/store/db';
import { flowById } from '../exercises/registry';
import { ConfidenceTrend, PromptResponsesChart, RatingsAround, WinHeatmap } from './Charts';
import { historyText as t } from './strings';
import { EmptyState } from '../common/EmptyState';
import { PenLine, Trophy } from 'lucide-preact';

/** Evidence items listed at most (the charts count them all). */
const LISTED = 200;

function wins(entries: readonly JournalEntry[]): number[] {
  return entries.flatMap((e) => (e.kind === 'win' ? [e.createdAt] : []));
}

/** The user's own proof of what they can do, together: wins, what reflections showed, exercises seen through. */
export function EvidenceBank({ entries, db }: { entries: readonly JournalEntry[] | null; db: Db }) {
  const [goals, setGoals] = useState<Goal[]>([]);
  const items = useMemo(() => mergeEvidence(evidenceOf(entries ?? [], (id) => flowById(id)?.title ?? id), goalEvidenceOf(goals)), [entries, goals]);
  const heatmap = useMemo(() => winHeatmap(wins(entries ?? []), Date.now()), [entries]);
  const [responses, setResponses] = useState<PromptResponses[] | null>(null);
  useEffect(() => {
    // Read only when this view opens: the timeline never needs the decision log.
    readAllValid(db, 'decision', DecisionRecord)
      .then((records) => setResponses(promptResponses(records, PROMPT_TYPES)))
      .catch(() => setResponses([]));
    readGoals(db).then(setGoals, () => undefined);
  }, [db]);
  const summary = summarize(items);
  if (entries === null) return null;
  if (items.length === 0 && entries.length === 0) {
    return (
      <EmptyState title={t.noEvidence} icon={<Trophy size={28} />}>
        <p>{t.noEvidenceHint}</p>
      </EmptyState>
    );
  }
  return (
    // The page's own h1 names this view ("Your evidence").
    <section aria-labelledby="page-heading">
      <p class="evidence-summary">{t.evidenceSummary(summary)}</p>
      <h2>{t.heatmapHeading}</h2>
      <WinHeatmap map={heatmap} />
      <h2>{t.ratingsHeading}</h2>
      <RatingsAround rows={ratingsByExercise(entries)} titleOf={(id) => flowById(id)?.title ?? id} />
      <h2>{t.trendHeading}</h2>
      <ConfidenceTrend points={confidenceTrend(entries)} />
      <h2>{t.responsesHeading}</h2>
      {responses && <PromptResponsesChart rows={responses} labelOf={(type) => PROMPT_TYPE_LABELS[type]} />}
      <h2>{t.evidenceListHeading}</h2>
      {items.length === 0 ? (
        <EmptyState title={t.noEvidenceItems} icon={<PenLine size={28} />}>
          <p>{t.noEvidenceItemsHint}</p>
        </EmptyState>
      ) : (
        <ul class="evidence-list">
          {items.slice(0, LISTED).map((item) => (
            <li key={item.id} class={`evidence-item evidence-${item.kind}`}>
              <span class="history-kind">{t.evidenceKind[item.kind]}</span>
              <span>{item.kind === 'exercise' ? t.finished(item.text) : item.text}</span>
              {item.difficulty !== undefined && item.difficulty >= HARD_WIN && <span class="evidence-hard">{t.hardWon(item.difficulty)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
