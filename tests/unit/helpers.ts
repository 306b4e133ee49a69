import { openDb, type Db } from '@/lib/store/db';
import { walkEntriesOfKind } from '@/lib/store/entries';
import { WinEntry } from '@/lib/wins/model';

let counter = 0;

/** A fresh, empty database for one test (fake-indexeddb). */
export function freshDb(): Db {
  counter += 1;
  return openDb(`primed-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Puts a raw value under a key, bypassing validation, as a corrupted or older record would be. */
export function putRaw(db: Db, key: string, value: unknown): Promise<void> {
  return db.run(
    'readwrite',
    (store) =>
      new Promise<void>((resolve, reject) => {
        store.put(value, key);
        store.transaction.oncomplete = () => resolve();
        store.transaction.onerror = () => reject(store.transaction.error);
      }),
  );
}

export function allKeys(db: Db): Promise<string[]> {
  return db.run(
    'readonly',
    (store) =>
      new Promise<string[]>((resolve, reject) => {
        const request = store.getAllKeys();
        request.onsuccess = () => resolve(request.result.map(String));
        request.onerror = () => reject(request.error);
      }),
  );
}

/** Every stored win, oldest first: what a check-off logged, or what taking one back left. */
export async function storedWins(db: Db): Promise<WinEntry[]> {
  const all: WinEntry[] = [];
  await walkEntriesOfKind(db, 'win', WinEntry, (w) => {
    all.push(w);
    return true;
  });
  return all;
}

/**
 * The database as a full disk leaves it: reading works, and once `full` is
 * true every write fails the way IndexedDB reports a refused transaction.
 */
export function fillable(db: Db): Db & { full: boolean } {
  return {
    full: false,
    run(mode, work) {
      if (this.full && mode === 'readwrite') return db.run('readonly', () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
      return db.run(mode, work);
    },
  };
}
