import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { readDecision, recordEngagement, writeDecision } from './decision-log';
import { type DecisionRecord } from './model';
import { decisionRecord } from '../../tests/unit/records';

const T0 = Date.UTC(2026, 10, 23, 9);

function decision(id: string, triggerId: string, decidedAt: number): DecisionRecord {
  return decisionRecord({ id, triggerId, type: 'ready', eventKey: 'work:abc@example.com', kind: 'pitch', plannedAt: decidedAt, decidedAt, engagement: [{ what: 'shown', at: decidedAt }] });
}

describe('recordEngagement', () => {
  it('adds to the newest decision on the trigger (after a snooze, the later one) and to no other', async () => {
    const db = freshDb();
    // Event keys may hold "@" themselves (calendar UIDs often do), and one trigger id may start another's.
    const trigger = 'ready|work:abc@example.com|1795000000000';
    const longer = `${trigger}@other`;
    await writeDecision(db, decision(trigger, trigger, T0));
    await writeDecision(db, decision(`${trigger}@${T0 + 120_000}`, trigger, T0 + 120_000));
    await writeDecision(db, decision(longer, longer, T0 + 600_000));
    await writeDecision(db, decision('affirm|work:zzz|1', 'affirm|work:zzz|1', T0 + 900_000));

    await recordEngagement(db, trigger, 'opened', T0 + 130_000);

    expect((await readDecision(db, `${trigger}@${T0 + 120_000}`))?.engagement.map((e) => e.what)).toEqual(['shown', 'opened']);
    expect((await readDecision(db, trigger))?.engagement.map((e) => e.what)).toEqual(['shown']);
    expect((await readDecision(db, longer))?.engagement.map((e) => e.what)).toEqual(['shown']);
    expect((await readDecision(db, 'affirm|work:zzz|1'))?.engagement.map((e) => e.what)).toEqual(['shown']);
  });

  it('records the outcome with a completion, and does nothing for a trigger never decided', async () => {
    const db = freshDb();
    await writeDecision(db, decision('t', 't', T0));
    await recordEngagement(db, 't', 'completed', T0 + 1, { entryId: 'e1', readinessBefore: 4, readinessAfter: 7 });
    expect(await readDecision(db, 't')).toMatchObject({ outcome: { entryId: 'e1', readinessAfter: 7 } });
    await recordEngagement(db, 'unknown', 'opened', T0);
    expect(await readDecision(db, 'unknown')).toBeUndefined();
  });
});
