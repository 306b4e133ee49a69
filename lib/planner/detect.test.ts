import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYWORD_RULES, detectHighStakes, matchesRule, momentToEvent } from './detect';
import { berlin, event, HOUR, MIN } from './test-fixtures';
import type { EventTag, KeywordRule, Moment, ScheduleEvent } from './types';

function rule(keyword: string, extra: Partial<KeywordRule> = {}): KeywordRule {
  return { id: `r-${keyword}`, keyword, kind: 'other', matchDescription: false, enabled: true, ...extra };
}

function titled(title: string, extra: Partial<ScheduleEvent> = {}): ScheduleEvent {
  return event('feed|uid', title, berlin('14:00'), berlin('15:00'), extra);
}

function tag(target: string, scope: EventTag['scope'], mode: EventTag['mode'], extra: Partial<EventTag> = {}): EventTag {
  return { target, scope, mode, kind: 'presentation', updatedAt: 0, ...extra };
}

describe('matchesRule', () => {
  it.each([
    ['interview', 'Interview with ACME', true],
    ['interview', 'interviewer sync', false],
    ['interview', 'Pre-interview prep', true],
    ['interview', 'INTERVIEW', true],
    ['interviewer', 'Interview with ACME', false],
    ['demo', 'demolition briefing', false],
    ['demo', 'Sprint DEMO', true],
    ['demo', 'Demo: checkout flow', true],
    ['demo', 'Team (demo) day', true],
    ['1:1', '1:1 with Sam', true],
    ['1:1', 'Sam/1:1', true],
    ['1:1', '11:15 standup', false],
    ['1:1', 'call at 1:10', false],
    ['all-hands', 'All-Hands Q3', true],
    ['all-hands', 'all hands', false],
    ['hands', 'All-Hands Q3', true],
    ['performance review', 'Quarterly Performance Review', true],
    ['performance review', 'performance  review (Sam)', true],
    ['performance review', 'performance reviewing', false],
    ['performance review', 'performance-review', false],
    ['  interview  ', 'Interview with ACME', true],
    ['c++', 'C++ exam', true],
    ['c++', 'c exam', false],
    ['a.b', 'axb', false],
    ['(demo)', 'Team (demo) day', true],
    ['[x]', 'a [x] b', true],
    ['x|y', 'x', false],
    ['$5', 'pay $5 now', true],
    // Words in other scripts: no ASCII-only boundaries.
    ['prüfung', 'Mündliche PRÜFUNG', true],
    ['prüfung', 'Prüfungsamt', false],
    ['pr', 'Prüfung', false],
    ['café', 'Café chat', true],
    ['café', 'Cafés', false],
    ['résumé', 'RÉSUMÉ review', true],
    ['собеседование', 'Собеседование в Яндексе', true],
    ['собеседование', 'собеседованием', false],
    ['exam', 'examen', false],
    ['exam', 'exam2', false],
    ['exam', 'exam_prep', true],
    // The same text in composed and decomposed form.
    ['café', 'Cafe\u0301 chat', true],
    ['cafe\u0301', 'Café chat', true],
    ['cafe', 'Cafe\u0301 chat', false],
    // Nothing to match.
    ['', 'anything', false],
    ['   ', 'a   b', false],
  ])('%j in %j: %s', (keyword, title, expected) => {
    expect(matchesRule(rule(keyword), titled(title))).toBe(expected);
  });

  it('looks in the description only when the rule says so', () => {
    const e = titled('Sync', { description: 'Agenda: the interview loop' });
    expect(matchesRule(rule('interview'), e)).toBe(false);
    expect(matchesRule(rule('interview', { matchDescription: true }), e)).toBe(true);
    expect(matchesRule(rule('interviews', { matchDescription: true }), e)).toBe(false);
    expect(matchesRule(rule('interview', { matchDescription: true }), titled('Sync'))).toBe(false);
  });

  it('never matches with a disabled rule', () => {
    expect(matchesRule(rule('interview', { enabled: false }), titled('Interview'))).toBe(false);
  });

  it('gives the same answer on repeated calls (no regex state carried over)', () => {
    const r = rule('demo');
    const e = titled('demo demo');
    expect([1, 2, 3].map(() => matchesRule(r, e))).toEqual([true, true, true]);
  });
});

describe('DEFAULT_KEYWORD_RULES', () => {
  it('has unique stable ids, all enabled, titles only', () => {
    const ids = DEFAULT_KEYWORD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('default-interview');
    expect(ids).toContain('default-performance-review');
    expect(DEFAULT_KEYWORD_RULES.every((r) => r.enabled && !r.matchDescription)).toBe(true);
  });

  it.each([
    ['Interview: Jane Doe', 'default-interview', 'interview'],
    ['Quarterly performance review', 'default-performance-review', 'review'],
    ['Design review', 'default-review', 'review'],
    ['Investor pitch', 'default-pitch', 'pitch'],
    ['Thesis defence', 'default-defence', 'exam'],
    ['PhD defense', 'default-defense', 'exam'],
    ['Salary negotiation', 'default-negotiation', 'conversation'],
    ['Keynote rehearsal', 'default-keynote', 'presentation'],
    ['Talk with Sam', undefined, undefined],
    ['1:1 Sam', undefined, undefined],
    ['Reviewers sync', undefined, undefined],
  ])('%j → %s', (title, ruleId, kind) => {
    const [found] = detectHighStakes([titled(title)], [], DEFAULT_KEYWORD_RULES, []);
    expect(found?.ruleId).toBe(ruleId);
    expect(found?.kind).toBe(kind);
  });
});

describe('detectHighStakes', () => {
  const interview = rule('interview', { kind: 'interview' });

  it('names the first matching enabled rule, in list order', () => {
    const rules = [rule('acme', { kind: 'pitch', enabled: false }), interview, rule('acme', { kind: 'exam', id: 'second' })];
    expect(detectHighStakes([titled('Interview with ACME')], [], rules, [])).toEqual([
      { event: titled('Interview with ACME'), kind: 'interview', source: 'rule', ruleId: 'r-interview' },
    ]);
  });

  it.each([
    ['declined', { declined: true }],
    ['cancelled', { cancelled: true }],
    ['free', { transparent: true }],
    ['all-day', { allDay: true }],
  ])('no rule matches a %s event', (_, extra) => {
    expect(detectHighStakes([titled('Interview', extra)], [], [interview], [])).toEqual([]);
  });

  it.each([
    ['declined', { declined: true }, false],
    ['cancelled', { cancelled: true }, false],
    ['all-day', { allDay: true }, false],
    ['free', { transparent: true }, true],
  ])('a tag on a %s event: high-stakes %s', (_, extra, expected) => {
    const e = titled('Lunch', extra);
    expect(detectHighStakes([e], [tag(e.key, 'occurrence', 'high-stakes')], [], []).length > 0).toBe(expected);
  });

  describe('tags over rules, occurrences over series', () => {
    const e = titled('Interview', { key: 'feed|uid|2025-06-10', seriesKey: 'feed|uid' });
    const detect = (tags: EventTag[]) => detectHighStakes([e], tags, [interview], []);

    it('series high-stakes', () => {
      expect(detect([tag('feed|uid', 'series', 'high-stakes', { kind: 'exam' })])).toEqual([{ event: e, kind: 'exam', source: 'series-tag' }]);
    });
    it('series never beats a rule', () => {
      expect(detect([tag('feed|uid', 'series', 'never')])).toEqual([]);
    });
    it('occurrence never beats a rule', () => {
      expect(detect([tag(e.key, 'occurrence', 'never')])).toEqual([]);
    });
    it('occurrence never beats series high-stakes', () => {
      expect(detect([tag('feed|uid', 'series', 'high-stakes'), tag(e.key, 'occurrence', 'never')])).toEqual([]);
    });
    it('occurrence high-stakes beats series never, with its own kind', () => {
      expect(detect([tag(e.key, 'occurrence', 'high-stakes', { kind: 'pitch' }), tag('feed|uid', 'series', 'never')])).toEqual([
        { event: e, kind: 'pitch', source: 'tag' },
      ]);
    });
    it('a tag aimed at the other scope does not apply', () => {
      expect(detect([tag(e.key, 'series', 'never'), tag('feed|uid', 'occurrence', 'never')])).toHaveLength(1);
    });
    it('the latest of two tags on one target wins', () => {
      const older = tag(e.key, 'occurrence', 'never', { updatedAt: 1 });
      const newer = tag(e.key, 'occurrence', 'high-stakes', { updatedAt: 2, kind: 'exam' });
      expect(detect([newer, older])[0]?.kind).toBe('exam');
      expect(detect([older, newer])[0]?.kind).toBe('exam');
    });
  });

  it('counts an event key seen twice once', () => {
    expect(detectHighStakes([titled('Interview'), titled('Interview')], [], [interview], [])).toHaveLength(1);
  });

  describe('moments', () => {
    const moment: Moment = { id: 'm1', title: 'Call the landlord', start: berlin('18:00'), durationMinutes: 20, kind: 'conversation', createdAt: 0, updatedAt: 0 };

    it('become events with their duration, or none', () => {
      expect(momentToEvent(moment)).toEqual(
        event('moment:m1', 'Call the landlord', berlin('18:00'), berlin('18:00') + 20 * MIN, { kind: 'conversation' }),
      );
      expect(momentToEvent({ ...moment, durationMinutes: undefined }).end).toBe(berlin('18:00'));
    });

    it('are always high-stakes, after the calendar events, whatever the tags', () => {
      const found = detectHighStakes([titled('Interview')], [tag('moment:m1', 'occurrence', 'never')], [interview], [moment]);
      expect(found.map((h) => [h.event.key, h.source, h.kind])).toEqual([
        ['feed|uid', 'rule', 'interview'],
        ['moment:m1', 'moment', 'conversation'],
      ]);
    });

    it('are not confused with a calendar event of another key', () => {
      const found = detectHighStakes([titled('Lunch', { start: berlin('18:00'), end: berlin('18:00') + HOUR })], [], [interview], [moment]);
      expect(found).toHaveLength(1);
    });
  });
});
