import { describe, expect, it } from 'vitest';
import { expandIcs } from './index';
const cal = (...e: string[]) => ['BEGIN:VCALENDAR','VERSION:2.0','PRODID:x',...e,'END:VCALENDAR'].join('\r\n');
const ev = (...l: string[]) => ['BEGIN:VEVENT','DTSTAMP:20260101T000000Z',...l,'END:VEVENT'].join('\r\n');
const R = (s: string, e: string) => ({ start: new Date(s), end: new Date(e) });
const U = { timeZone: 'UTC' };
const NY = ['BEGIN:VTIMEZONE','TZID:America/New_York','BEGIN:DAYLIGHT','TZOFFSETFROM:-0500','TZOFFSETTO:-0400','DTSTART:19700308T020000','RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU','END:DAYLIGHT','BEGIN:STANDARD','TZOFFSETFROM:-0400','TZOFFSETTO:-0500','DTSTART:19701101T020000','RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU','END:STANDARD','END:VTIMEZONE'].join('\r\n');
describe('regressions found in review', () => {
  it('1 moved-away instance of a long series does not reappear', () => {
    const t = cal(ev('UID:long','DTSTART:20240101T090000Z','DTEND:20240105T090000Z','RRULE:FREQ=WEEKLY;COUNT=4'),
      ev('UID:long','RECURRENCE-ID:20240108T090000Z','DTSTART:20240201T090000Z','DTEND:20240201T100000Z'));
    expect(expandIcs(t, R('2024-01-11T00:00:00Z','2024-01-12T00:00:00Z'), U).occurrences).toEqual([]);
  });
  it('2 override without DTEND keeps series length whatever the range', () => {
    const t = cal(ev('UID:inh','DTSTART:20240101T090000Z','DTEND:20240104T090000Z','RRULE:FREQ=MONTHLY;COUNT=3'),
      ev('UID:inh','RECURRENCE-ID:20240201T090000Z','DTSTART:20240310T090000Z'));
    const o = expandIcs(t, R('2024-03-05T00:00:00Z','2024-03-20T00:00:00Z'), U).occurrences.find((x) => x.key.startsWith('inh@2024-02'));
    expect(o?.end.toISOString()).toBe('2024-03-13T09:00:00.000Z');
  });
  it('3 VTIMEZONE overlap/gap read like IANA', () => {
    const f = ev('UID:f','DTSTART;TZID=America/New_York:20261101T013000','DURATION:PT30M');
    const g = ev('UID:g','DTSTART;TZID=America/New_York:20260308T023000','DURATION:PT30M');
    const os = expandIcs(cal(NY, f, g), R('2026-01-01T00:00:00Z','2026-12-31T00:00:00Z'), U).occurrences;
    expect(os.map((o) => o.start.toISOString())).toEqual(['2026-03-08T07:30:00.000Z','2026-11-01T05:30:00.000Z']);
  });
  it('4 COUNT includes DTSTART', () => {
    const t = cal(ev('UID:c','DTSTART:20240101T090000Z','DURATION:PT1H','RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2'));
    expect(expandIcs(t, R('2024-01-01T00:00:00Z','2024-03-01T00:00:00Z'), U).occurrences).toHaveLength(2);
  });
  it('5 key of a date-only RECURRENCE-ID override does not depend on the range', () => {
    const t = cal(ev('UID:d','DTSTART:20240101T090000Z','DURATION:PT1H','RRULE:FREQ=WEEKLY;COUNT=6'),
      ev('UID:d','SUMMARY:moved','RECURRENCE-ID;VALUE=DATE:20240108','DTSTART:20240125T090000Z','DURATION:PT1H'));
    const k = (s: string, e: string) => expandIcs(t, R(s, e), U).occurrences.find((o) => o.title === 'moved')!.key;
    expect(k('2024-01-25T00:00:00Z','2024-01-26T00:00:00Z')).toBe(k('2024-01-01T00:00:00Z','2024-03-01T00:00:00Z'));
  });
  it('6 all-day series, DATE-TIME RECURRENCE-ID replaces the day', () => {
    const t = cal(ev('UID:a','DTSTART;VALUE=DATE:20240101','RRULE:FREQ=WEEKLY;COUNT=3'),
      ev('UID:a','RECURRENCE-ID:20240108T000000Z','DTSTART;VALUE=DATE:20240110'));
    expect(expandIcs(t, R('2024-01-01T00:00:00Z','2024-03-01T00:00:00Z'), U).occurrences).toHaveLength(3);
  });
});

describe('rules that can never match', () => {
  it('February 30th adds no dates instead of searching forever', () => {
    const t = cal(ev('UID:never', 'DTSTART:20240101T090000Z', 'DURATION:PT1H', 'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30'));
    const { occurrences, warnings } = expandIcs(t, R('2024-01-01T00:00:00Z', '2025-01-01T00:00:00Z'), U);
    expect(occurrences.map((o) => o.start.toISOString())).toEqual(['2024-01-01T09:00:00.000Z']);
    expect(warnings.map((w) => [w.code, w.reason])).toEqual([['left-out', 'impossible-rule']]);
  });
});
