// The user's data as CSV files, for spreadsheets and analysis tools.
//
// RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, with
// its quotes doubled; every other field is written as it is (leading and
// trailing spaces included); records end with CRLF. Missing values are empty
// fields; times are ISO 8601 in UTC.
//
// UTF-8 without a byte-order mark: RFC 4180 and the analysis tools (R, pandas,
// csvkit, databases' COPY) read plain UTF-8, and several of them take a BOM
// for part of the first column's name. Excel users can open the file through
// Data > From Text/CSV, which asks for the encoding.
//
// Fields are not altered to defuse spreadsheet formulas (a leading "=", "+",
// "-" or "@"): that would change the data for every other tool. The JSON
// backup is the lossless copy; these files are views of it.
import type { FlowEntry } from '../exercises/entry';
import type { DecisionRecord, Engagement } from '../prompts/model';
import type { CheckInRecord } from '../prompts/check-in';
import type { WinEntry } from '../wins/model';

export type CsvValue = string | number | boolean | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** An RFC 4180 table: the header, then one record per row, each ending with CRLF. */
export function toCsv(header: string[], rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** ISO 8601 in UTC; empty for a missing time (or one no Date can hold). */
export function isoTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '';
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

const flag = (value: boolean): number => (value ? 1 : 0);

const WINS_HEADER = ['id', 'created_at', 'updated_at', 'text', 'event_key', 'event_title', 'difficulty', 'goal_id', 'goal_title'];

export function winsCsv(entries: readonly WinEntry[]): string {
  return toCsv(
    WINS_HEADER,
    entries.map((e) => [e.id, isoTime(e.createdAt), isoTime(e.updatedAt), e.text, e.eventKey, e.eventTitle, e.difficulty, e.goalId, e.goalTitle]),
  );
}

const EXERCISES_HEADER = [
  'id',
  'created_at',
  'updated_at',
  'exercise',
  'event_key',
  'trigger_id',
  'readiness_before',
  'readiness_after',
  'answers',
];

const READINESS_FIELDS = new Set(['readinessBefore', 'readinessAfter']);

function numberOrEmpty(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The answers other than the readiness ratings, as one JSON object with its keys sorted. */
function answersJson(fields: FlowEntry['fields']): string {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(fields).sort()) {
    if (!READINESS_FIELDS.has(key)) sorted[key] = fields[key];
  }
  return JSON.stringify(sorted);
}

export function exercisesCsv(entries: readonly FlowEntry[]): string {
  return toCsv(
    EXERCISES_HEADER,
    entries.map((e) => [
      e.id,
      isoTime(e.createdAt),
      isoTime(e.updatedAt),
      e.flowId,
      e.eventKey,
      e.triggerId,
      numberOrEmpty(e.fields.readinessBefore),
      numberOrEmpty(e.fields.readinessAfter),
      answersJson(e.fields),
    ]),
  );
}

const ENGAGEMENTS: readonly Engagement[] = ['shown', 'delivered', 'opened', 'snoozed', 'dismissed', 'completed'];

export const DECISIONS_HEADER = [
  'decision_id',
  'trigger_id',
  'decision_time_utc',
  'time_zone',
  'planned_time_utc',
  'prompt_type',
  'event_key',
  'event_kind',
  'available',
  'unavailable_reason',
  'probability',
  'draw',
  'action',
  'late',
  'exercise',
  'exercise_reason',
  'exercise_chosen_by',
  'exercise_opens',
  ...ENGAGEMENTS.map((what) => `${what}_at`),
  'readiness_before',
  'readiness_after',
  'proximal_outcome',
  'outcome_asked_utc',
  'outcome_answered_utc',
  'outcome_via',
  'outcome_skipped_utc',
];

/** The earliest time the user did `what`, if they ever did. */
function firstTime(record: DecisionRecord, what: Engagement): number | undefined {
  let first: number | undefined;
  for (const e of record.engagement) {
    if (e.what === what && (first === undefined || e.at < first)) first = e.at;
  }
  return first;
}

/**
 * One row per decision point, oldest first, shaped for a micro-randomized
 * trial's analysis: the treatment (`action`, 1 prompted / 0 not) with its
 * randomization probability and draw, availability, engagement times, and
 * the proximal outcome: the after-event check-in of the decision's event
 * (lib/prompts/check-in.ts), joined to every decision point of that event,
 * prompted or not. The readiness ratings exist only where an exercise was
 * done, so they are kept as they are and are not the outcome.
 */
export function decisionsCsv(decisions: readonly DecisionRecord[], checkIns: readonly CheckInRecord[] = []): string {
  const sorted = [...decisions].sort((a, b) => a.decidedAt - b.decidedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const checkInOf = new Map(checkIns.map((c) => [c.eventKey, c]));
  return toCsv(
    DECISIONS_HEADER,
    sorted.map((d) => {
      const checkIn = checkInOf.get(d.eventKey);
      return [
        d.id,
        d.triggerId,
        isoTime(d.decidedAt),
        d.timeZone,
        isoTime(d.plannedAt),
        d.type,
        d.eventKey,
        d.kind,
        flag(d.available),
        d.reason,
        d.probability,
        d.draw,
        flag(d.action === 'prompted'),
        flag(d.late),
        d.exercise?.flowId,
        d.exercise?.reason,
        d.exercise?.chosenBy,
        // Decisions made before a prompt could open a prep plan opened the exercise itself.
        d.exercise ? (d.exercise.opens ?? 'exercise') : undefined,
        ...ENGAGEMENTS.map((what) => isoTime(firstTime(d, what))),
        d.outcome?.readinessBefore,
        d.outcome?.readinessAfter,
        checkIn?.capability,
        isoTime(checkIn?.askedAt),
        isoTime(checkIn?.answeredAt),
        checkIn?.via,
        isoTime(checkIn?.skippedAt),
      ];
    }),
  );
}
