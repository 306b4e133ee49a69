// The decision log: one record per decision point (a prompt's moment came:
// was it shown, and if not, why), written before anything is shown, then
// added to as the user engages. It is what a self-experimenter or a
// micro-randomized trial analyses, so it says what happened, not what we hoped.
import { recordKey, writeAtomically, type Db } from '../store/db';
import { readValid, validPut, walkValid } from '../store/records';
import { z } from '../zod';
import { PromptType, StakesKind } from './model';
import { Timestamp } from '../time/timestamp';
import { KEY_MAX, MAX_ENGAGEMENT } from '../limits';

const Key = z.string().check(z.maxLength(KEY_MAX));

/**
 * `shown`: the browser confirmed a notification the user could see.
 * `delivered`: it could not confirm one (blocked, or no notification service),
 * so the prompt reached the user by the toolbar badge and the popup only.
 */
export const Engagement = z.enum(['shown', 'delivered', 'opened', 'snoozed', 'dismissed', 'completed']);
export type Engagement = z.infer<typeof Engagement>;

export const DecisionRecord = z.object({
  v: z.literal(1),
  /** The trigger id, and for a decision after a snooze, when the snooze ended. */
  id: z.string().check(z.minLength(1), z.maxLength(KEY_MAX)),
  triggerId: Key,
  type: PromptType,
  eventKey: Key,
  kind: StakesKind,
  /** When the prompt was due, and when the decision was made (later if the browser was asleep). UTC epoch ms. */
  plannedAt: Timestamp,
  decidedAt: Timestamp,
  /** The IANA zone the decision was made in. */
  timeZone: Key,
  available: z.boolean(),
  reason: z.optional(z.enum(['quiet-hours', 'daily-cap', 'busy', 'day-off', 'missed', 'snoozed'])),
  /** Shown late (the browser was closed or asleep at the time). */
  late: z.boolean(),
  action: z.enum(['prompted', 'not-prompted']),
  /** The probability of prompting that was used: 1 unless randomized delivery is on; 0 when unavailable. */
  probability: z.number(),
  /** The uniform draw compared with the probability, when there was one. */
  draw: z.optional(z.number()),
  engagement: z.array(z.object({ what: Engagement, at: Timestamp })).check(z.maxLength(MAX_ENGAGEMENT)),
  /**
   * The exercise the prompt offered and why (lib/prompts/choice.ts), for
   * decisions to prompt. Absent in records made before the choice existed.
   */
  exercise: z.optional(
    z.object({ flowId: Key, reason: Key, chosenBy: z.enum(['primed', 'user']) }),
  ),
  /** The exercise's readiness ratings, when the prompt led to a finished one. */
  outcome: z.optional(
    z.object({ entryId: Key, readinessBefore: z.optional(z.number()), readinessAfter: z.optional(z.number()) }),
  ),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;

const keyOf = (id: string) => recordKey('decision', id);

export function readDecision(db: Db, id: string): Promise<DecisionRecord | undefined> {
  return readValid(db, keyOf(id), DecisionRecord);
}

export async function writeDecision(db: Db, record: DecisionRecord): Promise<void> {
  await writeAtomically(db, [validPut(keyOf(record.id), DecisionRecord, record)]);
}

/** Adds what the user did to the newest decision on this trigger; nothing when there is none. */
export async function recordEngagement(
  db: Db,
  triggerId: string,
  what: Engagement,
  at: number,
  outcome?: DecisionRecord['outcome'],
): Promise<void> {
  const latest = await latestDecision(db, triggerId);
  if (!latest) return;
  await writeDecision(db, { ...latest, engagement: [...latest.engagement, { what, at }], ...(outcome ? { outcome } : {}) });
}

async function latestDecision(db: Db, triggerId: string): Promise<DecisionRecord | undefined> {
  let latest: DecisionRecord | undefined;
  await walkValid(
    db,
    'decision',
    DecisionRecord,
    (record) => {
      if (!latest || record.decidedAt > latest.decidedAt) latest = record;
      return true;
    },
    {
      // A trigger's decisions have its id, or its id and "@" and a snooze's end: only those keys are read.
      idPrefix: triggerId,
      only: (raw) => typeof raw === 'object' && raw !== null && 'triggerId' in raw && raw.triggerId === triggerId,
    },
  );
  return latest;
}

/** Every decision, oldest first. */
export async function readDecisions(db: Db): Promise<DecisionRecord[]> {
  const all: DecisionRecord[] = [];
  await walkValid(db, 'decision', DecisionRecord, (record) => {
    all.push(record);
    return true;
  });
  return all.sort((a, b) => a.decidedAt - b.decidedAt || a.id.localeCompare(b.id));
}
