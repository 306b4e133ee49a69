import { describe, expect, it } from 'vitest';
import { expandIcs, IcsError, type Occurrence } from './index';

function calendar(body: string, header = ''): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Primed tests//EN', header, body, 'END:VCALENDAR']
    .filter(Boolean)
    .join('\r\n');
}

function event(...lines: string[]): string {
  return ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');
}

const range = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });
const starts = (os: Occurrence[]) => os.map((o) => o.start.toISOString());
const ends = (os: Occurrence[]) => os.map((o) => o.end.toISOString());

describe('time zones and clock changes', () => {
  it('keeps a weekly Berlin meeting at 09:00 local across the spring change', () => {
    const text = calendar(
      event('UID:w1', 'SUMMARY:Standup', 'DTSTART;TZID=Europe/Berlin:20260319T090000', 'DTEND;TZID=Europe/Berlin:20260319T093000', 'RRULE:FREQ=WEEKLY;COUNT=3'),
    );
    const { occurrences } = expandIcs(text, range('2026-03-01T00:00:00Z', '2026-04-30T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-03-19T08:00:00.000Z', '2026-03-26T08:00:00.000Z', '2026-04-02T07:00:00.000Z']);
    expect(ends(occurrences)[2]).toBe('2026-04-02T07:30:00.000Z');
  });

  it('reads a New York time in the autumn overlap as the first of the two, and one in the spring gap with the offset before it', () => {
    const text = calendar(
      [
        event('UID:ny-fall', 'DTSTART;TZID=America/New_York:20261101T013000', 'DURATION:PT30M'),
        event('UID:ny-spring', 'DTSTART;TZID=America/New_York:20260308T023000', 'DURATION:PT30M'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z'));
    const byKey = Object.fromEntries(occurrences.map((o) => [o.key, o.start.toISOString()]));
    expect(byKey['ny-fall']).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(byKey['ny-spring']).toBe('2026-03-08T07:30:00.000Z'); // 02:30 does not exist; 03:30 EDT
  });

  it('follows Lord Howe Island’s half-hour shift', () => {
    const text = calendar(
      event('UID:lh', 'DTSTART;TZID=Australia/Lord_Howe:20260329T100000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=2'),
    );
    const { occurrences } = expandIcs(text, range('2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'));
    // +11:00 before the first Sunday of April 2026, +10:30 after.
    expect(starts(occurrences)).toEqual(['2026-03-28T23:00:00.000Z', '2026-04-04T23:30:00.000Z']);
  });

  it('reads Asia/Kolkata at +05:30', () => {
    const text = calendar(event('UID:in', 'DTSTART;TZID=Asia/Kolkata:20260615T093000', 'DTEND;TZID=Asia/Kolkata:20260615T103000'));
    const { occurrences } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-06-15T04:00:00.000Z']);
  });

  it('reads a zone only the file defines from its VTIMEZONE', () => {
    const text = calendar(
      event('UID:own', 'DTSTART;TZID=Office:20260115T090000', 'DURATION:PT1H'),
      [
        'BEGIN:VTIMEZONE',
        'TZID:Office',
        'BEGIN:STANDARD',
        'DTSTART:19700101T000000',
        'TZOFFSETFROM:+0300',
        'TZOFFSETTO:+0300',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
    );
    const { occurrences, warnings } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-01-15T06:00:00.000Z']);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['W. Europe Standard Time', '2026-07-01T07:00:00.000Z'],
    ['Pacific Standard Time', '2026-07-01T16:00:00.000Z'],
    ['(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '2026-07-01T07:00:00.000Z'],
    ['/mozilla.org/20050126_1/Europe/Berlin', '2026-07-01T07:00:00.000Z'],
  ])('maps the Outlook-style zone "%s" without a VTIMEZONE', (tzid, expected) => {
    const text = calendar(event('UID:o', `DTSTART;TZID="${tzid}":20260701T090000`, 'DURATION:PT1H'));
    const { occurrences, warnings } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-08-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual([expected]);
    expect(warnings).toEqual([]);
  });

  it('reads floating times in the calendar’s X-WR-TIMEZONE, as Google exports expect', () => {
    const text = calendar(event('UID:g', 'DTSTART:20260701T090000', 'DTEND:20260701T100000'), 'X-WR-TIMEZONE:America/New_York');
    const { occurrences } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-08-01T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(starts(occurrences)).toEqual(['2026-07-01T13:00:00.000Z']);
  });

  it('reads floating times in the caller’s zone when the calendar names none', () => {
    const text = calendar(event('UID:f', 'DTSTART:20260701T090000', 'DTEND:20260701T100000'));
    const { occurrences } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-08-01T00:00:00Z'), { timeZone: 'Asia/Tokyo' });
    expect(starts(occurrences)).toEqual(['2026-07-01T00:00:00.000Z']);
  });

  it('warns about an unknown zone and falls back to the calendar’s zone', () => {
    const text = calendar(event('UID:u', 'DTSTART;TZID=Mars/Olympus_Mons:20260701T090000', 'DURATION:PT1H'), 'X-WR-TIMEZONE:Europe/London');
    const { occurrences, warnings } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-08-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-07-01T08:00:00.000Z']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'unknown-timezone' })]);
  });
});

describe('series', () => {
  it('leaves out EXDATE instances, whatever zone they are written in', () => {
    const text = calendar(
      event(
        'UID:ex',
        'DTSTART;TZID=Europe/Berlin:20260105T100000',
        'DURATION:PT1H',
        'RRULE:FREQ=DAILY;COUNT=4',
        'EXDATE:20260106T090000Z',
        'EXDATE;TZID=Europe/Berlin:20260107T100000',
      ),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-01-05T09:00:00.000Z', '2026-01-08T09:00:00.000Z']);
  });

  it('moves an instance to its new time and keeps its key', () => {
    const text = calendar(
      [
        event('UID:oneonone', 'SUMMARY:1:1', 'DTSTART;TZID=Europe/Berlin:20260105T100000', 'DURATION:PT30M', 'RRULE:FREQ=WEEKLY;COUNT=3'),
        event(
          'UID:oneonone',
          'SUMMARY:1:1 (moved)',
          'RECURRENCE-ID;TZID=Europe/Berlin:20260112T100000',
          'DTSTART;TZID=Europe/Berlin:20260113T140000',
          'DTEND;TZID=Europe/Berlin:20260113T143000',
        ),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(occurrences.map((o) => [o.key, o.start.toISOString(), o.title])).toEqual([
      ['oneonone@2026-01-05T09:00:00.000Z', '2026-01-05T09:00:00.000Z', '1:1'],
      ['oneonone@2026-01-12T09:00:00.000Z', '2026-01-13T13:00:00.000Z', '1:1 (moved)'],
      ['oneonone@2026-01-19T09:00:00.000Z', '2026-01-19T09:00:00.000Z', '1:1'],
    ]);
    expect(occurrences[1]!.recurrenceId).toBe('2026-01-12T09:00:00.000Z');
  });

  it('marks a cancelled instance as cancelled', () => {
    const text = calendar(
      [
        event('UID:c', 'DTSTART:20260105T100000Z', 'DURATION:PT30M', 'RRULE:FREQ=DAILY;COUNT=2'),
        event('UID:c', 'RECURRENCE-ID:20260106T100000Z', 'DTSTART:20260106T100000Z', 'DURATION:PT30M', 'STATUS:CANCELLED'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(occurrences.map((o) => o.status)).toEqual(['confirmed', 'cancelled']);
  });

  it('keeps each override with its own series when two series meet at the same local time', () => {
    const text = calendar(
      [
        event('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Berlin:20260105T100000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2'),
        event('UID:b', 'SUMMARY:B', 'DTSTART;TZID=Europe/Berlin:20260105T100000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2'),
        event('UID:b', 'SUMMARY:B moved', 'RECURRENCE-ID;TZID=Europe/Berlin:20260106T100000', 'DTSTART;TZID=Europe/Berlin:20260106T160000', 'DURATION:PT1H'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(occurrences.map((o) => `${o.title} ${o.start.toISOString()}`)).toEqual([
      'A 2026-01-05T09:00:00.000Z',
      'B 2026-01-05T09:00:00.000Z',
      'A 2026-01-06T09:00:00.000Z',
      'B moved 2026-01-06T15:00:00.000Z',
    ]);
  });

  it('does not repeat an RDATE that the RRULE already gives', () => {
    const text = calendar(
      event('UID:r', 'DTSTART:20260105T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2', 'RDATE:20260106T100000Z,20260110T100000Z'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-01-05T10:00:00.000Z', '2026-01-06T10:00:00.000Z', '2026-01-10T10:00:00.000Z']);
  });

  it('ends at UNTIL, inclusive, with UNTIL in UTC and the series in a zone', () => {
    const text = calendar(
      event('UID:until', 'DTSTART;TZID=America/New_York:20260105T090000', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;UNTIL=20260107T140000Z'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    expect(starts(occurrences)).toEqual(['2026-01-05T14:00:00.000Z', '2026-01-06T14:00:00.000Z', '2026-01-07T14:00:00.000Z']);
  });

  it('finds today’s instances of a daily series that began eleven years ago, and of a fortnightly one', () => {
    const text = calendar(
      [
        event('UID:old-daily', 'DTSTART;TZID=Europe/Berlin:20150302T090000', 'DURATION:PT15M', 'RRULE:FREQ=DAILY'),
        event('UID:old-biweekly', 'DTSTART;TZID=Europe/Berlin:20190107T140000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z'));
    const daily = occurrences.filter((o) => o.uid === 'old-daily');
    expect(starts(daily)).toEqual([23, 24, 25, 26, 27, 28, 29].map((d) => `2026-11-${d}T08:00:00.000Z`));
    // 2019-01-07 is a Monday; every other week from there. 2026-11-23 is 411 weeks later: an odd week, so none;
    // check against plain date arithmetic rather than trusting the engine.
    const expected: string[] = [];
    for (let t = Date.UTC(2019, 0, 7); t < Date.UTC(2026, 10, 30); t += 86_400_000) {
      const weeks = Math.floor((t - Date.UTC(2019, 0, 7)) / (7 * 86_400_000));
      const weekday = new Date(t).getUTCDay();
      if (weeks % 2 === 0 && (weekday === 1 || weekday === 3) && t >= Date.UTC(2026, 10, 23)) {
        expected.push(new Date(t + 13 * 3_600_000).toISOString());
      }
    }
    expect(starts(occurrences.filter((o) => o.uid === 'old-biweekly'))).toEqual(expected);
  });
});

describe('all-day and multi-day events', () => {
  it('start and end at local midnight in the caller’s zone', () => {
    const text = calendar(
      [
        event('UID:exam', 'SUMMARY:Exam', 'DTSTART;VALUE=DATE:20260610', 'DTEND;VALUE=DATE:20260611'),
        event('UID:trip', 'SUMMARY:Conference', 'DTSTART;VALUE=DATE:20260612', 'DTEND;VALUE=DATE:20260615'),
        event('UID:noend', 'SUMMARY:Holiday', 'DTSTART;VALUE=DATE:20260620'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-07-01T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(occurrences.map((o) => [o.key, o.allDay, o.start.toISOString(), o.end.toISOString()])).toEqual([
      ['exam', true, '2026-06-09T22:00:00.000Z', '2026-06-10T22:00:00.000Z'],
      ['trip', true, '2026-06-11T22:00:00.000Z', '2026-06-14T22:00:00.000Z'],
      ['noend', true, '2026-06-19T22:00:00.000Z', '2026-06-20T22:00:00.000Z'],
    ]);
  });

  it('repeat as dates, with EXDATE and moved days by date', () => {
    const text = calendar(
      [
        event('UID:ad', 'DTSTART;VALUE=DATE:20260105', 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE;VALUE=DATE:20260106'),
        event('UID:ad', 'RECURRENCE-ID;VALUE=DATE:20260107', 'DTSTART;VALUE=DATE:20260109', 'DTEND;VALUE=DATE:20260110'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => [o.key, o.start.toISOString()])).toEqual([
      ['ad@2026-01-05', '2026-01-05T00:00:00.000Z'],
      ['ad@2026-01-07', '2026-01-09T00:00:00.000Z'],
    ]);
  });
});

describe('what each occurrence says', () => {
  it('carries the event’s details, free/busy and the user’s own answer', () => {
    const text = calendar(
      event(
        'UID:details',
        'SUMMARY:Quarterly review',
        'LOCATION:Room 4',
        'DESCRIPTION:Bring the numbers',
        'URL:https://example.com/meeting',
        'TRANSP:TRANSPARENT',
        'STATUS:TENTATIVE',
        'DTSTART:20260701T090000Z',
        'DTEND:20260701T100000Z',
        'ORGANIZER:mailto:boss@example.com',
        'ATTENDEE;PARTSTAT=DECLINED:mailto:Me@Example.com',
        'ATTENDEE;PARTSTAT=ACCEPTED:mailto:other@example.com',
      ),
    );
    const { occurrences } = expandIcs(text, range('2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z'), { selfEmails: ['me@example.com'] });
    expect(occurrences[0]).toMatchObject({
      key: 'details',
      title: 'Quarterly review',
      location: 'Room 4',
      description: 'Bring the numbers',
      url: 'https://example.com/meeting',
      transparent: true,
      status: 'tentative',
      recurring: false,
      organizer: 'boss@example.com',
      participation: 'declined',
    });
  });

  it('reports what the calendar says about itself', () => {
    const text = calendar(event('UID:x', 'DTSTART:20260701T090000Z'), 'X-WR-CALNAME:me@example.com\r\nX-WR-TIMEZONE:Europe/Paris');
    expect(expandIcs(text, range('2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z')).calendar).toEqual({
      name: 'me@example.com',
      timeZone: 'Europe/Paris',
    });
  });

  it('keeps a one-off event’s key when it moves', () => {
    const before = calendar(event('UID:move-me', 'DTSTART:20260701T090000Z', 'DURATION:PT1H'));
    const after = calendar(event('UID:move-me', 'SEQUENCE:1', 'DTSTART:20260702T150000Z', 'DURATION:PT1H'));
    const r = range('2026-07-01T00:00:00Z', '2026-07-03T00:00:00Z');
    expect(expandIcs(before, r).occurrences[0]!.key).toBe(expandIcs(after, r).occurrences[0]!.key);
  });

  it('counts overlap the way the range says: touching is not overlapping, a zero-length start is', () => {
    const text = calendar(
      [
        event('UID:ends-at-start', 'DTSTART:20260701T080000Z', 'DTEND:20260701T090000Z'),
        event('UID:zero-at-start', 'DTSTART:20260701T090000Z'),
        event('UID:zero-at-end', 'DTSTART:20260701T100000Z'),
        event('UID:starts-at-end', 'DTSTART:20260701T100000Z', 'DTEND:20260701T110000Z'),
        event('UID:inside', 'DTSTART:20260701T093000Z', 'DTEND:20260701T094500Z'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-07-01T09:00:00Z', '2026-07-01T10:00:00Z'));
    expect(occurrences.map((o) => o.key)).toEqual(['zero-at-start', 'inside']);
  });
});

describe('damaged and foreign input', () => {
  it('keeps the good events of a calendar with a broken one, and says what was skipped', () => {
    const text = calendar(
      [
        event('UID:good', 'DTSTART:20260701T090000Z', 'DURATION:PT1H'),
        event('UID:bad', 'DTSTART:2026-07-01 nine o’clock'),
        event('UID:bad-rule', 'DTSTART:20260701T090000Z', 'RRULE:FREQ=SOMETIMES'),
      ].join('\r\n'),
    );
    const { occurrences, warnings } = expandIcs(text, range('2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z'));
    expect(occurrences.map((o) => o.key)).toEqual(['good']);
    expect(warnings.map((w) => [w.code, w.uid])).toEqual([
      ['skipped-component', 'bad'],
      ['skipped-component', 'bad-rule'],
    ]);
  });

  it.each([
    ['an HTML login page', '<!DOCTYPE html><html><body>Sign in</body></html>', 'html'],
    ['JSON', '{"error":"unauthorized"}', 'json'],
    ['an empty body', '   \r\n', 'empty'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004', 'binary'],
    ['plain text', 'Hello, this is not a calendar.', 'not-calendar'],
  ])('refuses %s with a typed error a user can read', (_, text, code) => {
    let error: unknown;
    try {
      expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(IcsError);
    expect((error as IcsError).code).toBe(code);
    expect((error as IcsError).message).not.toMatch(/undefined|\[object/);
  });
});
