// Records as the tests need them, complete and valid unless a test says otherwise.
import type { DecisionRecord } from '@/lib/prompts/model';

/** A decision to prompt for an interview, shown at 09:00 UTC on 23 November 2026, with nothing else done. */
export function decisionRecord(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  const at = Date.parse('2026-11-23T09:00:00Z');
  return {
    v: 1,
    id: 'affirm|work:interview',
    triggerId: 'affirm|work:interview',
    type: 'affirm',
    eventKey: 'work:interview',
    kind: 'interview',
    plannedAt: at,
    decidedAt: at,
    timeZone: 'Europe/Berlin',
    available: true,
    late: false,
    action: 'prompted',
    probability: 1,
    engagement: [],
    ...overrides,
  };
}
