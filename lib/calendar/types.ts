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
  /** A TZID was neither in the file, an IANA name nor a known Windows name. */
  | 'unknown-timezone'
  /** Something the engine reads only partly (for example RANGE=THISANDFUTURE). */
  | 'partly-supported';

export interface IcsWarning {
  code: IcsWarningCode;
  message: string;
  uid?: string;
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
}

export interface ExpandResult {
  occurrences: Occurrence[];
  warnings: IcsWarning[];
  /** What the calendar says about itself (X-WR-CALNAME, X-WR-TIMEZONE), when it does. */
  calendar: { name?: string; timeZone?: string };
}
