// The calendar engine: iCalendar text in, occurrences in a time range out.
export { expandIcs } from './expand';
export { IcsError } from './types';
export type {
  Attendee,
  ExpandOptions,
  ExpandRange,
  ExpandResult,
  IcsErrorCode,
  IcsWarning,
  IcsWarningCode,
  Occurrence,
  OccurrenceStatus,
  Participation,
} from './types';
export { demoCalendar, DEMO_UIDS, DEMO_WEEK_MS, demoWeekUid } from './demo';
