// The calendar engine's public types. No browser globals: the background,
// the pages and the tests all use the same pure engine.

export type OccurrenceStatus = 'confirmed' | 'tentative' | 'cancelled';

/** How an attendee answered, in RFC 5545 words, lower-cased. */
export type Participation = 'needs-action' | 'accepted' | 'declined' | 'tentative' | 'delegated';

export interface Attendee {
  /** Lower-cased address, without "mailto:". */
  email: string;
  participation?: Participation;
}

export interface Occurrence {
  /**
   * Stable across syncs and edits: the UID for a one-off event (moving it
   * keeps its key), UID plus original start for an instance of a series.
   */
  key: string;
  uid: string;
  /** The original start of a series instance (ISO 8601; a date for all-day series). */
  recurrenceId?: string;
  title: string;
  start: Date;
  end: Date;
  allDay: boolean;
  status: OccurrenceStatus;
  /** TRANSP:TRANSPARENT: the event does not make its owner busy. */
  transparent: boolean;
  /** Part of a series (an RRULE or RDATE, or an override of one). */
  recurring: boolean;
  location?: string;
  description?: string;
  url?: string;
  organizer?: string;
  attendees: Attendee[];
  /** The user's own answer, when `opts.selfEmails` names one of the attendees. */
  participation?: Participation;
}

export type IcsWarningCode =
  /** A component could not be read and was left out. */
  | 'skipped-component'
  /** Events or dates were left out to keep the work bounded, or because a rule cannot work; `reason` says which. */
  | 'left-out'
  /** A TZID was neither in the file, an IANA name nor a known Windows name. */
  | 'unknown-timezone'
  /** Something the engine reads only partly (for example RANGE=THISANDFUTURE). */
  | 'partly-supported';

/** Why events or dates were left out of a feed. */
export const LEFT_OUT_REASONS = [
  /** A repeat rule that is malformed or can never produce a date: its first date only. */
  'impossible-rule',
  /** A rule repeating less than once in centuries: its first date only. */
  'too-rare',
  /** A series repeating so often (every minute, every second) that only some of its dates are kept. */
  'too-frequent',
  /** A rule part Primed does not read for that frequency. */
  'unsupported',
  /** More events in the range than Primed keeps from one calendar. */
  'too-many',
  /** The calendar took longer to read than one read may take. */
  'too-slow',
  /** A time zone whose rules cannot work. */
  'bad-timezone',
] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export interface IcsWarning {
  code: IcsWarningCode;
  message: string;
  uid?: string;
  /** For 'left-out': why. */
  reason?: LeftOutReason;
}

export type IcsErrorCode = 'empty' | 'html' | 'json' | 'binary' | 'not-calendar';

/** The text is not an iCalendar at all. The message is meant for the user. */
export class IcsError extends Error {
  override readonly name = 'IcsError';
  constructor(
    readonly code: IcsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface ExpandRange {
  start: Date;
  end: Date;
}

export interface ExpandOptions {
  /** IANA zone for floating times and all-day events; default: the runtime's zone. */
  timeZone?: string;
  /** The user's own addresses, to tell which events they declined. */
  selfEmails?: readonly string[];
  /** Tighter (or, in tests, other) bounds on the work of one call than the defaults in expand.ts. */
  limits?: Partial<ExpandLimits>;
  /** The clock the deadline is read from (milliseconds); default: performance.now. */
  clock?: () => number;
}

/** How much work one call may do, whatever the input. */
export interface ExpandLimits {
  /** Iterator steps for one series. */
  stepsPerSeries: number;
  /** Iterator steps for the whole call. */
  stepsPerCall: number;
  /** Occurrences of one series within the range. */
  occurrencesPerSeries: number;
  /** Occurrences in the range for the whole call. */
  occurrences: number;
  /** Milliseconds of work for the whole call (in slices, only the time spent working counts). */
  deadlineMs: number;
  /** Characters of a UID; a longer one is replaced by a digest of it. */
  uidLength: number;
  /** Characters kept of a title or a location. */
  textLength: number;
  /** Characters kept of a description. */
  descriptionLength: number;
}

export interface ExpandResult {
  occurrences: Occurrence[];
  warnings: IcsWarning[];
  /** What the calendar says about itself (X-WR-CALNAME, X-WR-TIMEZONE), when it does. */
  calendar: { name?: string; timeZone?: string };
}
