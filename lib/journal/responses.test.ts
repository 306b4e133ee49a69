import { describe, expect, it } from 'vitest';
import type { DecisionRecord, Engagement } from '../prompts/model';
import { PROMPT_TYPES } from '../planner/types';
import { promptResponses, responseOf } from './responses';
import { decisionRecord } from '../../tests/unit/records';

const T0 = Date.UTC(2026, 10, 2, 9);

function decision(id: string, overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  return decisionRecord({ id, triggerId: id, type: 'ready', eventKey: 'work:pitch', kind: 'pitch', plannedAt: T0, decidedAt: T0, ...overrides });
}

const did = (...what: Engagement[]) => what.map((w, i) => ({ what: w, at: T0 + i }));

describe('responseOf', () => {
  it.each([
    ['shown and left', did('shown'), 'unanswered'],
    ['opened', did('shown', 'opened'), 'acted'],
    ['completed without an open on record', did('completed'), 'acted'],
    ['snoozed', did('shown', 'snoozed'), 'snoozed'],
    ['dismissed', did('shown', 'dismissed'), 'dismissed'],
    ['dismissed, then opened from the popup card', did('shown', 'dismissed', 'opened'), 'acted'],
    ['nothing recorded at all', [], 'unanswered'],
  ] as const)('%s: %s', (_, engagement, expected) => {
    expect(responseOf(decision('a', { engagement: [...engagement] }))).toBe(expected);
  });

  it('does not count a decision that showed nothing', () => {
    expect(responseOf(decision('a', { action: 'not-prompted', available: false, reason: 'quiet-hours', probability: 0 }))).toBeUndefined();
  });
});

describe('promptResponses', () => {
  it('tallies per prompt type in the order asked, leaving out types never shown', () => {
    const records = [
      decision('1', { type: 'affirm', engagement: did('shown', 'opened', 'completed') }),
      decision('2', { type: 'affirm', engagement: did('shown', 'dismissed') }),
      decision('3', { type: 'feedback', engagement: did('shown') }),
      decision('4', { type: 'feedback', engagement: did('shown', 'snoozed') }),
      decision('5', { type: 'feedback', engagement: did('shown', 'opened') }),
      decision('6', { type: 'ready', action: 'not-prompted', available: false, reason: 'busy', probability: 0 }),
    ];
    expect(promptResponses(records, PROMPT_TYPES)).toEqual([
      { type: 'affirm', total: 2, counts: { acted: 1, snoozed: 0, dismissed: 1, unanswered: 0 } },
      { type: 'feedback', total: 3, counts: { acted: 1, snoozed: 1, dismissed: 0, unanswered: 1 } },
    ]);
  });

  it('counts only decisions made since the given time', () => {
    const records = [decision('old', { decidedAt: T0 - 1 }), decision('new', { decidedAt: T0 })];
    expect(promptResponses(records, PROMPT_TYPES, T0)[0]?.total).toBe(1);
  });
});
