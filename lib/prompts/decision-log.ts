// The decision log: one record per decision point (a prompt's moment came:
// was it shown, and if not, why), written before anything is shown, then
// added to as the user engages. It is what a self-experimenter or a
// micro-randomized trial analyses, so it says what happened, not what we hoped.
import { recordKey, writeAtomically, type Db } from '../store/db';
import { readValid, validPut, walkValid } from '../store/records';
import { DecisionRecord, type Engagement } from './model';

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

/** The newest decision on this trigger (after a snooze, the one made when it came back). */
export async function latestDecision(db: Db, triggerId: string): Promise<DecisionRecord | undefined> {
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
