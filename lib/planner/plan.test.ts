import { describe, expect, it } from 'vitest';
import { inQuietHours, nextHighStakes, plan, triggerId } from './plan';
import { berlin, DAY, event, HOUR, MIN, planInput, settings, TEST_SETTINGS } from './test-fixtures';
import { DEFAULT_SCHEDULE_SETTINGS } from './types';
import type { EventTag, Moment, Plan, PlanInput } from './types';

const KEY = 'feed|interview';
// 2025-06-10 is a Tuesday; Berlin is on summer time (UTC+2).
const interview = event(KEY, 'Interview with ACME', berlin('14:00'), berlin('15:00'));

const planned = (p: Plan) => p.triggers.map((t) => [t.id, t.at, t.moved]);
const dropped = (p: Plan) => p.unavailable.map((u) => [u.id, u.at, u.reason]);
const run = (extra: Partial<PlanInput>) => plan(planInput({ events: [interview], ...extra }));

describe('plan', () => {
  it('plans the three prompts at the default lead times (45 / 5 / 10 min)', () => {
    const p = run({});
    expect(p.triggers).toEqual([
      {
        id: 'affirm|feed|interview',
        type: 'affirm',
        eventKey: KEY,
        eventTitle: 'Interview with ACME',
        eventStart: berlin('14:00'),
        eventEnd: berlin('15:00'),
        kind: 'interview',
        at: berlin('13:15'),
        idealAt: berlin('13:15'),
      },
      expect.objectContaining({ id: 'ready|feed|interview', at: berlin('13:55'), idealAt: berlin('13:55') }),
      expect.objectContaining({ id: 'feedback|feed|interview', at: berlin('15:10'), idealAt: berlin('15:10') }),
    ]);
    expect(p.triggers.every((t) => t.moved === undefined && !('moved' in t))).toBe(true);
    expect(p.unavailable).toEqual([]);
  });

  it('builds ids from the prompt type and the event key', () => {
    expect(triggerId('ready', 'a|b|c')).toBe('ready|a|b|c');
  });

  it('plans only enabled prompts, at their own lead times', () => {
    const s = settings({
      prompts: { rehearse: { enabled: false, minutes: 1200 }, affirm: { enabled: false, minutes: 45 }, ready: { enabled: true, minutes: 20 }, feedback: { enabled: true, minutes: 0 } },
    });
    expect(planned(run({ settings: s }))).toEqual([
      ['ready|feed|interview', berlin('13:40'), undefined],
      ['feedback|feed|interview', berlin('15:00'), undefined],
    ]);
  });

  it('plans nothing for events that are not high-stakes', () => {
    expect(run({ rules: [] })).toEqual({ triggers: [], unavailable: [] });
    expect(run({ tags: [{ target: KEY, scope: 'occurrence', mode: 'never', kind: 'other', updatedAt: 0 }] })).toEqual({
      triggers: [],
      unavailable: [],
    });
  });

  describe('the day-before rehearsal', () => {
    const withRehearsal = settings({ prompts: DEFAULT_SCHEDULE_SETTINGS.prompts });
    const rehearsal = (p: Plan) => [...planned(p), ...dropped(p)].filter(([id]) => String(id).startsWith('rehearse|'));

    it('comes 20 hours before by default: the afternoon before a 14:00 interview', () => {
      expect(rehearsal(run({ settings: withRehearsal, now: berlin('08:00', '2025-06-09') }))).toEqual([
        ['rehearse|feed|interview', berlin('18:00', '2025-06-09'), undefined],
      ]);
    });

    it('is offered at once for an event first seen later, while at least two hours are left', () => {
      expect(rehearsal(run({ settings: withRehearsal, now: berlin('11:30') }))).toEqual([['rehearse|feed|interview', berlin('11:30'), 'late']]);
      expect(rehearsal(run({ settings: withRehearsal, now: berlin('12:01') }))).toEqual([['rehearse|feed|interview', berlin('18:00', '2025-06-09'), 'missed']]);
    });

    it('is off in the other cases here, so that they count only the three prompts around the event', () => {
      expect(TEST_SETTINGS.prompts.rehearse.enabled).toBe(false);
      expect(DEFAULT_SCHEDULE_SETTINGS.prompts.rehearse.enabled).toBe(true);
    });
  });

  describe('busy', () => {
    it('moves a prompt to the end of the meeting it falls in', () => {
      const sync = event('feed|sync', 'Team sync', berlin('13:00'), berlin('13:30'));
      expect(planned(run({ events: [interview, sync] }))[0]).toEqual(['affirm|feed|interview', berlin('13:30'), 'busy']);
      expect(run({ events: [interview, sync] }).triggers[0]?.idealAt).toBe(berlin('13:15'));
    });

    it('keeps moving through back-to-back and overlapping meetings', () => {
      const events = [
        interview,
        event('a', 'Sync', berlin('13:00'), berlin('13:20')),
        event('b', 'Sync', berlin('13:20'), berlin('13:30')),
        event('c', 'Sync', berlin('13:25'), berlin('13:40')),
      ];
      expect(planned(run({ events }))[0]).toEqual(['affirm|feed|interview', berlin('13:40'), 'busy']);
    });

    it('is unavailable when the move leaves too little time', () => {
      const events = [
        interview,
        // The affirmation needs 15 minutes before the start: 13:50 is too late.
        event('a', 'Sync', berlin('13:00'), berlin('13:50')),
        // "Get ready" at 14:00 would be at the start.
        event('b', 'Sync', berlin('13:51'), berlin('14:00')),
        // Feedback up to 12 hours after the end.
        event('c', 'Offsite', berlin('15:05'), berlin('15:00', '2025-06-11')),
      ];
      const p = run({ events });
      expect(p.triggers).toEqual([]);
      expect(dropped(p)).toEqual([
        ['affirm|feed|interview', berlin('13:50'), 'busy'],
        ['ready|feed|interview', berlin('14:00'), 'busy'],
        ['feedback|feed|interview', berlin('15:00', '2025-06-11'), 'busy'],
      ]);
    });

    it('moves feedback as far as 12 hours after the end', () => {
      const events = [interview, event('c', 'Dinner', berlin('15:05'), berlin('21:00'))];
      expect(planned(run({ events }))[2]).toEqual(['feedback|feed|interview', berlin('21:00'), 'busy']);
    });

    it.each([
      ['free', { transparent: true }],
      ['declined', { declined: true }],
      ['cancelled', { cancelled: true }],
      ['all-day', { allDay: true, start: berlin('00:00'), end: berlin('00:00', '2025-06-11') }],
    ])('ignores %s events', (_, extra) => {
      const other = event('x', 'Sync', berlin('13:00'), berlin('13:30'), extra);
      expect(planned(run({ events: [interview, other] }))[0]).toEqual(['affirm|feed|interview', berlin('13:15'), undefined]);
    });

    it('is kept busy by other high-stakes events and by moments that last', () => {
      const workshop = event('w', 'Presentation workshop', berlin('12:00'), berlin('13:20'));
      expect(planned(run({ events: [interview, workshop] })).find(([id]) => id === 'affirm|feed|interview')).toEqual([
        'affirm|feed|interview',
        berlin('13:20'),
        'busy',
      ]);
      const moment: Moment = { id: 'm', title: 'Errand', start: berlin('13:10'), durationMinutes: 15, kind: 'other', createdAt: 0, updatedAt: 0 };
      expect(planned(run({ moments: [moment] })).find(([id]) => id === 'affirm|feed|interview')).toEqual([
        'affirm|feed|interview',
        berlin('13:25'),
        'busy',
      ]);
    });
  });

  describe('late and missed', () => {
    it('shows a prompt at once when the event was added late but there is still time', () => {
      const p = run({ now: berlin('13:30') });
      expect(planned(p)).toEqual([
        ['affirm|feed|interview', berlin('13:30'), 'late'],
        ['ready|feed|interview', berlin('13:55'), undefined],
        ['feedback|feed|interview', berlin('15:10'), undefined],
      ]);
      expect(p.triggers[0]?.idealAt).toBe(berlin('13:15'));
    });

    it('gives up on the affirmation once fewer than 15 minutes are left', () => {
      expect(planned(run({ now: berlin('13:45') }))[0]).toEqual(['affirm|feed|interview', berlin('13:45'), 'late']);
      const p = run({ now: berlin('13:46') });
      expect(dropped(p)).toEqual([['affirm|feed|interview', berlin('13:15'), 'missed']]);
      expect(planned(p)[0]).toEqual(['ready|feed|interview', berlin('13:55'), undefined]);
    });

    it('after a sleep through the event: the before prompts are missed, feedback comes late', () => {
      const p = run({ now: berlin('15:30') });
      expect(dropped(p)).toEqual([
        ['affirm|feed|interview', berlin('13:15'), 'missed'],
        ['ready|feed|interview', berlin('13:55'), 'missed'],
      ]);
      expect(planned(p)).toEqual([['feedback|feed|interview', berlin('15:30'), 'late']]);
    });

    it('after a long sleep: feedback late up to 12 hours after the end, then missed, then the event is gone', () => {
      const noQuiet = settings({ quietHours: null });
      const late = run({ now: berlin('15:00') + 12 * HOUR, settings: noQuiet });
      expect(planned(late)).toEqual([['feedback|feed|interview', berlin('15:00') + 12 * HOUR, 'late']]);
      const missed = run({ now: berlin('15:00') + 12 * HOUR + 1, settings: noQuiet });
      expect(planned(missed)).toEqual([]);
      expect(dropped(missed)).toContainEqual(['feedback|feed|interview', berlin('15:10'), 'missed']);
      expect(run({ now: berlin('15:00') + 24 * HOUR + 1, settings: noQuiet })).toEqual({ triggers: [], unavailable: [] });
    });

    it('waits for the end of the meeting the user is in when a late prompt is due', () => {
      const sync = event('s', 'Sync', berlin('13:00'), berlin('13:40'));
      const p = run({ events: [interview, sync], now: berlin('13:30') });
      expect(planned(p)[0]).toEqual(['affirm|feed|interview', berlin('13:40'), 'busy']);
      // Still known to be late, for its wording and the decision log.
      expect(p.triggers[0]!.late).toBe(true);
    });
  });

  describe('quiet hours', () => {
    const early = event('e', 'Interview', berlin('07:30'), berlin('08:30'));

    it('drops prompts inside quiet hours that wrap midnight, keeping the rest', () => {
      const p = plan(planInput({ events: [early], now: berlin('05:00') }));
      expect(dropped(p)).toEqual([['affirm|e', berlin('06:45'), 'quiet-hours']]);
      expect(planned(p)).toEqual([
        ['ready|e', berlin('07:25'), undefined],
        ['feedback|e', berlin('08:40'), undefined],
      ]);
    });

    it('treats the start as quiet and the end as not', () => {
      const evening = (end: string) => event('v', 'Interview', berlin('20:00'), berlin(end));
      expect(dropped(run({ events: [evening('21:50')] }))).toEqual([['feedback|v', berlin('22:00'), 'quiet-hours']]);
      expect(run({ events: [evening('21:49')] }).unavailable).toEqual([]);
      const atSeven = event('s', 'Interview', berlin('07:45'), berlin('08:00'));
      expect(planned(plan(planInput({ events: [atSeven], now: berlin('05:00') })))[0]).toEqual(['affirm|s', berlin('07:00'), undefined]);
    });

    it.each([
      ['a daytime window', { start: 13 * 60, end: 14 * 60 }, ['affirm|feed|interview', 'ready|feed|interview']],
      ['no window (start = end)', { start: 13 * 60, end: 13 * 60 }, []],
      ['none', null, []],
    ])('with %s', (_, quietHours, expected) => {
      expect(run({ settings: settings({ quietHours }) }).unavailable.map((u) => u.id)).toEqual(expected);
    });

    it('reads the clock in the zone given, so a change of zone re-plans the same instants', () => {
      // 07:30 in Berlin is 11:00 in Kolkata and 01:30 in New York.
      const start = Date.parse('2025-06-10T05:30:00Z');
      const input = planInput({ events: [event('e', 'Interview', start, start + HOUR)], now: start - 6 * HOUR });
      const reasons = (timeZone: string) => {
        const p = plan({ ...input, timeZone });
        return [...p.triggers.map((t) => [t.type, t.at, 'ok']), ...p.unavailable.map((u) => [u.type, u.at, u.reason])];
      };
      expect(reasons('Europe/Berlin')).toEqual([
        ['ready', start - 5 * MIN, 'ok'],
        ['feedback', start + HOUR + 10 * MIN, 'ok'],
        ['affirm', start - 45 * MIN, 'quiet-hours'],
      ]);
      expect(reasons('Asia/Kolkata')).toEqual([
        ['affirm', start - 45 * MIN, 'ok'],
        ['ready', start - 5 * MIN, 'ok'],
        ['feedback', start + HOUR + 10 * MIN, 'ok'],
      ]);
      expect(reasons('America/New_York').map((r) => r[2])).toEqual(['quiet-hours', 'quiet-hours', 'quiet-hours']);
    });

    it('inQuietHours', () => {
      const wrap = { start: 22 * 60, end: 7 * 60 };
      expect([21 * 60 + 59, 22 * 60, 0, 6 * 60 + 59, 7 * 60].map((m) => inQuietHours(m, wrap))).toEqual([false, true, true, true, false]);
      expect(inQuietHours(0, null)).toBe(false);
    });
  });

  describe('days', () => {
    const weekdays = settings({ days: [1, 2, 3, 4, 5], quietHours: null });

    it('drops prompts on days off', () => {
      const saturday = event('sat', 'Interview', berlin('10:00', '2025-06-14'), berlin('11:00', '2025-06-14'));
      const p = plan(planInput({ events: [saturday], settings: weekdays }));
      expect(p.triggers).toEqual([]);
      expect(p.unavailable.map((u) => u.reason)).toEqual(['day-off', 'day-off', 'day-off']);
    });

    it('reads the day of the prompt, not of the event', () => {
      // Monday 00:20: the affirmation would be on Sunday evening.
      const monday = event('mon', 'Interview', berlin('00:20', '2025-06-16'), berlin('01:00', '2025-06-16'));
      const p = plan(planInput({ events: [monday], settings: weekdays }));
      expect(dropped(p)).toEqual([['affirm|mon', berlin('23:35', '2025-06-15'), 'day-off']]);
      expect(planned(p).map(([id]) => id)).toEqual(['ready|mon', 'feedback|mon']);
    });
  });

  describe('daily cap', () => {
    it('counts prompts already shown that day', () => {
      const fired = { 'affirm|old': berlin('09:00'), 'ready|old': berlin('09:40'), 'feedback|old': berlin('23:30', '2025-06-09') };
      const p = run({ settings: settings({ dailyCap: 3 }), fired, now: berlin('10:00') });
      expect(planned(p)).toEqual([['affirm|feed|interview', berlin('13:15'), undefined]]);
      expect(dropped(p)).toEqual([
        ['ready|feed|interview', berlin('13:55'), 'daily-cap'],
        ['feedback|feed|interview', berlin('15:10'), 'daily-cap'],
      ]);
    });

    it('counts only the prompts shown, when told which were', () => {
      // Two were decided (one skipped in quiet hours, one shown): only the shown one counts.
      const fired = { 'affirm|old': berlin('09:00'), 'ready|old': berlin('09:40') };
      const p = run({ settings: settings({ dailyCap: 3 }), fired, shownAt: [berlin('09:40')], now: berlin('10:00') });
      expect(planned(p).map(([id]) => id)).toEqual(['affirm|feed|interview', 'ready|feed|interview']);
    });

    it('counts days in the zone given', () => {
      // 23:30 in Berlin on the 9th is 03:00 on the 10th in Kolkata.
      const fired = { 'x|old': berlin('23:30', '2025-06-09') };
      const cap = settings({ dailyCap: 3, quietHours: null });
      expect(run({ settings: cap, fired }).triggers).toHaveLength(3);
      expect(run({ settings: cap, fired, timeZone: 'Asia/Kolkata' }).triggers).toHaveLength(2);
    });

    it('starts afresh the next day', () => {
      const tomorrow = event('t', 'Interview', berlin('14:00', '2025-06-11'), berlin('15:00', '2025-06-11'));
      const p = run({ events: [interview, tomorrow], settings: settings({ dailyCap: 2 }) });
      expect(planned(p).map(([id]) => id)).toEqual(['affirm|feed|interview', 'ready|feed|interview', 'affirm|t', 'ready|t']);
    });

    it('keeps the earliest, then affirm before ready before feedback, then by event key', () => {
      // b's affirmation and a's "get ready" are both due at 13:55.
      const a = event('a', 'Interview', berlin('14:00'), berlin('15:00'));
      const b = event('b', 'Interview', berlin('14:40'), berlin('15:00'));
      const tie = plan(planInput({ events: [a, b], settings: settings({ dailyCap: 1 }), now: berlin('13:50') }));
      expect(planned(tie)).toEqual([['affirm|b', berlin('13:55'), undefined]]);
      const both = plan(planInput({ events: [a, b], settings: settings({ dailyCap: 1 }), now: berlin('13:20') }));
      // a's affirmation is late at 13:20 and comes first.
      expect(planned(both)).toEqual([['affirm|a', berlin('13:20'), 'late']]);
      const sameType = plan(planInput({ events: [b, a].map((e) => ({ ...e, start: berlin('14:00') })), settings: settings({ dailyCap: 1 }) }));
      expect(planned(sameType)).toEqual([['affirm|a', berlin('13:15'), undefined]]);
    });

    it('with a cap of 0 shows nothing', () => {
      expect(run({ settings: settings({ dailyCap: 0 }) }).unavailable.map((u) => u.reason)).toEqual(['daily-cap', 'daily-cap', 'daily-cap']);
    });
  });

  describe('fired and snoozed', () => {
    it('does not plan a prompt already shown, nor report it', () => {
      const p = run({ fired: { 'ready|feed|interview': berlin('07:00') } });
      expect([...p.triggers, ...p.unavailable].map((t) => t.id)).toEqual(['affirm|feed|interview', 'feedback|feed|interview']);
    });

    it('shows a snoozed prompt when the snooze ends, even in a meeting', () => {
      const sync = event('s', 'Sync', berlin('13:50'), berlin('13:59'));
      const p = run({ events: [interview, sync], snoozed: { 'ready|feed|interview': berlin('13:58') }, now: berlin('13:56') });
      expect(planned(p)[0]).toEqual(['ready|feed|interview', berlin('13:58'), 'snoozed']);
      expect(p.triggers[0]?.idealAt).toBe(berlin('13:55'));
    });

    it('shows it at once when the snooze ended while the computer slept', () => {
      const p = run({ snoozed: { 'ready|feed|interview': berlin('13:57') }, now: berlin('13:59') });
      expect(planned(p)[0]).toEqual(['ready|feed|interview', berlin('13:59'), 'snoozed']);
      expect(dropped(run({ snoozed: { 'ready|feed|interview': berlin('13:57') }, now: berlin('14:01') }))).toContainEqual([
        'ready|feed|interview',
        berlin('13:57'),
        'missed',
      ]);
    });

    it('drops a snooze that ends too late to help', () => {
      const p = run({
        snoozed: { 'ready|feed|interview': berlin('14:00'), 'feedback|feed|interview': berlin('15:00') + 12 * HOUR + 1 },
        now: berlin('13:56'),
      });
      expect(dropped(p)).toEqual([
        ['affirm|feed|interview', berlin('13:15'), 'missed'],
        ['ready|feed|interview', berlin('14:00'), 'snoozed'],
        ['feedback|feed|interview', berlin('15:00') + 12 * HOUR + 1, 'snoozed'],
      ]);
    });

    it('still keeps quiet hours after a snooze', () => {
      const p = run({ snoozed: { 'feedback|feed|interview': berlin('22:30') }, now: berlin('15:10') });
      expect(dropped(p)).toContainEqual(['feedback|feed|interview', berlin('22:30'), 'quiet-hours']);
    });
  });

  describe('horizon', () => {
    it('leaves prompts more than 8 days ahead to a later run', () => {
      const far = event('far', 'Interview', berlin('08:05') + 8 * DAY, berlin('09:00') + 8 * DAY);
      // "Get ready" is due in exactly 8 days, the affirmation before; feedback after that.
      expect(plan(planInput({ events: [far], settings: settings({ quietHours: null }) })).triggers.map((t) => t.id)).toEqual([
        'affirm|far',
        'ready|far',
      ]);
    });
  });

  it('is deterministic and sorted by time, then id', () => {
    const a = event('a', 'Interview', berlin('14:00'), berlin('15:00'));
    const b = event('b', 'Interview', berlin('14:00'), berlin('15:00'));
    const p = plan(planInput({ events: [b, a] }));
    expect(p).toEqual(plan(planInput({ events: [a, b] })));
    expect(p.triggers.map((t) => t.id)).toEqual(['affirm|a', 'affirm|b', 'ready|a', 'ready|b', 'feedback|a', 'feedback|b']);
  });

  it('plans for moments, a point in time counting feedback from its start', () => {
    const moment: Moment = { id: 'call', title: 'Call the landlord', start: berlin('18:00'), kind: 'conversation', createdAt: 0, updatedAt: 0 };
    expect(plan(planInput({ moments: [moment] })).triggers.map((t) => [t.id, t.at, t.kind])).toEqual([
      ['affirm|moment:call', berlin('17:15'), 'conversation'],
      ['ready|moment:call', berlin('17:55'), 'conversation'],
      ['feedback|moment:call', berlin('18:10'), 'conversation'],
    ]);
  });
});

describe('nextHighStakes', () => {
  const later = event('later', 'Pitch to investors', berlin('16:00'), berlin('17:00'));
  const input = { events: [later, interview, event('lunch', 'Lunch', berlin('12:00'), berlin('13:00'))], tags: [], rules: planInput().rules, moments: [] };

  it.each([
    ['before both', berlin('08:00'), KEY],
    ['during the first', berlin('14:30'), KEY],
    ['as the first ends', berlin('15:00'), 'later'],
    ['after both', berlin('17:00'), undefined],
  ])('%s', (_, now, expected) => {
    expect(nextHighStakes(input, now)?.event.key).toBe(expected);
  });

  it('counts a point-in-time moment until its time has passed', () => {
    const moment: Moment = { id: 'm', title: 'Call', start: berlin('09:00'), kind: 'conversation', createdAt: 0, updatedAt: 0 };
    const withMoment = { ...input, moments: [moment] };
    expect(nextHighStakes(withMoment, berlin('09:00'))?.event.key).toBe('moment:m');
    expect(nextHighStakes(withMoment, berlin('09:00') + 1)?.event.key).toBe(KEY);
  });

  it('honours tags', () => {
    const never: EventTag = { target: KEY, scope: 'occurrence', mode: 'never', kind: 'other', updatedAt: 0 };
    expect(nextHighStakes({ ...input, tags: [never] }, berlin('08:00'))?.event.key).toBe('later');
  });
});
