// The hostile feeds measured when the calendar engine was found to hang: each
// is a small text that once took seconds, gigabytes or forever. Shared by the
// regression tests (tests/unit/hostile-feeds.test.ts) and the benchmark
// (bench/hostile.bench.ts).

const NOW = Date.parse('2026-11-25T12:00:00Z');
export const HOSTILE_NOW = NOW;
/** The window the feed sync uses: a day back, two weeks ahead. */
export const HOSTILE_RANGE = { start: NOW - 86_400_000, end: NOW + 14 * 86_400_000 };

function calendar(...bodies: string[][]): string {
  return calendarOf(bodies);
}

function calendarOf(bodies: readonly string[][]): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hostile//EN', ...bodies.flat(), 'END:VCALENDAR'].join('\r\n');
}

function event(uid: string, lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];
}

/** A plain event in the window, which every hostile feed carries next to its trap: it must still show. */
export const NORMAL_TITLE = 'Design review';
const normal = event('normal-1', [`SUMMARY:${NORMAL_TITLE}`, 'DTSTART:20261126T100000Z', 'DTEND:20261126T110000Z']);

/** RFC 5545 folding, 75 octets a line, so that a long value is a real feed line. */
function fold(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < line.length; i += 74) out.push((i === 0 ? '' : ' ') + line.slice(i, i + 74));
  return out;
}

export interface HostileCase {
  id: string;
  what: string;
  text: () => string;
}

export const HOSTILE_CASES: HostileCase[] = [
  {
    id: 'daily-ordinal',
    what: 'RRULE:FREQ=DAILY;BYDAY=1MO (the 173-byte feed)',
    text: () =>
      ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:Trap', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=DAILY;BYDAY=1MO', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
  },
  {
    id: 'hourly-ordinal',
    what: 'RRULE:FREQ=HOURLY;BYDAY=1MO',
    text: () => calendar(event('t', ['SUMMARY:Trap', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=HOURLY;BYDAY=1MO']), normal),
  },
  {
    id: 'huge-interval',
    what: 'RRULE:FREQ=DAILY;INTERVAL=1000000000',
    text: () => calendar(event('t', ['SUMMARY:Trap', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=DAILY;INTERVAL=1000000000']), normal),
  },
  {
    id: 'year-one-daily',
    what: 'DTSTART in the year 1, RRULE:FREQ=DAILY;BYMINUTE=27;BYMONTH=6,1;COUNT=1000000000',
    text: () => calendar(event('t', ['SUMMARY:Trap', 'DTSTART:00010101T000000', 'RRULE:FREQ=DAILY;BYMINUTE=27;BYMONTH=6,1;COUNT=1000000000']), normal),
  },
  {
    id: 'secondly-leap-day',
    what: 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=3',
    text: () => calendar(event('t', ['SUMMARY:Trap', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=3']), normal),
  },
  {
    id: 'secondly-vtimezone',
    what: 'a VTIMEZONE whose rule is FREQ=SECONDLY',
    text: () =>
      calendar(
        [
          'BEGIN:VTIMEZONE',
          'TZID:Custom Zone',
          'BEGIN:STANDARD',
          'DTSTART:19700101T000000',
          'TZOFFSETFROM:+0100',
          'TZOFFSETTO:+0000',
          'RRULE:FREQ=SECONDLY',
          'END:STANDARD',
          'BEGIN:DAYLIGHT',
          'DTSTART:19700101T000000',
          'TZOFFSETFROM:+0000',
          'TZOFFSETTO:+0100',
          'RRULE:FREQ=SECONDLY;BYSECOND=30',
          'END:DAYLIGHT',
          'END:VTIMEZONE',
        ],
        event('t', ['SUMMARY:In a custom zone', 'DTSTART;TZID=Custom Zone:20261127T090000', 'DTEND;TZID=Custom Zone:20261127T100000']),
        normal,
      ),
  },
  {
    id: 'minutely-20',
    what: '20 MINUTELY series (2.7 KB)',
    text: () => calendar(...Array.from({ length: 20 }, (_, i) => event(`m${i}`, [`SUMMARY:Every minute ${i}`, 'DTSTART:20261120T000000Z', 'RRULE:FREQ=MINUTELY'])), normal),
  },
  {
    id: 'minutely-100',
    what: '100 MINUTELY series (13 KB)',
    text: () => calendar(...Array.from({ length: 100 }, (_, i) => event(`m${i}`, [`SUMMARY:Every minute ${i}`, 'DTSTART:20261120T000000Z', 'RRULE:FREQ=MINUTELY'])), normal),
  },
  {
    id: 'exdates-2000',
    what: '2,000 date-only EXDATEs on an hourly series',
    text: () => {
      const day = Date.parse('2026-11-20T00:00:00Z');
      // Every other day from 21 November on (1,000 of them), and 1,000 days before.
      const exdates = Array.from({ length: 2000 }, (_, i) => {
        const offset = i < 1000 ? 2 * i + 1 : 999 - i;
        return `EXDATE;VALUE=DATE:${new Date(day + offset * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')}`;
      });
      return calendar(event('x', ['SUMMARY:Hourly check', 'DTSTART:20261120T000000Z', 'RRULE:FREQ=HOURLY', ...exdates]), normal);
    },
  },
  {
    id: 'uid-1mb',
    what: 'a 1 MB UID',
    text: () => calendar(['BEGIN:VEVENT', ...fold(`UID:${'u'.repeat(1_000_000)}`), 'SUMMARY:Long UID', 'DTSTART:20261127T090000Z', 'RRULE:FREQ=DAILY', 'END:VEVENT'], normal),
  },
  {
    id: 'twenty-mb-of-events',
    what: '20 MB of events, all in the range',
    text: () => {
      const events: string[][] = [];
      for (let i = 0, size = 0; size < 19_500_000; i++) {
        const lines = event(`e${i}`, [`SUMMARY:Meeting ${i}`, `DTSTART:${new Date(NOW + (i % 300) * 3_600_000).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`, 'DURATION:PT30M']);
        size += lines.join('\r\n').length + 2;
        events.push(lines);
      }
      return calendarOf(events);
    },
  },
  {
    id: 'twenty-mb-line',
    what: 'a 20 MB description on one line',
    text: () => calendar(event('d', ['SUMMARY:Long read', 'DTSTART:20261126T090000Z', ...fold(`DESCRIPTION:${'d'.repeat(20_000_000)}`)]), normal),
  },
  {
    id: 'hourly-since-2019',
    what: 'an HOURLY series from 2019',
    text: () => calendar(event('h', ['SUMMARY:Hourly since 2019', 'DTSTART:20190101T000000Z', 'DURATION:PT5M', 'RRULE:FREQ=HOURLY']), normal),
  },
];
