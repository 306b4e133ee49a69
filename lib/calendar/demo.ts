// The built-in demo calendar: a feed generated around the current time, so
// that a new user sees real prompts without connecting anything. It goes
// through the same engine as any feed. Sync generates it once and keeps the
// text, so its events hold still; a new week is generated when one is over.
import { offsetAt } from './zones';

const MINUTE = 60_000;

export const DEMO_UIDS = {
  review: 'demo-quarterly-review@primed.invalid',
  interview: 'demo-job-interview@primed.invalid',
  oneOnOne: 'demo-weekly-one-on-one@primed.invalid',
  exam: 'demo-certification-exam@primed.invalid',
  standup: 'demo-team-standup@primed.invalid',
  lunch: 'demo-lunch@primed.invalid',
} as const;

/** Wall-clock fields of an instant in a zone. */
function wallAt(ms: number, timeZone: string): Date {
  return new Date(ms + offsetAt(ms, timeZone));
}

/** "20261122T143000": a floating time, read in the calendar's X-WR-TIMEZONE. */
function floating(wall: Date): string {
  return wall.toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function date(wall: Date): string {
  return floating(wall).slice(0, 8);
}

function dayStart(wall: Date, plusDays = 0): Date {
  return new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + plusDays));
}

function at(day: Date, hours: number, minutes = 0): Date {
  return new Date(day.getTime() + (hours * 60 + minutes) * MINUTE);
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** How long one generated demo week is kept before the next is generated. */
export const DEMO_WEEK_MS = 7 * 24 * 60 * MINUTE;

/**
 * One-off events are new events each demo week (their UIDs carry the day the
 * week was made): otherwise next week's presentation would count as one
 * already prompted for.
 */
export function demoWeekUid(uid: string, generatedOn: string): string {
  return uid.replace('@', `-${generatedOn}@`);
}

export function demoCalendar(now: Date, timeZone: string): string {
  const nowWall = wallAt(now.getTime(), timeZone);
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const once = (uid: string) => demoWeekUid(uid, date(nowWall));

  // The review starts 20 minutes from now, on a five-minute mark.
  const reviewStart = new Date(Math.ceil((nowWall.getTime() + 20 * MINUTE) / (5 * MINUTE)) * 5 * MINUTE);
  const oneOnOneFirst = at(dayStart(nowWall, -21), 14);
  const movedOriginal = at(dayStart(nowWall, 7), 14);
  const moved = at(dayStart(nowWall, 8), 16);

  const events: string[][] = [
    [
      `UID:${once(DEMO_UIDS.review)}`,
      'SUMMARY:Quarterly review presentation',
      'LOCATION:Board room',
      'DESCRIPTION:Present the quarter’s results to the leadership team.',
      `DTSTART:${floating(reviewStart)}`,
      `DTEND:${floating(new Date(reviewStart.getTime() + 45 * MINUTE))}`,
    ],
    [
      `UID:${once(DEMO_UIDS.interview)}`,
      'SUMMARY:Job interview: product designer',
      'LOCATION:Video call',
      `DTSTART:${floating(at(dayStart(nowWall, 1), 10))}`,
      `DTEND:${floating(at(dayStart(nowWall, 1), 11))}`,
    ],
    [
      `UID:${DEMO_UIDS.oneOnOne}`,
      'SUMMARY:1:1 with your manager',
      `DTSTART:${floating(oneOnOneFirst)}`,
      `DTEND:${floating(new Date(oneOnOneFirst.getTime() + 30 * MINUTE))}`,
      `RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAYS[oneOnOneFirst.getUTCDay()]}`,
    ],
    [
      `UID:${DEMO_UIDS.oneOnOne}`,
      'SUMMARY:1:1 with your manager (moved)',
      `RECURRENCE-ID:${floating(movedOriginal)}`,
      `DTSTART:${floating(moved)}`,
      `DTEND:${floating(new Date(moved.getTime() + 30 * MINUTE))}`,
    ],
    [
      `UID:${once(DEMO_UIDS.exam)}`,
      'SUMMARY:Certification exam',
      `DTSTART;VALUE=DATE:${date(dayStart(nowWall, 3))}`,
      `DTEND;VALUE=DATE:${date(dayStart(nowWall, 4))}`,
    ],
    [
      `UID:${DEMO_UIDS.standup}`,
      'SUMMARY:Team standup',
      `DTSTART:${floating(at(dayStart(nowWall, -30), 9, 30))}`,
      `DTEND:${floating(at(dayStart(nowWall, -30), 9, 45))}`,
      'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
    ],
    [
      `UID:${once(DEMO_UIDS.lunch)}`,
      'SUMMARY:Lunch with Sam',
      'TRANSP:TRANSPARENT',
      `DTSTART:${floating(at(dayStart(nowWall, 2), 12, 30))}`,
      `DTEND:${floating(at(dayStart(nowWall, 2), 13, 30))}`,
    ],
  ];

  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Primed//Demo calendar//EN',
    'X-WR-CALNAME:Primed demo',
    `X-WR-TIMEZONE:${timeZone}`,
    ...events.flatMap((lines) => ['BEGIN:VEVENT', `DTSTAMP:${stamp}`, ...lines, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');
}
