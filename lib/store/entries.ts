// Journal entries: everything the user writes that is finished. Each kind of
// entry has its own schema; readers validate only the kinds they read, so a
// page that shows wins never loads the schemas of every exercise (the popup's
// size budget: see wxt.config.ts).
import type { EntryBase } from '../wins/model';
import type { z } from '../zod';
import { recordKey, writeAtomically, type Db } from './db';
import { draftKey } from './drafts';
import { validPut, walkValid } from './records';

export function entryKey(id: string): string {
  return recordKey('entry', id);
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
