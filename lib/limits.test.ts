import { describe, expect, it } from 'vitest';
import { freshDb, putRaw } from '../tests/unit/helpers';
import { expandIcs } from './calendar';
import { shorten } from './calendar/expand';
import { feedListItem } from './feeds/feed-list';
import { StoredOccurrence } from './feeds/model';
import { Feed } from './feeds/feed';
import { storedOccurrence } from './feeds/sync';
import { FlowEntry } from './exercises/entry';
import { answer } from './exercises/schema';
import { Goal } from './goals/model';
import { COUNT_LIMITS, MAX_DEPTH, TEXT_LIMITS, withinDepth } from './limits';
import { DecisionRecord } from './prompts/model';
import { KeywordRule, Moment, PendingPrompt, Stakes } from './prompts/model';
import { Draft, draftKey, loadDraft } from './store/drafts';
import { entryKey, saveEntry, walkEntriesOfKind } from './store/entries';
import { newWin, WinEntry } from './wins/model';
import { listQuarantined } from './store/quarantine';
import { Settings } from './store/settings';
import { check } from './store/validate';
import { readVersioned } from './store/versioned';
import { valuesItem } from './values/values';
import { supportersItem } from './supporters/supporters';
import { z } from './zod';

const text = (n: number) => 'a'.repeat(n);
const list = <T>(n: number, item: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => item(i));

const win = (patch: Partial<WinEntry>): WinEntry => ({ ...newWin('done', 1_000), ...patch });
const draft = (fields: Draft['fields']): Draft => ({ v: 1, id: 'popup-win', flowId: 'win', fields, updatedAt: 1 });
const flow = (fields: FlowEntry['fields']): FlowEntry => ({ v: 1, id: 'f1', kind: 'flow', flowId: 'reframe', fields, createdAt: 1, updatedAt: 1 });
const goal = (patch: Partial<Goal>): Goal => ({ v: 1, id: 'g1', kind: 'goal', title: '', steps: [], microActions: [], createdAt: 1, updatedAt: 1, ...patch });
const supporter = (i: number, name: string) => ({ id: `s${i}`, name, kind: 'listener', createdAt: 1, updatedAt: 1 });
const moment = (title: string): z.infer<typeof Moment> => ({ id: 'm1', title, start: 1, kind: 'presentation', createdAt: 1, updatedAt: 1 });
const rule = (keyword: string): z.infer<typeof KeywordRule> => ({ id: 'r1', keyword, kind: 'interview', matchDescription: false, enabled: true });
const feed = (patch: Partial<Feed>): Feed => ({ id: 'f1', name: 'Work', source: { kind: 'url', url: 'https://example.com/a.ics' }, enabled: true, addedAt: 1, ...patch });
const occurrence = (patch: Partial<StoredOccurrence>): StoredOccurrence => ({
  key: 'f1|u1',
  feedId: 'f1',
  uid: 'u1',
  title: 'Interview',
  start: 1,
  end: 2,
  allDay: false,
  status: 'confirmed',
  transparent: false,
  recurring: false,
  declined: false,
  ...patch,
});
const pending = (eventTitle: string): PendingPrompt => ({
  triggerId: 't1',
  type: 'ready',
  eventKey: 'f1|u1',
  eventTitle,
  eventStart: 1,
  eventEnd: 2,
  kind: 'interview',
  shownAt: 1,
  expiresAt: 2,
});
const decision = (eventKey: string): DecisionRecord => ({
  v: 1,
  id: 't1',
  triggerId: 't1',
  type: 'ready',
  eventKey,
  kind: 'interview',
  plannedAt: 1,
  decidedAt: 1,
  timeZone: 'UTC',
  available: true,
  late: false,
  action: 'prompted',
  probability: 1,
  engagement: [],
});
const settings = (selfEmails: string[]): Settings => ({ showStreak: true, syncIntervalMinutes: 15, selfEmails });

/** Each limit: the schema, and a record whose limited part has the given size. */
const cases: Array<{ what: string; limit: number; schema: z.ZodMiniType; at: (n: number) => unknown }> = [
  { what: 'a win', limit: TEXT_LIMITS.win, schema: WinEntry, at: (n) => win({ text: text(n) }) },
  { what: "a win's event title", limit: TEXT_LIMITS.eventText, schema: WinEntry, at: (n) => win({ eventTitle: text(n) }) },
  { what: "a win's goal", limit: TEXT_LIMITS.goalText, schema: WinEntry, at: (n) => win({ goalTitle: text(n) }) },
  { what: 'an exercise answer', limit: TEXT_LIMITS.answer, schema: answer, at: text },
  { what: 'a draft field', limit: TEXT_LIMITS.answer, schema: Draft, at: (n) => draft({ text: text(n) }) },
  { what: 'fields of a draft', limit: COUNT_LIMITS.fields, schema: Draft, at: (n) => draft(Object.fromEntries(list(n, (i) => [`f${i}`, 'x']))) },
  { what: 'picks in a draft field', limit: COUNT_LIMITS.fields, schema: Draft, at: (n) => draft({ picks: list(n, String) }) },
  { what: 'a finished exercise field', limit: TEXT_LIMITS.answer, schema: FlowEntry, at: (n) => flow({ thought: text(n) }) },
  { what: 'a goal', limit: TEXT_LIMITS.goalText, schema: Goal, at: (n) => goal({ title: text(n) }) },
  { what: 'a goal step', limit: TEXT_LIMITS.goalText, schema: Goal, at: (n) => goal({ steps: [{ id: 's1', text: text(n) }] }) },
  { what: 'a micro-action', limit: TEXT_LIMITS.goalText, schema: Goal, at: (n) => goal({ microActions: [{ id: 'a1', text: text(n) }] }) },
  { what: "a goal's look back", limit: TEXT_LIMITS.goalReflection, schema: Goal, at: (n) => goal({ reflection: { text: text(n) } }) },
  { what: 'a moment', limit: TEXT_LIMITS.momentTitle, schema: Moment, at: (n) => moment(text(n)) },
  { what: 'moments', limit: COUNT_LIMITS.moments, schema: Stakes, at: (n) => ({ tags: [], rules: [], moments: list(n, () => moment('Talk')) }) },
  { what: 'a keyword', limit: TEXT_LIMITS.keyword, schema: KeywordRule, at: (n) => rule(text(n)) },
  { what: 'keyword rules', limit: COUNT_LIMITS.rules, schema: Stakes, at: (n) => ({ tags: [], rules: list(n, () => rule('demo')), moments: [] }) },
  {
    what: 'event marks',
    limit: COUNT_LIMITS.tags,
    schema: Stakes,
    at: (n) => ({ tags: list(n, (i) => ({ target: `e${i}`, scope: 'series', mode: 'never', kind: 'other', updatedAt: 1 })), rules: [], moments: [] }),
  },
  { what: 'an own address', limit: TEXT_LIMITS.email, schema: Settings, at: (n) => settings([text(n)]) },
  { what: 'own addresses', limit: COUNT_LIMITS.emails, schema: Settings, at: (n) => settings(list(n, (i) => `me${i}@example.com`)) },
  { what: 'a value', limit: TEXT_LIMITS.value, schema: valuesItem.schema, at: (n) => [text(n)] },
  { what: 'values', limit: COUNT_LIMITS.values, schema: valuesItem.schema, at: (n) => list(n, (i) => `Value ${i}`) },
  { what: "a supporter's name", limit: TEXT_LIMITS.supporterName, schema: supportersItem.schema, at: (n) => [supporter(0, text(n))] },
  { what: "a supporter's note", limit: TEXT_LIMITS.supporterNote, schema: supportersItem.schema, at: (n) => [{ ...supporter(0, 'Sam'), note: text(n) }] },
  { what: 'supporters', limit: COUNT_LIMITS.supporters, schema: supportersItem.schema, at: (n) => list(n, (i) => supporter(i, 'Sam')) },
  { what: "a calendar's name", limit: TEXT_LIMITS.feedName, schema: Feed, at: (n) => feed({ name: text(n) }) },
  { what: "a calendar's address", limit: TEXT_LIMITS.feedUrl, schema: Feed, at: (n) => feed({ source: { kind: 'url', url: text(n) } }) },
  { what: 'calendars', limit: COUNT_LIMITS.feeds, schema: feedListItem.schema, at: (n) => list(n, (i) => feed({ id: `f${i}` })) },
  { what: "an event's title", limit: TEXT_LIMITS.eventText, schema: StoredOccurrence, at: (n) => occurrence({ title: text(n) }) },
  { what: "an event's location", limit: TEXT_LIMITS.eventText, schema: StoredOccurrence, at: (n) => occurrence({ location: text(n) }) },
  { what: "an event's description", limit: TEXT_LIMITS.eventDescription, schema: StoredOccurrence, at: (n) => occurrence({ description: text(n) }) },
  { what: "a waiting prompt's event title", limit: TEXT_LIMITS.eventText, schema: PendingPrompt, at: (n) => pending(text(n)) },
  { what: "a decision's event key", limit: TEXT_LIMITS.key, schema: DecisionRecord, at: (n) => decision(text(n)) },
];

describe('size limits', () => {
  it.each(cases)('$what: accepted at $limit, refused one over', ({ limit, schema, at }) => {
    expect(check(schema, at(limit)).ok).toBe(true);
    expect(check(schema, at(limit + 1)).ok).toBe(false);
  });

  it('refuses to store a win one character over, and keeps nothing', async () => {
    const db = freshDb();
    await expect(saveEntry(db, WinEntry, win({ text: text(TEXT_LIMITS.win + 1) }))).rejects.toMatchObject({ code: 'invalid' });
    await saveEntry(db, WinEntry, win({ text: text(TEXT_LIMITS.win) }));
  });

  it('sets aside a stored win that grew past its limit, as it was', async () => {
    const db = freshDb();
    const big = win({ id: 'big', text: text(5_000_000) });
    await putRaw(db, entryKey('big'), big);
    const read: WinEntry[] = [];
    await walkEntriesOfKind(db, 'win', WinEntry, (w) => read.push(w) > 0);
    expect(read).toEqual([]);
    const [kept] = await listQuarantined(db);
    expect(kept?.raw).toEqual(big);
  });
});

describe('nesting depth', () => {
  const nested = (depth: number): unknown => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i++) value = { deeper: value };
    return value;
  };

  it('tells a deep value from one at the limit, even a million levels down, without recursion', () => {
    expect(withinDepth(nested(MAX_DEPTH))).toBe(true);
    expect(withinDepth(nested(MAX_DEPTH + 1))).toBe(false);
    expect(withinDepth(nested(1_000_000))).toBe(false);
  });

  it('refuses to store a record with a deep unknown field', async () => {
    const db = freshDb();
    const bomb = { ...win({}), extra: nested(5_000) };
    await expect(saveEntry(db, WinEntry, bomb)).rejects.toMatchObject({ code: 'invalid' });
  });

  // 1,000 levels: the test database's own copy of a value recurses, and gives out near 5,000.
  it('sets aside a stored draft with a 1,000-deep unknown field, and lists it', async () => {
    const db = freshDb();
    const bomb = { ...draft({ text: 'hi' }), extra: nested(1_000) };
    await putRaw(db, draftKey('popup-win'), bomb);
    expect(await loadDraft(db, 'popup-win')).toBeUndefined();
    const [kept] = await listQuarantined(db);
    expect(kept?.reason).toBe('Nested too deep.');
    expect(kept?.raw).toEqual(bomb);
  });

  it('reads a deep settings value in extension storage as invalid', () => {
    const read = readVersioned({ key: 'settings', version: 2, schema: Settings, defaults: settings([]), migrations: [] }, { version: 2, value: { ...settings([]), x: nested(5_000) } });
    expect(read.kind).toBe('invalid');
  });
});

describe('text from a feed', () => {
  it('is shortened with a visible mark, within the stored limit', () => {
    const huge = 'Quarterly review '.repeat(20_000);
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `X-WR-CALNAME:${huge}`,
      'BEGIN:VEVENT',
      'UID:u1',
      'DTSTAMP:20260101T000000Z',
      'DTSTART:20260110T090000Z',
      'DTEND:20260110T100000Z',
      `SUMMARY:${huge}`,
      `LOCATION:${huge}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const { occurrences, calendar } = expandIcs(ics, { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-02-01T00:00:00Z') });
    const [first] = occurrences;
    expect(first?.title).toHaveLength(TEXT_LIMITS.eventText);
    expect(first?.title.endsWith('…')).toBe(true);
    expect(first?.location?.endsWith('…')).toBe(true);
    expect(calendar.name?.length).toBeLessThanOrEqual(TEXT_LIMITS.feedName);
    expect(calendar.name?.endsWith('…')).toBe(true);
    expect(check(StoredOccurrence, storedOccurrence(first!, 'f1')).ok).toBe(true);
  });

  it('is left alone when it fits, and never split inside a character', () => {
    expect(shorten('Interview', 9)).toBe('Interview');
    const cut = shorten(`${'a'.repeat(8)}😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
    expect(cut.length).toBeLessThanOrEqual(10);
  });
});
