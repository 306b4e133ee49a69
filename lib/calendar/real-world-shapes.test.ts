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
