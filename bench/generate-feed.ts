// Realistic large calendar feeds, as Outlook publishes them: Windows zone
// names with their VTIMEZONEs, years of history, recurring series with moved
// and cancelled instances. Two shapes: events with attendees, alarms and
// descriptions, and lean events of a few short properties, where the cost of
// reading each line is not hidden behind text that is skipped cheaply.
// Deterministic for a given seed and "now", so every run measures the same text.

const DAY = 86_400_000;

const VTIMEZONES = [
  [
    'BEGIN:VTIMEZONE',
    'TZID:W. Europe Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T030000',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ],
  [
    'BEGIN:VTIMEZONE',
    'TZID:Eastern Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:-0400',
    'TZOFFSETTO:-0500',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:-0500',
    'TZOFFSETTO:-0400',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ],
  [
    'BEGIN:VTIMEZONE',
    'TZID:Pacific Standard Time',
    'BEGIN:STANDARD',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:-0700',
    'TZOFFSETTO:-0800',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:16010101T020000',
    'TZOFFSETFROM:-0800',
    'TZOFFSETTO:-0700',
    'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ],
];
const ZONES = ['W. Europe Standard Time', 'Eastern Standard Time', 'Pacific Standard Time'];

const WORDS =
  'budget review roadmap sync planning retro hiring interview customer demo launch quarterly design architecture security compliance onboarding training offsite strategy pricing partner escalation incident postmortem forecast'.split(
    ' ',
  );

/** A small seeded generator (mulberry32), so the feed is the same every time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wallStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

function fold(line: string): string {
  if (line.length <= 75) return line;
  const parts = [line.slice(0, 75)];
  for (let i = 75; i < line.length; i += 74) parts.push(` ${line.slice(i, i + 74)}`);
  return parts.join('\r\n');
}

/** The short flags Outlook writes on every event it publishes. */
const OUTLOOK_FLAGS = [
  'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
  'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
  'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY',
  'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE',
  'X-MICROSOFT-CDO-IMPORTANCE:1',
  'X-MICROSOFT-CDO-INSTTYPE:0',
  'X-MICROSOFT-DISALLOW-COUNTER:FALSE',
];

export interface FeedShape {
  /** One-off events. */
  singles: number;
  /** Recurring series, each with moved and cancelled instances. */
  series: number;
  /** How far back the history goes, in years. */
  years: number;
  /**
   * 'detailed': organizer, attendee, description, alarms. 'lean': no people,
   * no text beyond a title and a room, only the short lines Outlook writes
   * on every event (an empty DESCRIPTION, its flags), as a busy work
   * calendar's thousands of small meetings look.
   */
  style: 'detailed' | 'lean';
}

export const LARGE: FeedShape = { singles: 20_000, series: 300, years: 5, style: 'detailed' };
export const LEAN: FeedShape = { singles: 19_860, series: 20, years: 5, style: 'lean' };
export const ONE_MB: FeedShape = { singles: 1_150, series: 20, years: 5, style: 'detailed' };

export function generateFeed(shape: FeedShape, now: number, seed = 42): string {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const startOfDay = Math.floor(now / DAY) * DAY;
  const historyStart = startOfDay - shape.years * 365 * DAY;
  const out: string[] = [
    'BEGIN:VCALENDAR',
    'METHOD:PUBLISH',
    'PRODID:Microsoft Exchange Server 2010',
    'VERSION:2.0',
    'X-WR-CALNAME:Calendar',
  ];
  for (const tz of VTIMEZONES) out.push(...tz);

  const attendees = () =>
    Array.from({ length: 1 }, (_, i) =>
      fold(`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=${pick(['ACCEPTED', 'TENTATIVE', 'NEEDS-ACTION'])};RSVP=TRUE;CN=Person ${i}:mailto:person${i}.${Math.floor(rand() * 1000)}@example.com`),
    );
  const common = (uid: string, title: string) =>
    shape.style === 'lean'
      ? [
          'DESCRIPTION:\\n',
          `UID:${uid}`,
          fold(`SUMMARY:${title}`),
          'CLASS:PUBLIC',
          'PRIORITY:5',
          `DTSTAMP:${wallStamp(now)}Z`,
          'TRANSP:OPAQUE',
          'STATUS:CONFIRMED',
          'SEQUENCE:0',
          fold(`LOCATION:Room ${Math.floor(rand() * 400)}`),
          ...OUTLOOK_FLAGS,
        ]
      : [
          `UID:${uid}`,
          fold(`SUMMARY;LANGUAGE=en-US:${title}`),
          fold(`DESCRIPTION;LANGUAGE=en-US:${words(4)}`),
          fold(`LOCATION;LANGUAGE=en-US:Room ${Math.floor(rand() * 400)}`),
          'ORGANIZER;CN=Organizer:mailto:organizer@example.com',
          ...attendees(),
          `DTSTAMP:${wallStamp(now)}Z`,
          'STATUS:CONFIRMED',
        ];

  for (let i = 0; i < shape.singles; i++) {
    // Mostly history, some future: like a real work calendar.
    const day = historyStart + Math.floor(rand() * (shape.years * 365 + 60)) * DAY;
    const start = day + (7 + Math.floor(rand() * 11)) * 3_600_000 + (rand() < 0.5 ? 0 : 1_800_000);
    const zone = pick(ZONES);
    out.push(
      'BEGIN:VEVENT',
      ...common(`040000008200E00074C5B7101A82E008000000000${i.toString(16).padStart(8, '0')}`, `${words(3)} ${i}`),
      `DTSTART;TZID=${zone}:${wallStamp(start)}`,
      `DTEND;TZID=${zone}:${wallStamp(start + (1 + Math.floor(rand() * 4)) * 1_800_000)}`,
      ...(i % 3 === 0 && shape.style === 'detailed' ? ['BEGIN:VALARM', 'DESCRIPTION:REMINDER', 'TRIGGER;RELATED=START:-PT15M', 'ACTION:DISPLAY', 'END:VALARM'] : []),
      'END:VEVENT',
    );
  }

  for (let s = 0; s < shape.series; s++) {
    const zone = pick(ZONES);
    const freq = pick(['WEEKLY', 'WEEKLY', 'WEEKLY', 'DAILY', 'MONTHLY']);
    const startDay = historyStart + Math.floor(rand() * (shape.years * 365 - 30)) * DAY;
    const start = startDay + (8 + Math.floor(rand() * 9)) * 3_600_000;
    const uid = `series-${s}-${Math.floor(rand() * 1e9)}`;
    const ended = rand() < 0.4;
    let rule = `RRULE:FREQ=${freq};INTERVAL=${freq === 'WEEKLY' ? pick([1, 1, 2]) : 1}`;
    if (freq === 'WEEKLY') rule += `;BYDAY=${['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][new Date(start).getUTCDay()]}`;
    if (freq === 'DAILY') rule += ';BYDAY=MO,TU,WE,TH,FR';
    if (ended) rule += `;UNTIL=${wallStamp(start + Math.floor(rand() * (now - start)))}Z`;
    rule += ';WKST=MO';
    const step = freq === 'DAILY' ? DAY : freq === 'WEEKLY' ? 7 * DAY : 30 * DAY;
    const exdates = Array.from({ length: 4 }, () => start + Math.floor(rand() * 100) * step);
    out.push(
      'BEGIN:VEVENT',
      ...common(uid, `${words(2)} weekly ${s}`),
      rule,
      ...exdates.map((t) => `EXDATE;TZID=${zone}:${wallStamp(t)}`),
      `DTSTART;TZID=${zone}:${wallStamp(start)}`,
      `DTEND;TZID=${zone}:${wallStamp(start + 3_600_000)}`,
      'END:VEVENT',
    );
    // Moved and cancelled instances, some recent.
    for (let k = 0; k < 6; k++) {
      const original = k < 2 && !ended ? start + Math.floor((now - start) / step) * step : start + Math.floor(rand() * 100) * step;
      const moved = original + (rand() < 0.5 ? 2 : -1) * 3_600_000;
      out.push(
        'BEGIN:VEVENT',
        ...common(uid, `${words(2)} weekly ${s} (moved)`),
        `RECURRENCE-ID;TZID=${zone}:${wallStamp(original)}`,
        `DTSTART;TZID=${zone}:${wallStamp(moved)}`,
        `DTEND;TZID=${zone}:${wallStamp(moved + 3_600_000)}`,
        ...(k === 5 ? ['STATUS:CANCELLED'] : []),
        'END:VEVENT',
      );
    }
  }
  out.push('END:VCALENDAR');
  return out.join('\r\n');
}
