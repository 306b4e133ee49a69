// Reading a whole kind of record at once, for long lists (the history page).
// Kept out of lib/store so that the toolbar popup, which loads lib/store
// before its first paint, does not carry it.
import { promisifyRequest } from 'idb-keyval';
import { rangeOf, walkNewestFirst, type Db, type RecordKind } from '../store/db';
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
    await walkNewestFirst(db, kind, (key, raw) => {
      raws.push({ key, raw });
      return raws.length < limit;
    });
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
