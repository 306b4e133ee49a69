// Drafts: what the user is in the middle of writing. Saved on every input so
// that a popup losing focus, a closed window or a crash loses nothing.
import { promisifyRequest } from 'idb-keyval';
import { z } from '../zod';
import { DraftFields } from '../exercises/model';
import { recordKey, writeAtomically, type Db } from './db';
import { readValid, validPut, walkValid } from './records';
import { Timestamp } from '../time/timestamp';
import { KEY_MAX } from '../limits';

const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const Key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));

export const Draft = z.object({
  v: z.literal(1),
  /** Stable per place of writing, e.g. "popup-win", so reopening finds it. */
  id: Key,
  flowId: Key,
  fields: DraftFields,
  updatedAt: Timestamp,
});
export type Draft = z.infer<typeof Draft>;

export function draftKey(id: string): string {
  return recordKey('draft', id);
}

export function loadDraft(db: Db, id: string): Promise<Draft | undefined> {
  return readValid(db, draftKey(id), Draft);
}

export async function saveDraft(db: Db, draft: Draft): Promise<void> {
  await writeAtomically(db, [validPut(draftKey(draft.id), Draft, draft)]);
}

export async function deleteDraft(db: Db, id: string): Promise<void> {
  await writeAtomically(db, [{ delete: draftKey(id) }]);
}

/** Every draft, most recently changed first (drafts older than a week are pruned at start-up). */
export async function listDrafts(db: Db): Promise<Draft[]> {
  const found: Draft[] = [];
  await walkValid(db, 'draft', Draft, (draft) => {
    found.push(draft);
    return true;
  });
  return found.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Removes drafts untouched for longer than `maxAgeMs`; returns how many. */
export async function pruneDrafts(db: Db, now: number, maxAgeMs = DRAFT_MAX_AGE_MS): Promise<number> {
  const stale: string[] = [];
  await walkValid(db, 'draft', Draft, (draft) => {
    if (now - draft.updatedAt > maxAgeMs) stale.push(draft.id);
    return true;
  });
  if (stale.length === 0) return 0;
  // Delete only what is still stale inside the deleting transaction: a page
  // may have written to one of these drafts since the walk.
  let removed = 0;
  await db.run('readwrite', (store) => {
    for (const id of stale) {
      const request = store.get(draftKey(id));
      request.onsuccess = () => {
        const current = request.result as { updatedAt?: unknown } | undefined;
        if (current && typeof current.updatedAt === 'number' && now - current.updatedAt > maxAgeMs) {
          store.delete(draftKey(id));
          removed += 1;
        }
      };
    }
    return promisifyRequest(store.transaction);
  });
  return removed;
}
