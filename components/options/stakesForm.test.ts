import { describe, expect, it } from 'vitest';
import { scheduleEvent, seriesKeyOf } from '@/lib/prompts/events';
import { Stakes } from '@/lib/prompts/model';
import type { StoredOccurrence } from '@/lib/feeds/model';
import { DEFAULT_KEYWORD_RULES, detectHighStakes } from '@/lib/planner/detect';
import type { KeywordRule } from '@/lib/planner/types';
import {
  applyTagChoice,
  keywordProblem,
  minutesToTime,
  missingDefaultRules,
  parseLocalDateTime,
  parseWholeNumber,
  previewRule,
  readMomentForm,
  ruleCandidates,
  tagChoice,
  tagChoices,
  timeToMinutes,
  toLocalDateTime,
  weekdayOrder,
  withTagKind,
  type TagChoice,
} from './stakesForm';

const NOW = Date.UTC(2025, 5, 2, 8, 0);

function occurrence(overrides: Partial<StoredOccurrence> = {}): StoredOccurrence {
  return {
    key: 'work:standup@x:20250602T093000',
    feedId: 'work',
    uid: 'standup@x',
    title: 'Team standup',
    start: NOW + 3_600_000,
    end: NOW + 4_500_000,
    allDay: false,
    status: 'confirmed',
    transparent: false,
    recurring: true,
    declined: false,
    ...overrides,
  };
}

const empty: Stakes = { tags: [], rules: [], moments: [] };
const monday = occurrence();
const tuesday = occurrence({ key: 'work:standup@x:20250603T093000', start: NOW + 86_400_000, end: NOW + 87_300_000 });
const oneOff = occurrence({ key: 'work:interview@x', uid: 'interview@x', title: 'Job interview', recurring: false });

describe('tag choices on upcoming events', () => {
  it('offers series choices only for recurring events', () => {
    expect(tagChoices(true)).toContain('series');
    expect(tagChoices(true)).toContain('never-series');
    expect(tagChoices(false)).toEqual(['auto', 'one', 'never']);
  });

  it('shows each choice as it was made, and stores only valid marks', () => {
    for (const event of [monday, oneOff]) {
      for (const choice of tagChoices(event.recurring)) {
        const stakes = applyTagChoice(empty, event, choice, 'interview', NOW);
        expect(Stakes.safeParse(stakes).success).toBe(true);
        expect(tagChoice(stakes, event)).toBe(choice);
      }
    }
  });

  it('marks a whole series, and one occurrence apart from it', () => {
    const series = applyTagChoice(empty, monday, 'series', 'presentation', NOW);
    expect(series.tags).toEqual([{ target: seriesKeyOf(monday), scope: 'series', mode: 'high-stakes', kind: 'presentation', updatedAt: NOW }]);
    expect(tagChoice(series, tuesday)).toBe('series');

    // Skipping one occurrence leaves the rest of the series marked.
    const skipped = applyTagChoice(series, tuesday, 'never-one', 'presentation', NOW + 1);
    expect(tagChoice(skipped, tuesday)).toBe('never-one');
    expect(tagChoice(skipped, monday)).toBe('series');
    const found = detectHighStakes([monday, tuesday].map(scheduleEvent), skipped.tags, [], []);
    expect(found.map((h) => h.event.key)).toEqual([monday.key]);

    // Marking the series again from that occurrence brings it back in.
    const again = applyTagChoice(skipped, tuesday, 'series', 'presentation', NOW + 2);
    expect(tagChoice(again, tuesday)).toBe('series');
    expect(again.tags).toHaveLength(1);
  });

  it('goes back to automatic by dropping the marks of the occurrence and its series', () => {
    let stakes = applyTagChoice(empty, monday, 'never-series', 'other', NOW);
    stakes = applyTagChoice(stakes, tuesday, 'one', 'exam', NOW);
    stakes = applyTagChoice(stakes, tuesday, 'auto', 'exam', NOW);
    expect(stakes.tags).toEqual([]);
    expect(tagChoice(stakes, monday)).toBe('auto');
  });

  it('changes the kind of the mark in place', () => {
    const series = applyTagChoice(empty, monday, 'series', 'other', NOW);
    const changed = withTagKind(series, tuesday, 'pitch', NOW + 5);
    expect(changed.tags).toEqual([{ target: seriesKeyOf(monday), scope: 'series', mode: 'high-stakes', kind: 'pitch', updatedAt: NOW + 5 }]);
    expect(withTagKind(empty, monday, 'pitch', NOW)).toBe(empty);
  });

  const choices: TagChoice[] = ['one', 'never'];
  it.each(choices)('keeps a one-off event’s mark on the event itself (%s)', (choice) => {
    const stakes = applyTagChoice(empty, oneOff, choice, 'interview', NOW);
    expect(stakes.tags.map((t) => [t.scope, t.target])).toEqual([['occurrence', oneOff.key]]);
  });
});

describe('keyword rules', () => {
  const rules: KeywordRule[] = [{ id: 'r1', keyword: 'Job  Interview', kind: 'interview', matchDescription: false, enabled: true }];

  it('rejects empty, overlong and duplicate keywords', () => {
    expect(keywordProblem('   ', rules)).toBe('empty');
    expect(keywordProblem('x'.repeat(81), rules)).toBe('long');
    expect(keywordProblem(' job interview ', rules)).toBe('duplicate');
    expect(keywordProblem('standup', rules)).toBeNull();
  });

  it('restores the suggested rules that are missing, once', () => {
    expect(missingDefaultRules([])).toEqual(DEFAULT_KEYWORD_RULES);
    expect(missingDefaultRules(DEFAULT_KEYWORD_RULES)).toEqual([]);
    const withoutPitch = DEFAULT_KEYWORD_RULES.filter((r) => r.keyword !== 'pitch');
    expect(missingDefaultRules(withoutPitch).map((r) => r.keyword)).toEqual(['pitch']);
    // The user's own rule for the same word counts.
    const own = [...withoutPitch, { id: 'mine', keyword: 'Pitch', kind: 'presentation' as const, matchDescription: false, enabled: true }];
    expect(missingDefaultRules(own)).toEqual([]);
  });

  it('previews the upcoming events a rule matches, even while it is off', () => {
    const events = ruleCandidates(
      [
        monday,
        tuesday,
        oneOff,
        occurrence({ key: 'a', title: 'Standup party', transparent: true }),
        occurrence({ key: 'b', title: 'Standup offsite', allDay: true }),
      ].map(scheduleEvent),
    );
    const rule: KeywordRule = { id: 's', keyword: 'standup', kind: 'other', matchDescription: false, enabled: false };
    expect(previewRule(rule, events)).toEqual({ count: 2, titles: ['Team standup'], more: false });
    expect(previewRule({ ...rule, keyword: 'retro' }, events)).toEqual({ count: 0, titles: [], more: false });
    const many = ['A', 'B', 'C', 'D'].map((x, i) => scheduleEvent(occurrence({ key: `k${i}`, title: `Standup ${x}` })));
    expect(previewRule(rule, many)).toEqual({ count: 4, titles: ['Standup A', 'Standup B', 'Standup C'], more: true });
  });
});

describe('reading fields', () => {
  it('reads whole numbers in range', () => {
    expect(parseWholeNumber(' 45 ', 0, 1440)).toBe(45);
    expect(parseWholeNumber('0', 1, 50)).toBeNull();
    expect(parseWholeNumber('2.5', 0, 10)).toBeNull();
    expect(parseWholeNumber('', 0, 10)).toBeNull();
    expect(parseWholeNumber('51', 1, 50)).toBeNull();
  });

  it('reads clock times', () => {
    expect(timeToMinutes('22:00')).toBe(1320);
    expect(timeToMinutes('07:05:00')).toBe(425);
    expect(timeToMinutes('24:00')).toBeNull();
    expect(timeToMinutes('')).toBeNull();
    expect(minutesToTime(425)).toBe('07:05');
  });

  it('reads date and time fields in the local zone', () => {
    expect(parseLocalDateTime('2025-06-02T10:30')).toBe(Date.UTC(2025, 5, 2, 8, 30));
    expect(parseLocalDateTime('2025-01-02T10:30')).toBe(Date.UTC(2025, 0, 2, 9, 30));
    expect(parseLocalDateTime('2025-02-31T10:30')).toBeNull();
    expect(parseLocalDateTime('')).toBeNull();
    // 02:30 does not exist on the morning clocks go forward: it is read as 03:30.
    expect(parseLocalDateTime('2025-03-30T02:30')).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(toLocalDateTime(Date.UTC(2025, 5, 2, 8, 30))).toBe('2025-06-02T10:30');
  });

  it('reads the moment form, with a clear problem for each field', () => {
    const when = toLocalDateTime(NOW + 3_600_000);
    expect(readMomentForm({ title: ' Call with the bank ', when, duration: '' }, NOW)).toEqual({
      ok: true,
      title: 'Call with the bank',
      start: NOW + 3_600_000,
    });
    expect(readMomentForm({ title: 'Call', when, duration: '30' }, NOW)).toMatchObject({ ok: true, durationMinutes: 30 });
    expect(readMomentForm({ title: ' ', when, duration: '' }, NOW)).toEqual({ ok: false, field: 'title', problem: 'title' });
    expect(readMomentForm({ title: 'Call', when: '', duration: '' }, NOW)).toEqual({ ok: false, field: 'when', problem: 'when' });
    const past = toLocalDateTime(NOW - 10 * 60_000);
    expect(readMomentForm({ title: 'Call', when: past, duration: '' }, NOW)).toEqual({ ok: false, field: 'when', problem: 'past' });
    // A minute or two late is fine: it may be starting as it is typed.
    expect(readMomentForm({ title: 'Call', when: toLocalDateTime(NOW - 60_000), duration: '' }, NOW)).toMatchObject({ ok: true });
    expect(readMomentForm({ title: 'Call', when, duration: '0' }, NOW)).toEqual({ ok: false, field: 'duration', problem: 'duration' });
  });

  it('orders weekdays from the locale’s first day', () => {
    expect(weekdayOrder(1)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayOrder(7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayOrder(6)).toEqual([6, 0, 1, 2, 3, 4, 5]);
  });
});
