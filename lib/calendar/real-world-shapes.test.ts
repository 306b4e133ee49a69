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
