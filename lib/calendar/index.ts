// The calendar engine: iCalendar text in, occurrences in a time range out.
export { expandIcs, expandIcsInSlices } from './expand';
export { IcsError, LEFT_OUT_REASONS } from './types';
export type {
  Attendee,
  ExpandLimits,
  ExpandOptions,
  ExpandRange,
  ExpandResult,
  IcsErrorCode,
  IcsWarning,
  IcsWarningCode,
  LeftOutReason,
  Occurrence,
  OccurrenceStatus,
  Participation,
} from './types';
export { demoCalendar, DEMO_UIDS, DEMO_WEEK_MS, demoWeekUid } from './demo';
