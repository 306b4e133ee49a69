// Reading a whole kind of record at once, for long lists (the history page).
// Kept out of lib/store, so that the popup's chunks do not carry it (see
// wxt.config.ts).
import { promisifyRequest } from 'idb-keyval';
import { rangeOf, type Db, type RecordKind } from '../store/db';
import { quarantineIfStillInvalid, type ReadOptions } from '../store/records';
import { check } from '../store/validate';
import type { z } from '../zod';

/**
 * All valid records of one kind, newest first, read in one request (for long
 * lists: a cursor costs a round trip per record). Invalid ones are
 * quarantined after the read, as on a walk.
 */
export async function readAllValid<T>(
  db: Db,
  kind: RecordKind,
  schema: z.ZodMiniType<T>,
  { now = Date.now, limit }: ReadOptions & { limit?: number } = {},
): Promise<T[]> {
  // getAll reads oldest first; a limited read of the newest walks backwards instead.
  const raws: Array<{ key: string; raw: unknown }> = [];
  if (limit === undefined) {
    const [keys, values] = await db.run('readonly', (store) =>
      Promise.all([promisifyRequest(store.getAllKeys(rangeOf(kind))), promisifyRequest(store.getAll(rangeOf(kind)))]),
    );
    for (let i = keys.length - 1; i >= 0; i--) raws.push({ key: String(keys[i]), raw: values[i] });
  } else {
    // The newest `limit` in three requests rather than one per record: a
    // backwards key cursor jumps to the limit-th newest key, and one read
    // takes everything from there on (a page's first rows come sooner).
    const [keys, values] = await db.run(
      'readonly',
      (store) =>
        new Promise<[IDBValidKey[], unknown[]]>((resolve, reject) => {
          const range = rangeOf(kind);
          const request = store.openKeyCursor(range, 'prev');
          let jumped = false;
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const cursor = request.result;
            if (cursor && !jumped && limit > 1) {
              jumped = true;
              return cursor.advance(limit - 1);
            }
            // Fewer records than the limit: the cursor ran out, and all of them are read.
            const newest = cursor ? IDBKeyRange.bound(cursor.key, range.upper) : range;
            Promise.all([promisifyRequest(store.getAllKeys(newest)), promisifyRequest(store.getAll(newest))]).then(resolve, reject);
          };
        }),
    );
    for (let i = keys.length - 1; i >= 0 && raws.length < limit; i--) raws.push({ key: String(keys[i]), raw: values[i] });
  }
  const valid: T[] = [];
  const invalid: Array<{ key: string; raw: unknown; reason: string }> = [];
  for (const { key, raw } of raws) {
    const checked = check(schema, raw);
    if (checked.ok) valid.push(checked.value);
    else invalid.push({ key, raw, reason: checked.reason });
  }
  if (invalid.length > 0) await quarantineIfStillInvalid(db, invalid, schema, now());
  return valid;
}
