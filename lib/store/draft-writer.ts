// Writes a draft after every change, one write at a time and in order.
// A burst of keystrokes never queues a burst of writes: while one write is in
// flight only the latest text waits. Finishing (saving the entry that the
// draft becomes) goes through the same queue, so text typed after pressing
// Enter is written after the entry has cleared the old draft, never before.
import type { Db } from './db';
import { deleteDraft, saveDraft, type Draft } from './drafts';

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

type Op = { kind: 'draft'; fields: Draft['fields'] } | { kind: 'finish'; run: () => Promise<void> };

export function createDraftWriter(
  db: Db,
  id: string,
  flowId: string,
  onError: (err: unknown) => void,
  now: () => number = Date.now,
  /** Nothing is written before this settles: the saved draft must be read before it can be replaced. */
  ready: Promise<unknown> = Promise.resolve(),
): DraftWriter {
  const queue: Op[] = [];
  let running: Promise<void> | null = null;

  async function pump(): Promise<void> {
    await ready.catch(() => undefined);
    for (let op = queue.shift(); op; op = queue.shift()) {
      if (op.kind === 'finish') {
        await op.run();
        continue;
      }
      try {
        if (isEmpty(op.fields)) await deleteDraft(db, id);
        else await saveDraft(db, { v: 1, id, flowId, fields: op.fields, updatedAt: now() });
      } catch (err) {
        onError(err);
      }
    }
    running = null;
  }

  function kick() {
    running ??= pump();
  }

  return {
    write(fields) {
      const last = queue.at(-1);
      if (last?.kind === 'draft') last.fields = fields;
      else queue.push({ kind: 'draft', fields });
      kick();
    },
    finish(save) {
      return new Promise((resolve, reject) => {
        queue.push({ kind: 'finish', run: () => save().then(resolve, reject) });
        kick();
      });
    },
    settled() {
      return running ?? Promise.resolve();
    },
  };
}

function isEmpty(fields: Draft['fields']): boolean {
  return Object.values(fields).every((value) => value === null || (typeof value === 'string' && value.trim() === ''));
}
