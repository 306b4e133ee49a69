// Writes a draft after every change, one write at a time, newest text last.
// A burst of keystrokes never queues a burst of writes: while one write is in
// flight only the latest text waits, and it is written as soon as that ends.
import type { Db } from './db';
import { deleteDraft, saveDraft, type Draft } from './drafts';

export interface DraftWriter {
  /** Saves these fields (an all-empty draft is deleted). */
  write(fields: Draft['fields']): void;
  /** Resolves once everything written so far is stored. */
  settled(): Promise<void>;
}

export function createDraftWriter(
  db: Db,
  id: string,
  flowId: string,
  onError: (err: unknown) => void,
  now: () => number = Date.now,
): DraftWriter {
  let waiting: Draft['fields'] | null = null;
  let running: Promise<void> | null = null;

  async function pump(): Promise<void> {
    while (waiting) {
      const fields = waiting;
      waiting = null;
      try {
        if (isEmpty(fields)) await deleteDraft(db, id);
        else await saveDraft(db, { v: 1, id, flowId, fields, updatedAt: now() });
      } catch (err) {
        onError(err);
      }
    }
    running = null;
  }

  return {
    write(fields) {
      waiting = fields;
      running ??= pump();
    },
    settled() {
      return running ?? Promise.resolve();
    },
  };
}

function isEmpty(fields: Draft['fields']): boolean {
  return Object.values(fields).every((value) => value === null || (typeof value === 'string' && value.trim() === ''));
}
