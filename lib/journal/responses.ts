// What became of the prompts that were shown, read from the decision log:
// acted on (the exercise was opened), snoozed, dismissed, or let pass. A
// prompt that is never acted on is one to turn off or move, so the chart
// showing this helps the user tune Primed rather than judge themselves.
import type { DecisionRecord } from '../prompts/model';
import type { PromptType } from '../planner/types';

export type Response = 'acted' | 'snoozed' | 'dismissed' | 'unanswered';
export const RESPONSES: readonly Response[] = ['acted', 'snoozed', 'dismissed', 'unanswered'];

type ResponseCounts = Record<Response, number>;

export interface PromptResponses {
  type: PromptType;
  counts: ResponseCounts;
  total: number;
}

/** The strongest thing the user did with one shown prompt: opening beats snoozing beats dismissing. */
export function responseOf(record: DecisionRecord): Response | undefined {
  if (record.action !== 'prompted') return undefined;
  const did = new Set(record.engagement.map((e) => e.what));
  if (did.has('opened') || did.has('completed')) return 'acted';
  if (did.has('snoozed')) return 'snoozed';
  if (did.has('dismissed')) return 'dismissed';
  return 'unanswered';
}

/** Per prompt type, in the order given, how the prompts shown since `since` were met; types never shown are left out. */
export function promptResponses(records: readonly DecisionRecord[], types: readonly PromptType[], since = 0): PromptResponses[] {
  const byType = new Map<PromptType, ResponseCounts>();
  for (const record of records) {
    if (record.decidedAt < since) continue;
    const response = responseOf(record);
    if (!response) continue;
    const counts = byType.get(record.type) ?? { acted: 0, snoozed: 0, dismissed: 0, unanswered: 0 };
    counts[response] += 1;
    byType.set(record.type, counts);
  }
  return types.flatMap((type) => {
    const counts = byType.get(type);
    return counts ? [{ type, counts, total: RESPONSES.reduce((sum, r) => sum + counts[r], 0) }] : [];
  });
}
