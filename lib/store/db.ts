// All of Primed's IndexedDB data lives in one object store, with the kind of
// record in the key ("entry/…", "draft/…", "quarantine/…"). One store means
// one transaction can touch any mix of records: finishing an exercise writes
// the entry and deletes its draft atomically, and a corrupt record moves to
// quarantine in a single step, so a crash can never lose it halfway.
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { guarded, StoreError } from './errors';

const DB_NAME = 'primed';
const STORE_NAME = 'records';

export type RecordKind = 'entry' | 'draft' | 'quarantine' | 'feedtext' | 'upcoming' | 'decision' | 'goal' | 'checkin' | 'prep';

export function recordKey(kind: RecordKind, id: string): string {
  return `${kind}/${id}`;
}

export function idFromKey(key: IDBValidKey): string {
  const text = String(key);
  return text.slice(text.indexOf('/') + 1);
}

/** The key range holding every record of one kind, or those of its records whose id starts with `idPrefix`. */
export function rangeOf(kind: RecordKind, idPrefix = ''): IDBKeyRange {
  return IDBKeyRange.bound(`${kind}/${idPrefix}`, `${kind}/${idPrefix}\uffff`);
}

/**
 * A handle on the records store. Opening is retried after a failure (idb-keyval
 * caches the first open, and a profile whose disk was full a minute ago may
 * have room now).
 */
export interface Db {
  run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => T | PromiseLike<T>): Promise<T>;
}

export function openDb(dbName = DB_NAME): Db {
  let store: UseStore | undefined;
  return {
    async run(mode, work) {
      store ??= createStore(dbName, STORE_NAME);
      try {
        return await guarded(() => store!(mode, work));
      } catch (err) {
        if (err instanceof StoreError && err.code === 'unavailable') store = undefined;
        throw err;
      }
    },
  };
}

let sharedDb: Db | undefined;

/** The database every extension page and the background share. */
export function defaultDb(): Db {
  return (sharedDb ??= openDb());
}

export type Write = { put: string; value: unknown } | { delete: string };

/** Applies all writes in one transaction: either all of them land or none. */
export function writeAtomically(db: Db, writes: readonly Write[]): Promise<void> {
  return db.run('readwrite', (store) => {
    for (const write of writes) {
      if ('put' in write) store.put(write.value, write.put);
      else store.delete(write.delete);
    }
    const done = promisifyRequest(store.transaction);
    // Commit at once rather than when the event loop idles: a popup that closes
    // right after a keystroke must not take the write with it.
    store.transaction.commit?.();
    return done;
  });
}

export function getRaw(db: Db, key: string): Promise<unknown> {
  return db.run('readonly', (store) => promisifyRequest(store.get(key)));
}

/**
 * Walks the records of one kind (those whose id starts with `idPrefix`) from
 * the newest key to the oldest and stops as soon as `visit` returns false.
 */
export function walkNewestFirst(
  db: Db,
  kind: RecordKind,
  visit: (key: string, raw: unknown) => boolean,
  idPrefix = '',
): Promise<void> {
  return db.run(
    'readonly',
    (store) =>
      new Promise<void>((resolve, reject) => {
        const request = store.openCursor(rangeOf(kind, idPrefix), 'prev');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const cursor = request.result;
          if (!cursor) return resolve();
          if (visit(String(cursor.key), cursor.value)) cursor.continue();
          else resolve();
        };
      }),
  );
}

/** Removes every record of every kind, in one transaction ("delete all my data"). */
export function clearAllRecords(db: Db): Promise<void> {
  return db.run('readwrite', (store) => {
    store.clear();
    const done = promisifyRequest(store.transaction);
    store.transaction.commit?.();
    return done;
  });
}
