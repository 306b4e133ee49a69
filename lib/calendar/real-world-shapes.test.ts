// Feed shapes seen in the wild that the engine once read wrongly. Each
// fixture is written here, small, and its expected result worked out from
// RFC 5545 (and, for zones, the IANA database) rather than from the engine.
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
const listed = (os: Occurrence[]) => os.map((o) => `${o.key} ${o.start.toISOString()} ${o.title}`);

describe('an empty RRULE line', () => {
  // A public holiday calendar as some publish it: every holiday of two
  // centuries, each its own event, each with `RRULE:` and nothing after it.
  const holidays = (() => {
    const events: string[] = [];
    for (let year = 1900; year < 2100; year++) {
      for (const [month, day, name] of [
        [1, 1, 'New Year'],
        [1, 6, 'Epiphany'],
        [3, 8, 'Women’s Day'],
        [5, 1, 'Labour Day'],
        [8, 15, 'Assumption'],
        [10, 3, 'Unity Day'],
        [10, 31, 'Reformation Day'],
        [11, 1, 'All Saints'],
        [12, 25, 'Christmas'],
        [12, 26, 'Boxing Day'],
      ] as const) {
        const date = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
        events.push(event(`UID:${date}-${name.replace(/\W/g, '')}@holidays.example`, `SUMMARY:${name}`, `DTSTART;VALUE=DATE:${date}`, 'RRULE:'));
      }
    }
    return calendar(events.join('\r\n'), 'X-WR-CALNAME:Public holidays');
  })();

  it('holiday calendar: each holiday appears once, at its DTSTART, as a one-off, with a warning', () => {
    // A clock that moves a millisecond at each reading stands for a slow
    // machine: the call has 1,500 readings of time, far more than the
    // holidays near the range need, fewer than the 2,000 events of the feed.
    let now = 0;
    const { occurrences, warnings } = expandIcs(holidays, range('2026-12-20T00:00:00Z', '2027-01-05T00:00:00Z'), {
      timeZone: 'UTC',
      clock: () => (now += 1),
    });
    expect(occurrences.map((o) => [o.key, o.title, o.start.toISOString(), o.recurring])).toEqual([
      ['20261225-Christmas@holidays.example', 'Christmas', '2026-12-25T00:00:00.000Z', false],
      ['20261226-BoxingDay@holidays.example', 'Boxing Day', '2026-12-26T00:00:00.000Z', false],
      ['20270101-NewYear@holidays.example', 'New Year', '2027-01-01T00:00:00.000Z', false],
    ]);
    expect(warnings.map((w) => [w.code, w.reason])).toEqual([['left-out', 'impossible-rule']]);
  });

  it.each(['RRULE:', 'RRULE: ', 'RRULE:FREQ=', 'RRULE;X-EMPTY=1:'])('%s: the event appears once, at its DTSTART', (line) => {
    const text = calendar(event('UID:once', 'SUMMARY:Once', 'DTSTART:20260701T090000Z', 'DURATION:PT1H', line));
    const { occurrences, warnings } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-09-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(listed(occurrences)).toEqual(['once 2026-07-01T09:00:00.000Z Once']);
    expect(warnings.map((w) => [w.code, w.reason])).toEqual([['left-out', 'impossible-rule']]);
  });
});

describe('a calendar with an HTML description near its top', () => {
  const outlook = calendar(
    event(
      'UID:outlook-1',
      'SUMMARY:Board meeting',
      'DTSTART:20260701T090000Z',
      'DTEND:20260701T100000Z',
      'X-ALT-DESC;FMTTYPE=text/html:<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//E',
      ' N">\\n<HTML>\\n<HEAD>\\n<META NAME="Generator" CONTENT="MS Exchange Server">',
      ' \\n</HEAD>\\n<BODY>\\n<P>Agenda attached</P>\\n</BODY>\\n</HTML>',
    ),
    'METHOD:PUBLISH\r\nX-WR-CALNAME:Board',
  );

  it('Outlook X-ALT-DESC: read as the calendar it is', () => {
    const { occurrences } = expandIcs(outlook, range('2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z'), { timeZone: 'UTC' });
    expect(listed(occurrences)).toEqual(['outlook-1 2026-07-01T09:00:00.000Z Board meeting']);
  });

  it('WordPress plugin description with <html> markup, after a byte-order mark and blank lines: read as a calendar', () => {
    const text = `\uFEFF\r\n  \r\n${calendar(
      event('UID:wp-1', 'SUMMARY:Open day', 'DTSTART:20260701T090000Z', 'DESCRIPTION:<html><body><p>Welcome</p></body></html>'),
    )}`;
    const { occurrences } = expandIcs(text, range('2026-07-01T00:00:00Z', '2026-07-02T00:00:00Z'), { timeZone: 'UTC' });
    expect(listed(occurrences)).toEqual(['wp-1 2026-07-01T09:00:00.000Z Open day']);
  });

  it.each([
    ['a web page that quotes a calendar', '<!DOCTYPE html><html><body><pre>\nBEGIN:VCALENDAR\nEND:VCALENDAR\n</pre></body></html>', 'html'],
    ['a web page after blank lines', '\r\n\r\n<html><head><title>Sign in</title></head></html>', 'html'],
    ['a server notice before a web page', 'Notice: session expired\n<!doctype html><html></html>', 'html'],
    ['JSON', '\uFEFF [{"summary":"BEGIN:VCALENDAR"}]', 'json'],
    ['binary', 'PK\u0003\u0004\u0000\u0000BEGIN:VCALENDAR', 'binary'],
    ['an empty body after a byte-order mark', '\uFEFF \r\n', 'empty'],
    ['plain text', 'Calendar moved. BEGIN:VCALENDAR is not at a line start here.', 'not-calendar'],
  ])('still refuses %s with its own typed error', (_, text, code) => {
    let error: unknown;
    try {
      expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(IcsError);
    expect((error as IcsError).code).toBe(code);
  });
});

describe('a VTIMEZONE that covers only a few years', () => {
  // Europe/Berlin's rules (last Sunday of March, 02:00 → 03:00; last Sunday
  // of October, 03:00 → 02:00), written out for 2016–2018 only.
  const fixedOnsets = [
    'BEGIN:VTIMEZONE',
    'TZID:Mitteleuropäische Zeit (Plugin)',
    ...[
      ['20160327', '20161030'],
      ['20170326', '20171029'],
      ['20180325', '20181028'],
    ].flatMap(([spring, autumn]) => [
      'BEGIN:DAYLIGHT',
      `DTSTART:${spring}T020000`,
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'TZNAME:CEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      `DTSTART:${autumn}T030000`,
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'TZNAME:CET',
      'END:STANDARD',
    ]),
    'END:VTIMEZONE',
  ].join('\r\n');

  const untilInThePast = [
    'BEGIN:VTIMEZONE',
    'TZID:Central European (custom)',
    'BEGIN:DAYLIGHT',
    'DTSTART:20150329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU;UNTIL=20190331T010000Z',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'DTSTART:20151025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20191027T010000Z',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n');

  // The United States' rules before 2007 (first Sunday of April to last
  // Sunday of October), stopping in 2006: extending them would be wrong from
  // 2007 on, so the zone it names must be used.
  const oldRules = (tzid: string, extra: string[] = []) =>
    [
      'BEGIN:VTIMEZONE',
      `TZID:${tzid}`,
      ...extra,
      'BEGIN:DAYLIGHT',
      'DTSTART:20050403T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20051030T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ].join('\r\n');

  it('fixed DTSTARTs without RRULE (WordPress plugin): extended by the rules they state, with a warning', () => {
    const tzid = 'Mitteleuropäische Zeit (Plugin)';
    const text = calendar(
      [
        event('UID:summer', `DTSTART;TZID="${tzid}":20260701T090000`, 'DURATION:PT1H'),
        event('UID:winter', `DTSTART;TZID="${tzid}":20261202T090000`, 'DURATION:PT1H'),
        event('UID:spring-edge', `DTSTART;TZID="${tzid}":20260329T040000`, 'DURATION:PT1H'),
        event('UID:covered', `DTSTART;TZID="${tzid}":20170701T090000`, 'DURATION:PT1H'),
      ].join('\r\n'),
      fixedOnsets,
    );
    const { occurrences, warnings } = expandIcs(text, range('2017-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => [o.key, o.start.toISOString()])).toEqual([
      ['covered', '2017-07-01T07:00:00.000Z'],
      // 29 March 2026 is the last Sunday of March: summer time from 02:00.
      ['spring-edge', '2026-03-29T02:00:00.000Z'],
      ['summer', '2026-07-01T07:00:00.000Z'],
      ['winter', '2026-12-02T08:00:00.000Z'],
    ]);
    expect(warnings).toEqual([expect.objectContaining({ code: 'partly-supported', message: expect.stringMatching(/2018/) })]);
  });

  it('says nothing while the times read lie within the years it covers', () => {
    const text = calendar(event('UID:covered', 'DTSTART;TZID="Mitteleuropäische Zeit (Plugin)":20170701T090000', 'DURATION:PT1H'), fixedOnsets);
    const { occurrences, warnings } = expandIcs(text, range('2017-06-01T00:00:00Z', '2017-08-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(['2017-07-01T07:00:00.000Z']);
    expect(warnings).toEqual([]);
  });

  it('RRULE;UNTIL in the past: the rules go on, with a warning', () => {
    const tzid = 'Central European (custom)';
    const text = calendar(
      [
        event('UID:summer', `DTSTART;TZID="${tzid}":20260701T090000`, 'DURATION:PT1H', 'RRULE:FREQ=YEARLY;COUNT=2'),
        event('UID:winter', `DTSTART;TZID="${tzid}":20261202T090000`, 'DURATION:PT1H'),
      ].join('\r\n'),
      untilInThePast,
    );
    const { occurrences, warnings } = expandIcs(text, range('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(['2026-07-01T07:00:00.000Z', '2026-12-02T08:00:00.000Z', '2027-07-01T07:00:00.000Z']);
    expect(warnings.map((w) => w.code)).toEqual(['partly-supported']);
  });

  it('X-LIC-LOCATION names the zone: its IANA rules are used past the end', () => {
    const text = calendar(
      event('UID:march', 'DTSTART;TZID=Eastern:20260320T090000', 'DURATION:PT1H'),
      oldRules('Eastern', ['X-LIC-LOCATION:America/New_York']),
    );
    const { occurrences, warnings } = expandIcs(text, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'), { timeZone: 'UTC' });
    // Since 2007 New York is on summer time from the second Sunday of March.
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(['2026-03-20T13:00:00.000Z']);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['partly-supported', expect.stringContaining('America/New_York')]]);
  });

  it('X-WR-TIMEZONE, agreeing with the file where it is defined: its IANA rules are used past the end', () => {
    const text = calendar(
      event('UID:march', 'DTSTART;TZID=Eastern Time (Plugin):20260320T090000', 'DURATION:PT1H'),
      `X-WR-TIMEZONE:America/New_York\r\n${oldRules('Eastern Time (Plugin)')}`,
    );
    const { occurrences, warnings } = expandIcs(text, range('2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(['2026-03-20T13:00:00.000Z']);
    expect(warnings.map((w) => w.code)).toEqual(['partly-supported']);
  });

  it('a zone whose summer time ended for good is not extended', () => {
    // Stays at +0300 from the last onset on: the last year holds one change, not a pair.
    const text = calendar(
      event('UID:july', 'DTSTART;TZID=Moscow (old):20260701T090000', 'DURATION:PT1H'),
      [
        'BEGIN:VTIMEZONE',
        'TZID:Moscow (old)',
        'BEGIN:DAYLIGHT',
        'DTSTART:20100328T020000',
        'TZOFFSETFROM:+0300',
        'TZOFFSETTO:+0400',
        'END:DAYLIGHT',
        'BEGIN:STANDARD',
        'DTSTART:20101031T030000',
        'TZOFFSETFROM:+0400',
        'TZOFFSETTO:+0300',
        'END:STANDARD',
        'BEGIN:STANDARD',
        'DTSTART:20110327T020000',
        'TZOFFSETFROM:+0300',
        'TZOFFSETTO:+0400',
        'END:STANDARD',
        'BEGIN:STANDARD',
        'DTSTART:20141026T020000',
        'TZOFFSETFROM:+0400',
        'TZOFFSETTO:+0300',
        'END:STANDARD',
        'END:VTIMEZONE',
      ].join('\r\n'),
    );
    const { occurrences, warnings } = expandIcs(text, range('2026-06-01T00:00:00Z', '2026-08-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(['2026-07-01T06:00:00.000Z']);
    expect(warnings).toEqual([]);
  });
});

describe('a series rewritten with a higher SEQUENCE', () => {
  const old = event(
    'UID:weekly',
    'SEQUENCE:0',
    'SUMMARY:Old series',
    'DTSTART:20260105T100000Z',
    'DURATION:PT1H',
    'RRULE:FREQ=WEEKLY;BYDAY=MO',
  );
  const rewritten = event(
    'UID:weekly',
    'SEQUENCE:2',
    'SUMMARY:New series',
    'DTSTART:20260105T100000Z',
    'DURATION:PT1H',
    'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260126T235959Z',
    'EXDATE:20260112T100000Z',
    'RDATE:20260128T100000Z',
  );
  // Exceptions written before the rewrite: one for an instance the new series
  // still has, one for an instance it no longer has.
  const kept = event('UID:weekly', 'SEQUENCE:0', 'SUMMARY:Moved, kept', 'RECURRENCE-ID:20260119T100000Z', 'DTSTART:20260120T100000Z', 'DURATION:PT1H');
  const stale = event('UID:weekly', 'SEQUENCE:0', 'SUMMARY:Moved, stale', 'RECURRENCE-ID:20260202T100000Z', 'DTSTART:20260203T100000Z', 'DURATION:PT1H');
  const expected = [
    'weekly@2026-01-05T10:00:00.000Z 2026-01-05T10:00:00.000Z New series',
    'weekly@2026-01-19T10:00:00.000Z 2026-01-20T10:00:00.000Z Moved, kept',
    'weekly@2026-01-26T10:00:00.000Z 2026-01-26T10:00:00.000Z New series',
    'weekly@2026-01-28T10:00:00.000Z 2026-01-28T10:00:00.000Z New series',
  ];

  it.each([
    ['old series first', [old, kept, stale, rewritten]],
    ['new series first', [rewritten, stale, kept, old]],
  ])('SEQUENCE: the newer series wins, its EXDATE, RDATE and UNTIL apply, a stale exception is gone (%s)', (_, parts) => {
    const { occurrences } = expandIcs(calendar(parts.join('\r\n')), range('2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(listed(occurrences)).toEqual(expected);
  });

  it('SEQUENCE: past the newer series’ UNTIL, nothing of the older one is left', () => {
    const text = calendar([old, kept, stale, rewritten].join('\r\n'));
    for (const [start, end] of [
      ['2026-02-01T00:00:00Z', '2026-02-15T00:00:00Z'],
      ['2026-11-24T00:00:00Z', '2026-12-08T00:00:00Z'],
    ] as const) {
      expect(listed(expandIcs(text, range(start, end), { timeZone: 'UTC' }).occurrences)).toEqual([]);
    }
  });

  it('two versions of equal SEQUENCE are both read, as before', () => {
    const text = calendar(
      [
        event('UID:twice', 'SUMMARY:Mornings', 'DTSTART:20260105T080000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2'),
        event('UID:twice', 'SUMMARY:Evenings', 'DTSTART:20260105T180000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;COUNT=2'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), { timeZone: 'UTC' });
    expect(occurrences.map((o) => o.title)).toEqual(['Mornings', 'Evenings', 'Mornings', 'Evenings']);
  });

  it('SEQUENCE: a one-off event rewritten to another day is only on its new day', () => {
    const text = calendar(
      [
        event('UID:talk', 'SEQUENCE:0', 'SUMMARY:Talk', 'DTSTART:20260701T090000Z', 'DURATION:PT1H'),
        event('UID:talk', 'SEQUENCE:1', 'SUMMARY:Talk (moved)', 'DTSTART:20260901T090000Z', 'DURATION:PT1H'),
      ].join('\r\n'),
    );
    expect(expandIcs(text, range('2026-06-25T00:00:00Z', '2026-07-05T00:00:00Z'), { timeZone: 'UTC' }).occurrences).toEqual([]);
  });
});

describe('RECURRENCE-ID written in another form than DTSTART', () => {
  it('all-day weekly series, RECURRENCE-ID as a bare date and as UTC midnight: each moved day replaces its original', () => {
    const text = calendar(
      [
        event('UID:allday', 'SUMMARY:Team day', 'DTSTART;VALUE=DATE:20200907', 'DTEND;VALUE=DATE:20200908', 'RRULE:FREQ=WEEKLY'),
        event('UID:allday', 'SUMMARY:Team day (Tue)', 'RECURRENCE-ID:20200914', 'DTSTART;VALUE=DATE:20200915', 'DTEND;VALUE=DATE:20200916'),
        event('UID:allday', 'SUMMARY:Team day (Wed)', 'RECURRENCE-ID:20200921T000000Z', 'DTSTART;VALUE=DATE:20200923', 'DTEND;VALUE=DATE:20200924'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2020-09-01T00:00:00Z', '2020-10-06T00:00:00Z'), { timeZone: 'Europe/Berlin' });
    expect(occurrences.map((o) => `${o.key} ${o.title}`)).toEqual([
      'allday@2020-09-07 Team day',
      'allday@2020-09-14 Team day (Tue)',
      'allday@2020-09-21 Team day (Wed)',
      'allday@2020-09-28 Team day',
      'allday@2020-10-05 Team day',
    ]);
  });

  it.each([
    ['with X-WR-TIMEZONE, read in UTC', 'X-WR-TIMEZONE:Europe/Berlin', 'UTC'],
    ['without it, read in Berlin', '', 'Europe/Berlin'],
    ['without it, read in UTC', '', 'UTC'],
  ])('all-day series, UTC RECURRENCE-IDs at the publisher’s midnight (%s): no extra instances', (_, header, timeZone) => {
    const text = calendar(
      [
        event('UID:gym', 'SUMMARY:Gym', 'DTSTART;VALUE=DATE:20200907', 'RRULE:FREQ=DAILY;COUNT=5'),
        // Berlin midnight of the 8th and the 10th, in UTC.
        event('UID:gym', 'SUMMARY:Gym (cancelled)', 'RECURRENCE-ID:20200907T220000Z', 'DTSTART;VALUE=DATE:20200908', 'STATUS:CANCELLED'),
        event('UID:gym', 'SUMMARY:Gym (moved)', 'RECURRENCE-ID:20200909T220000Z', 'DTSTART;VALUE=DATE:20200913'),
      ].join('\r\n'),
      header,
    );
    const { occurrences } = expandIcs(text, range('2020-09-01T00:00:00Z', '2020-09-20T00:00:00Z'), { timeZone });
    expect(occurrences.map((o) => `${o.key} ${o.title}`)).toEqual([
      'gym@2020-09-07 Gym',
      'gym@2020-09-08 Gym (cancelled)',
      'gym@2020-09-09 Gym',
      'gym@2020-09-11 Gym',
      'gym@2020-09-10 Gym (moved)',
    ]);
  });

  it('timed series in a zone, RECURRENCE-ID as a bare date, floating, or in another zone: each replaces its instance', () => {
    const text = calendar(
      [
        event('UID:standup', 'SUMMARY:Standup', 'DTSTART;TZID=Europe/Berlin:20260105T100000', 'DURATION:PT30M', 'RRULE:FREQ=DAILY;COUNT=4'),
        event('UID:standup', 'SUMMARY:Standup (date)', 'RECURRENCE-ID:20260106', 'DTSTART;TZID=Europe/Berlin:20260106T110000', 'DURATION:PT30M'),
        event('UID:standup', 'SUMMARY:Standup (floating)', 'RECURRENCE-ID:20260107T100000', 'DTSTART;TZID=Europe/Berlin:20260107T120000', 'DURATION:PT30M'),
        event('UID:standup', 'SUMMARY:Standup (London)', 'RECURRENCE-ID;TZID=Europe/London:20260108T090000', 'DTSTART;TZID=Europe/Berlin:20260108T130000', 'DURATION:PT30M'),
        event('UID:standup', 'SUMMARY:Standup (UTC)', 'RECURRENCE-ID:20260105T090000Z', 'DTSTART;TZID=Europe/Berlin:20260105T103000', 'DURATION:PT30M'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), { timeZone: 'America/New_York' });
    expect(occurrences.map((o) => `${o.start.toISOString()} ${o.title}`)).toEqual([
      '2026-01-05T09:30:00.000Z Standup (UTC)',
      '2026-01-06T10:00:00.000Z Standup (date)',
      '2026-01-07T11:00:00.000Z Standup (floating)',
      '2026-01-08T12:00:00.000Z Standup (London)',
    ]);
  });

  it('all-day series, RECURRENCE-ID as a zoned midnight: replaces that day', () => {
    const text = calendar(
      [
        event('UID:z', 'SUMMARY:Day', 'DTSTART;VALUE=DATE:20200907', 'RRULE:FREQ=DAILY;COUNT=3'),
        event('UID:z', 'SUMMARY:Day (moved)', 'RECURRENCE-ID;TZID=America/New_York:20200908T000000', 'DTSTART;VALUE=DATE:20200912'),
      ].join('\r\n'),
    );
    const { occurrences } = expandIcs(text, range('2020-09-01T00:00:00Z', '2020-09-20T00:00:00Z'), { timeZone: 'Asia/Tokyo' });
    expect(occurrences.map((o) => `${o.key} ${o.title}`)).toEqual(['z@2020-09-07 Day', 'z@2020-09-09 Day', 'z@2020-09-08 Day (moved)']);
  });
});
