// Journal entries: everything the user writes that is finished. Each kind of
// entry has its own schema; readers validate only the kinds they read, so a
// page that shows wins never loads the schemas of every exercise (the toolbar
// popup has a size budget).
import { timeOrderedId } from '../ids';
import { z } from '../zod';
import { recordKey, writeAtomically, type Db } from './db';
import { draftKey } from './drafts';
import { validPut, walkValid } from './records';
import { Timestamp } from '../time/timestamp';
import { EVENT_TEXT_MAX, GOAL_TEXT_MAX, KEY_MAX, WIN_MAX } from '../limits';

export const WIN_TEXT_MAX = WIN_MAX;
const Key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));

/** A micro-success: one thing that went well, in the user's words. */
export const WinEntry = z.object({
  v: z.literal(1),
  id: Key,
  kind: z.literal('win'),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(WIN_TEXT_MAX)),
  /** The event it was part of (an occurrence key or moment id), and its title as it was then. */
  eventKey: z.optional(Key),
  eventTitle: z.optional(z.string().check(z.maxLength(EVENT_TEXT_MAX))),
  /** The goal ladder it was a micro-action of, and the goal's words as they were then. */
  goalId: z.optional(Key),
  goalTitle: z.optional(z.string().check(z.maxLength(GOAL_TEXT_MAX))),
  /** How hard it felt, 1 (easy) to 10 (very hard); hard-won wins are the strongest evidence. */
  difficulty: z.optional(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, "a whole number from 1 to 10"))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type WinEntry = z.infer<typeof WinEntry>;

/** What every entry has, whatever its kind. */
export interface EntryBase {
  id: string;
  kind: string;
  createdAt: number;
}

export function entryKey(id: string): string {
  return recordKey('entry', id);
}

export function newWin(text: string, now: number): WinEntry {
  return { v: 1, id: timeOrderedId(now), kind: 'win', text: text.trim(), createdAt: now, updatedAt: now };
}

/**
 * Stores an entry after checking it against its schema. When it finishes a
 * draft, the draft is deleted in the same transaction, so the words exist in
 * exactly one of the two places at any time.
 */
export async function saveEntry<E extends EntryBase>(
  db: Db,
  schema: z.ZodMiniType<E>,
  entry: E,
  options: { finishesDraft?: string } = {},
): Promise<E> {
  const write = validPut(entryKey(entry.id), schema, entry);
  const writes = options.finishesDraft ? [write, { delete: draftKey(options.finishesDraft) }] : [write];
  await writeAtomically(db, writes);
  return entry;
}

export async function deleteEntry(db: Db, id: string): Promise<void> {
  await writeAtomically(db, [{ delete: entryKey(id) }]);
}

/**
 * Visits the entries of one kind, newest first, until `visit` returns false.
 * Entries of other kinds are passed over unread; those of this kind that fail
 * the schema are quarantined.
 */
export function walkEntriesOfKind<E extends EntryBase>(
  db: Db,
  kind: E['kind'],
  schema: z.ZodMiniType<E>,
  visit: (entry: E) => boolean,
): Promise<void> {
  return walkValid(db, 'entry', schema, visit, { only: (raw) => kindOf(raw) === kind });
}

function kindOf(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && 'kind' in raw ? raw.kind : undefined;
}
