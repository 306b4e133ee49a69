// A draft's writer: every change is saved at once, in order, with only the
// latest text waiting while a write is in flight. Finishing (saving the entry
// that the draft becomes) goes through the same queue, so text typed after
// pressing Enter is written after the entry has cleared the old draft, never
// before.
import type { Db } from './db';
import { deleteDraft, saveDraft, type Draft } from './drafts';
import { createSerialWriter } from './serial-writer';

export interface DraftWriter {
  /** Saves these fields (an all-empty draft is deleted). */
  write(fields: Draft['fields']): void;
  /**
   * Runs `save` after every earlier write and before every later one. `save`
   * should write the entry and delete the draft in one transaction.
   */
  finish<T>(save: () => Promise<T>): Promise<T>;
  /** Resolves once everything queued so far is done. */
  settled(): Promise<void>;
}

export function createDraftWriter(
  db: Db,
  id: string,
  flowId: string,
  onError: (err: unknown) => void,
  now: () => number = Date.now,
  /** Nothing is written before this settles: the saved draft must be read before it can be replaced. */
  ready: Promise<unknown> = Promise.resolve(),
): DraftWriter {
  const writer = createSerialWriter<Draft['fields']>(
    (fields) => (isEmpty(fields) ? deleteDraft(db, id) : saveDraft(db, { v: 1, id, flowId, fields, updatedAt: now() })),
    onError,
    ready,
  );
  return { write: writer.write, finish: writer.run, settled: writer.settled };
}

function isEmpty(fields: Draft['fields']): boolean {
  return Object.values(fields).every((value) => value === null || (typeof value === 'string' && value.trim() === ''));
}
