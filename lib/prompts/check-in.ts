// The after-event check-in: one question, "How capable do you feel of
// handling the next one like it?", asked after every high-stakes event.
//
// It is the experiment log's outcome. A micro-randomized trial compares
// moments with a prompt and moments without, so the outcome has to be
// collected the same way whatever was decided before the event: the check-in
// is never randomized, never counted against the daily cap, and arrives the
// same quiet way every time (the badge and the popup, no notification).
// A reflection after the event answers it too, so nobody is asked twice.
import type { HighStakesEvent } from '../planner/types';
import { recordKey, writeAtomically, type Db } from '../store/db';
import { readValid, validPut, walkValid } from '../store/records';
import { Timestamp } from '../time/timestamp';
import { z } from '../zod';
import { KEY_MAX } from '../limits';
import { StakesKind } from './model';

/** How long after its event a check-in waits in the popup. */
export const CHECK_IN_WAITS_MS = 24 * 3_600_000;
/** The state's "decided" id of an event's check-in (the prefix keeps it apart from prompt triggers). */
export const checkInId = (eventKey: string) => `checkin|${eventKey}`;


const Capability = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, 'a whole number from 1 to 10'));

/** The stored check-in of one event: when it was asked, and the answer if one came. */
export const CheckInRecord = z.object({
  v: z.literal(1),
  eventKey: z.string().check(z.minLength(1), z.maxLength(KEY_MAX)),
  kind: StakesKind,
  eventEnd: Timestamp,
  askedAt: Timestamp,
  capability: z.optional(Capability),
  answeredAt: z.optional(Timestamp),
  /** Where the answer came from: the popup's card, or the reflection after the event. */
  via: z.optional(z.enum(['popup', 'reflection'])),
  /** The user said "Not now". */
  skippedAt: z.optional(Timestamp),
});
export type CheckInRecord = z.infer<typeof CheckInRecord>;

/**
 * The high-stakes events whose check-in is due now: ended, and not longer ago
 * than a check-in waits. Events that ended before the engine first ran were
 * never Primed's to ask about.
 */
export function checkInsDue(highStakes: readonly HighStakesEvent[], now: number, since: number): HighStakesEvent[] {
  return highStakes.filter(({ event }) => event.end <= now && event.end > now - CHECK_IN_WAITS_MS && event.end >= since);
}

/** The events whose check-in is still ahead, for the engine's wake-ups. */
export function checkInsAhead(highStakes: readonly HighStakesEvent[], now: number): Array<{ id: string; at: number }> {
  return highStakes.filter(({ event }) => event.end > now).map(({ event }) => ({ id: checkInId(event.key), at: event.end }));
}

const keyOf = (eventKey: string) => recordKey('checkin', eventKey);

export function readCheckIn(db: Db, eventKey: string): Promise<CheckInRecord | undefined> {
  return readValid(db, keyOf(eventKey), CheckInRecord);
}

export async function writeCheckIn(db: Db, record: CheckInRecord): Promise<void> {
  await writeAtomically(db, [validPut(keyOf(record.eventKey), CheckInRecord, record)]);
}

/** Every check-in, oldest event first. */
export async function readCheckIns(db: Db): Promise<CheckInRecord[]> {
  const all: CheckInRecord[] = [];
  await walkValid(db, 'checkin', CheckInRecord, (record) => {
    all.push(record);
    return true;
  });
  return all.sort((a, b) => a.eventEnd - b.eventEnd || (a.eventKey < b.eventKey ? -1 : a.eventKey > b.eventKey ? 1 : 0));
}
