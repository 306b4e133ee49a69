import { describe, expect, it } from 'vitest';
import type { FlowEntry } from '../exercises/entry';
import type { DecisionRecord } from '../prompts/model';
import type { CheckInRecord } from '../prompts/check-in';
import type { WinEntry } from '../wins/model';
import { DECISIONS_HEADER, decisionsCsv, exercisesCsv, isoTime, toCsv, winsCsv, type CsvValue } from './csv';
import { decisionRecord } from '../../tests/unit/records';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;

/** A minimal RFC 4180 reader, to check that what is written reads back as it was. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(row).toEqual([]);
  expect(cell).toBe('');
  return rows;
}

/** The rows of a CSV as objects keyed by the header. */
function records(text: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => {
    expect(row).toHaveLength(header!.length);
    return Object.fromEntries(header!.map((name, i) => [name, row[i]!]));
  });
}

describe('toCsv', () => {
  it.each<[string, CsvValue, string]>([
    ['plain text', 'hello', 'hello'],
    ['a comma', 'a,b', '"a,b"'],
    ['a double quote', 'say "hi"', '"say ""hi"""'],
    ['only a quote', '"', '""""'],
    ['CRLF', 'one\r\ntwo', '"one\r\ntwo"'],
    ['LF alone', 'one\ntwo', '"one\ntwo"'],
    ['CR alone', 'one\rtwo', '"one\rtwo"'],
    ['leading and trailing spaces, kept', '  padded  ', '  padded  '],
    ['unicode', 'Café 😊 日本語 — “quotes”', 'Café 😊 日本語 — “quotes”'],
    ['an empty string', '', ''],
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an integer', 42, '42'],
    ['a fraction', 0.25, '0.25'],
    ['a negative number', -3, '-3'],
    ['zero', 0, '0'],
    ['true', true, 'true'],
    ['false', false, 'false'],
  ])('writes %s', (_, value, expected) => {
    expect(toCsv(['h'], [[value]])).toBe(`h\r\n${expected}\r\n`);
  });

  it('ends every record with CRLF, and reads back as it was written', () => {
    const rows = [
      ['a,b', 'say "hi"', 'line\nbreak', ' x ', 'Grüße'],
      ['', 'plain', 'r\r\nn', '"', ','],
    ];
    const text = toCsv(['one', 'two', 'three', 'four', 'five'], rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([['one', 'two', 'three', 'four', 'five'], ...rows]);
  });

  it('writes the header alone when there are no rows, and quotes header names too', () => {
    expect(toCsv(['a', 'b,c'], [])).toBe('a,"b,c"\r\n');
  });

  it('has no byte-order mark', () => {
    expect(toCsv(['a'], [['b']]).charCodeAt(0)).toBe('a'.charCodeAt(0));
  });
});

describe('isoTime', () => {
  it('writes epoch ms as ISO 8601 in UTC, and nothing for a missing or impossible time', () => {
    expect(isoTime(T0)).toBe('2026-11-23T09:00:00.000Z');
    expect(isoTime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(isoTime(undefined)).toBe('');
    expect(isoTime(null)).toBe('');
    expect(isoTime(9e15)).toBe('');
  });
});

describe('winsCsv', () => {
  it('writes one row per win with its optional columns empty when absent', () => {
    const wins: WinEntry[] = [
      { v: 1, id: 'w1', kind: 'win', text: 'Asked a question, "finally"', eventKey: 'work:standup', eventTitle: 'Standup, daily', difficulty: 7, createdAt: T0, updatedAt: T0 + MIN },
      { v: 1, id: 'w2', kind: 'win', text: 'Went for a run', createdAt: T0 + 2 * MIN, updatedAt: T0 + 2 * MIN },
      { v: 1, id: 'w3', kind: 'win', text: 'Opened the slides', goalId: 'g1', goalTitle: 'Lead the retro', createdAt: T0 + 3 * MIN, updatedAt: T0 + 3 * MIN },
    ];
    expect(records(winsCsv(wins))).toEqual([
      {
        id: 'w1',
        created_at: '2026-11-23T09:00:00.000Z',
        updated_at: '2026-11-23T09:01:00.000Z',
        text: 'Asked a question, "finally"',
        event_key: 'work:standup',
        event_title: 'Standup, daily',
        difficulty: '7',
        goal_id: '',
        goal_title: '',
      },
      {
        id: 'w2',
        created_at: '2026-11-23T09:02:00.000Z',
        updated_at: '2026-11-23T09:02:00.000Z',
        text: 'Went for a run',
        event_key: '',
        event_title: '',
        difficulty: '',
        goal_id: '',
        goal_title: '',
      },
      {
        id: 'w3',
        created_at: '2026-11-23T09:03:00.000Z',
        updated_at: '2026-11-23T09:03:00.000Z',
        text: 'Opened the slides',
        event_key: '',
        event_title: '',
        difficulty: '',
        goal_id: 'g1',
        goal_title: 'Lead the retro',
      },
    ]);
  });

  it('writes only the header for no wins', () => {
    expect(winsCsv([])).toBe('id,created_at,updated_at,text,event_key,event_title,difficulty,goal_id,goal_title\r\n');
  });
});

describe('exercisesCsv', () => {
  it('puts the readiness ratings in their own columns and the other answers in one sorted JSON object', () => {
    const entries: FlowEntry[] = [
      {
        v: 1,
        id: 'f1',
        kind: 'flow',
        flowId: 'affirm',
        fields: { why: 'It matters, "a lot"\nto me', readinessAfter: 8, value: 'Kindness', readinessBefore: 5, picks: ['a', 'b'], skipped: null },
        eventKey: 'work:interview',
        triggerId: 'affirm|work:interview',
        createdAt: T0,
        updatedAt: T0 + 15 * MIN,
      },
      { v: 1, id: 'f2', kind: 'flow', flowId: 'ready', fields: { reframe: 'excited' }, createdAt: T0 + MIN, updatedAt: T0 + MIN },
    ];
    const [first, second] = records(exercisesCsv(entries));
    expect(first).toEqual({
      id: 'f1',
      created_at: '2026-11-23T09:00:00.000Z',
      updated_at: '2026-11-23T09:15:00.000Z',
      exercise: 'affirm',
      event_key: 'work:interview',
      trigger_id: 'affirm|work:interview',
      readiness_before: '5',
      readiness_after: '8',
      answers: '{"picks":["a","b"],"skipped":null,"value":"Kindness","why":"It matters, \\"a lot\\"\\nto me"}',
    });
    expect(JSON.parse(first!.answers!)).toEqual({ picks: ['a', 'b'], skipped: null, value: 'Kindness', why: 'It matters, "a lot"\nto me' });
    expect(second).toMatchObject({ exercise: 'ready', event_key: '', trigger_id: '', readiness_before: '', readiness_after: '', answers: '{"reframe":"excited"}' });
  });

  it('leaves a readiness column empty when the rating was skipped', () => {
    const entry: FlowEntry = { v: 1, id: 'f', kind: 'flow', flowId: 'ready', fields: { readinessBefore: null, readinessAfter: 6 }, createdAt: T0, updatedAt: T0 };
    expect(records(exercisesCsv([entry]))[0]).toMatchObject({ readiness_before: '', readiness_after: '6', answers: '{}' });
  });
});

function decision(overrides: Partial<DecisionRecord>): DecisionRecord {
  return decisionRecord({ plannedAt: T0, decidedAt: T0, ...overrides });
}

describe('decisionsCsv', () => {
  const prompted = decision({
    plannedAt: T0,
    decidedAt: T0 + 2000,
    probability: 0.6,
    draw: 0.25,
    late: true,
    engagement: [
      { what: 'shown', at: T0 + 2000 },
      { what: 'snoozed', at: T0 + MIN },
      { what: 'shown', at: T0 + 11 * MIN },
      { what: 'opened', at: T0 + 12 * MIN },
      { what: 'completed', at: T0 + 20 * MIN },
    ],
    outcome: { entryId: 'f1', readinessBefore: 4, readinessAfter: 7 },
    exercise: { flowId: 'affirmation', reason: 'A quiet reflection, well ahead of time.', chosenBy: 'primed' },
  });
  const unavailable = decision({
    id: 'ready|work:interview',
    triggerId: 'ready|work:interview',
    type: 'ready',
    plannedAt: T0 - 10 * MIN,
    decidedAt: T0 - 10 * MIN,
    available: false,
    reason: 'quiet-hours',
    action: 'not-prompted',
    probability: 0,
  });

  it('has the columns of a micro-randomized trial, in order', () => {
    expect(DECISIONS_HEADER).toEqual([
      'decision_id',
      'trigger_id',
      'decision_time_utc',
      'time_zone',
      'planned_time_utc',
      'prompt_type',
      'event_key',
      'event_kind',
      'available',
      'unavailable_reason',
      'probability',
      'draw',
      'action',
      'late',
      'exercise',
      'exercise_reason',
      'exercise_chosen_by',
      'exercise_opens',
      'shown_at',
      'delivered_at',
      'opened_at',
      'snoozed_at',
      'dismissed_at',
      'completed_at',
      'readiness_before',
      'readiness_after',
      'proximal_outcome',
      'outcome_asked_utc',
      'outcome_answered_utc',
      'outcome_via',
      'outcome_skipped_utc',
    ]);
    expect(decisionsCsv([]).split('\r\n')[0]).toBe(DECISIONS_HEADER.join(','));
  });

  it('writes a prompted, completed decision and an unavailable one, by decision time', () => {
    expect(records(decisionsCsv([prompted, unavailable]))).toEqual([
      {
        decision_id: 'ready|work:interview',
        trigger_id: 'ready|work:interview',
        decision_time_utc: '2026-11-23T08:50:00.000Z',
        time_zone: 'Europe/Berlin',
        planned_time_utc: '2026-11-23T08:50:00.000Z',
        prompt_type: 'ready',
        event_key: 'work:interview',
        event_kind: 'interview',
        available: '0',
        unavailable_reason: 'quiet-hours',
        probability: '0',
        draw: '',
        action: '0',
        late: '0',
        exercise: '',
        exercise_reason: '',
        exercise_chosen_by: '',
        exercise_opens: '',
        shown_at: '',
        delivered_at: '',
        opened_at: '',
        snoozed_at: '',
        dismissed_at: '',
        completed_at: '',
        readiness_before: '',
        readiness_after: '',
        proximal_outcome: '',
        outcome_asked_utc: '',
        outcome_answered_utc: '',
        outcome_via: '',
        outcome_skipped_utc: '',
      },
      {
        decision_id: 'affirm|work:interview',
        trigger_id: 'affirm|work:interview',
        decision_time_utc: '2026-11-23T09:00:02.000Z',
        time_zone: 'Europe/Berlin',
        planned_time_utc: '2026-11-23T09:00:00.000Z',
        prompt_type: 'affirm',
        event_key: 'work:interview',
        event_kind: 'interview',
        available: '1',
        unavailable_reason: '',
        probability: '0.6',
        draw: '0.25',
        action: '1',
        late: '1',
        exercise: 'affirmation',
        exercise_reason: 'A quiet reflection, well ahead of time.',
        exercise_chosen_by: 'primed',
        exercise_opens: 'exercise',
        // The first time of each: shown again after the snooze does not move it.
        shown_at: '2026-11-23T09:00:02.000Z',
        delivered_at: '',
        opened_at: '2026-11-23T09:12:00.000Z',
        snoozed_at: '2026-11-23T09:01:00.000Z',
        dismissed_at: '',
        completed_at: '2026-11-23T09:20:00.000Z',
        readiness_before: '4',
        readiness_after: '7',
        proximal_outcome: '',
        outcome_asked_utc: '',
        outcome_answered_utc: '',
        outcome_via: '',
        outcome_skipped_utc: '',
      },
    ]);
  });

  it('says when a prompt opened the event’s prep plan rather than the exercise itself', () => {
    const plan = decision({
      id: 'rehearse|work:interview',
      triggerId: 'rehearse|work:interview',
      type: 'rehearse',
      engagement: [{ what: 'opened', at: T0 + MIN }],
      exercise: { flowId: 'rehearsal', reason: 'The day before an interview: your prep plan.', chosenBy: 'primed', opens: 'prep-plan' },
    });
    const [row] = records(decisionsCsv([plan]));
    expect(row).toMatchObject({ exercise: 'rehearsal', exercise_opens: 'prep-plan', opened_at: '2026-11-23T09:01:00.000Z' });
  });

  it('takes the earliest time of an engagement even when the log is out of order', () => {
    const d = decision({ engagement: [{ what: 'dismissed', at: T0 + 5 * MIN }, { what: 'dismissed', at: T0 + MIN }] });
    expect(records(decisionsCsv([d]))[0]!.dismissed_at).toBe('2026-11-23T09:01:00.000Z');
  });

  it('joins the check-in after each event to every decision point of that event, prompted or not', () => {
    const notPrompted = decision({ id: 'ready|work:interview', triggerId: 'ready|work:interview', type: 'ready', decidedAt: T0 + 3000, action: 'not-prompted', probability: 0.5, draw: 0.7 });
    const other = decision({ id: 'affirm|work:standup', triggerId: 'affirm|work:standup', eventKey: 'work:standup', decidedAt: T0 + 4000 });
    const skipped = decision({ id: 'affirm|work:review', triggerId: 'affirm|work:review', eventKey: 'work:review', decidedAt: T0 + 5000, available: false, reason: 'daily-cap', action: 'not-prompted', probability: 0 });
    const checkIns: CheckInRecord[] = [
      { v: 1, eventKey: 'work:interview', kind: 'interview', eventEnd: T0 + 60 * MIN, askedAt: T0 + 60 * MIN, capability: 6, answeredAt: T0 + 70 * MIN, via: 'reflection' },
      { v: 1, eventKey: 'work:review', kind: 'review', eventEnd: T0 + 90 * MIN, askedAt: T0 + 90 * MIN, skippedAt: T0 + 95 * MIN },
    ];
    const rows = records(decisionsCsv([prompted, notPrompted, other, skipped], checkIns));
    expect(rows.map((r) => [r.decision_id, r.action, r.available, r.proximal_outcome, r.outcome_asked_utc, r.outcome_answered_utc, r.outcome_via, r.outcome_skipped_utc])).toEqual([
      ['affirm|work:interview', '1', '1', '6', '2026-11-23T10:00:00.000Z', '2026-11-23T10:10:00.000Z', 'reflection', ''],
      ['ready|work:interview', '0', '1', '6', '2026-11-23T10:00:00.000Z', '2026-11-23T10:10:00.000Z', 'reflection', ''],
      // No check-in (yet) for this event: the outcome is missing, not zero.
      ['affirm|work:standup', '1', '1', '', '', '', '', ''],
      ['affirm|work:review', '0', '0', '', '2026-11-23T10:30:00.000Z', '', '', '2026-11-23T10:35:00.000Z'],
    ]);
  });

  it('logs "delivered" apart from "shown": a prompt the browser could not confirm was seen', () => {
    const d = decision({ engagement: [{ what: 'delivered', at: T0 + 2000 }] });
    expect(records(decisionsCsv([d]))[0]).toMatchObject({ shown_at: '', delivered_at: '2026-11-23T09:00:02.000Z' });
  });

  it('orders decisions made at the same time by id, and does not reorder its input', () => {
    const input = [decision({ id: 'b', decidedAt: T0 }), decision({ id: 'a', decidedAt: T0 })];
    expect(records(decisionsCsv(input)).map((r) => r.decision_id)).toEqual(['a', 'b']);
    expect(input.map((d) => d.id)).toEqual(['b', 'a']);
  });
});
