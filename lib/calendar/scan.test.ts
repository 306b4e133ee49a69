import { describe, expect, it } from 'vitest';
import { expandIcs } from './index';
import { scanCalendar } from './scan';

const range = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-03-31T00:00:00Z') };
const lines = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'X-WR-CALNAME:Team',
  'BEGIN:VEVENT',
  'UID:a',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20260310T090000Z',
  'DTEND:20260310T100000Z',
  'SUMMARY:First',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:b',
  'DTSTAMP:20260101T000000Z',
  'DTSTART:20260311T090000Z',
  'DURATION:PT1H',
  'SUMMARY:Second',
  'END:VEVENT',
  'END:VCALENDAR',
];
const titles = (text: string) => expandIcs(text, range, { timeZone: 'UTC' }).occurrences.map((o) => `${o.uid} ${o.title} ${o.start.toISOString()}`);
const expected = ['a First 2026-03-10T09:00:00.000Z', 'b Second 2026-03-11T09:00:00.000Z'];

// The scan reads the raw text by position; every way of ending and folding lines must read as the unfolded text does.
describe('scanning raw text', () => {
  it('reads CRLF, LF-only and CR-only text alike', () => {
    for (const ending of ['\r\n', '\n', '\r']) expect(titles(lines.join(ending))).toEqual(expected);
  });

  it('reads a text whose lines mostly end in CRLF but some in a lone CR', () => {
    const text = lines.slice(0, 11).join('\r\n') + '\r' + lines.slice(11).join('\r\n');
    expect(titles(text)).toEqual(expected);
  });

  it('reads folded boundaries and properties, in any case, with empty lines between', () => {
    const folded = lines
      .map((l) => (l === 'BEGIN:VEVENT' ? 'BEGIN:VEV\r\n ENT' : l === 'DTSTART:20260311T090000Z' ? 'dtstart:2026031\r\n\t1T090000Z' : l))
      .join('\r\n\r\n');
    expect(titles(folded)).toEqual(expected);
  });

  it('judges an event by its own properties, not those of a nested alarm', () => {
    const text = lines
      .map((l) => (l === 'UID:a' ? 'BEGIN:VALARM\r\nDTSTART:20200101T000000Z\r\nUID:alarm\r\nEND:VALARM\r\nUID:a' : l))
      .join('\r\n');
    const scanned = scanCalendar(text);
    expect(scanned.events[0]!.properties).toMatchObject({ UID: 'a', DTSTART: '20260310T090000Z' });
    expect(scanned.events[0]!.lines[0]).toBe('BEGIN:VEVENT');
    expect(scanned.properties.get('X-WR-CALNAME')).toBe('Team');
    expect(titles(text)).toEqual(expected);
  });

  it('says a component without its end was cut off', () => {
    expect(scanCalendar(lines.slice(0, 13).join('\r\n')).broken).toEqual(['VEVENT']);
  });
});

describe('versions of one event', () => {
  const version = (sequence: string | undefined, day: string, title: string) =>
    ['BEGIN:VEVENT', 'UID:v', 'DTSTAMP:20260101T000000Z', ...(sequence === undefined ? [] : [`SEQUENCE:${sequence}`]), `DTSTART:202603${day}T090000Z`, 'DURATION:PT1H', `SUMMARY:${title}`, 'END:VEVENT'];
  const read = (...versions: string[][]) =>
    expandIcs(['BEGIN:VCALENDAR', 'VERSION:2.0', ...versions.flat(), 'END:VCALENDAR'].join('\r\n'), range, { timeZone: 'UTC' }).occurrences.map((o) => o.title);

  it('reads only the highest SEQUENCE, a missing one counting as 0', () => {
    expect(read(version(undefined, '10', 'old'), version('2', '12', 'new'))).toEqual(['new']);
    expect(read(version('-1', '10', 'old'), version(undefined, '12', 'new'))).toEqual(['new']);
    expect(read(version('-3', '10', 'old'), version('-1', '12', 'new'))).toEqual(['new']);
    expect(read(version('1', '10', 'same'), version('1', '10', 'same'))).toEqual(['same']);
    // The newer version lies years away from the range: the older one still gives way to it.
    const far = version(undefined, '10', 'far').map((l) => l.replace('DTSTART:2026', 'DTSTART:2019'));
    expect(read(version('-1', '12', 'old'), far)).toEqual([]);
    expect(read(version('0', '12', 'old'), far.map((l) => l.replace('UID:v', 'SEQUENCE:1\r\nUID:v')))).toEqual([]);
  });
});
