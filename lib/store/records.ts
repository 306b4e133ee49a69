// Validated reads and writes over the records store. Every value is checked
// against its schema on the way in and on the way out; a value that fails on
// the way out is moved to quarantine and the read carries on without it.
import { promisifyRequest } from 'idb-keyval';
import { z } from '../zod';
import { getRaw, walkNewestFirst, type Db, type RecordKind, type Write } from './db';
import { StoreError } from './errors';
import { moveToQuarantine } from './quarantine';
import { check } from './validate';

export interface ReadOptions {
  /** The clock, for the quarantine timestamp. */
  now?: () => number;
}

interface WalkOptions extends ReadOptions {
  /** Visit only the records this accepts; the others are passed over unvalidated. */
  only?: (raw: unknown) => boolean;
  /** Read only the records whose id starts with this (a key range: the rest are not even read). */
  idPrefix?: string;
}

/** Reads one record; a record that fails its schema is quarantined and reads as missing. */
export async function readValid<T>(
  db: Db,
  key: string,
  schema: z.ZodMiniType<T>,
  { now = Date.now }: ReadOptions = {},
): Promise<T | undefined> {
  const raw = await getRaw(db, key);
  if (raw === undefined) return undefined;
  const checked = check(schema, raw);
  if (checked.ok) return checked.value;
  await quarantineIfStillInvalid(db, [{ key, raw, reason: checked.reason }], schema, now());
  return undefined;
}

/**
 * Sets records aside as they were read, and removes them from their place
 * only if the value there is still invalid when the moving transaction looks
 * again: a page may have written a good value under the key since the read.
 */
export async function quarantineIfStillInvalid<T>(
  db: Db,
  found: ReadonlyArray<{ key: string; raw: unknown; reason: string }>,
  schema: z.ZodMiniType<T>,
  at: number,
): Promise<void> {
  await db.run('readwrite', (store) => {
    for (const { key, raw, reason } of found) {
      const request = store.get(key);
      request.onsuccess = () => {
        const current: unknown = request.result;
        // Gone: another reader (the popup reads entries twice over) set it aside first.
        if (current === undefined) return;
        const [setAside] = moveToQuarantine(key, raw, reason, at);
        if (setAside && 'put' in setAside) store.put(setAside.value, setAside.put);
        const checked = check(schema, current);
        if (checked.ok) return;
        if (JSON.stringify(current) !== JSON.stringify(raw)) {
          // Damaged again, differently: keep this one too.
          const [again] = moveToQuarantine(key, current, checked.reason, at);
          if (again && 'put' in again) store.put(again.value, again.put);
        }
        store.delete(key);
      };
    }
    return promisifyRequest(store.transaction);
  });
}

/**
 * Visits the valid records of one kind, newest first, until `visit` returns
 * false. Invalid records met on the way are quarantined after the walk.
 */
export async function walkValid<T>(
  db: Db,
  kind: RecordKind,
  schema: z.ZodMiniType<T>,
  visit: (value: T) => boolean,
  { now = Date.now, only, idPrefix }: WalkOptions = {},
): Promise<void> {
  const invalid: Array<{ key: string; raw: unknown; reason: string }> = [];
  await walkNewestFirst(
    db,
    kind,
    (key, raw) => {
      if (only && !only(raw)) return true;
      const checked = check(schema, raw);
      if (!checked.ok) {
        invalid.push({ key, raw, reason: checked.reason });
        return true;
      }
      return visit(checked.value);
    },
    idPrefix,
  );
  if (invalid.length > 0) {
    await quarantineIfStillInvalid(db, invalid, schema, now());
  }
}

/** A put that refuses a value its schema rejects, so nothing invalid is ever stored. */
export function validPut<T>(key: string, schema: z.ZodMiniType<T>, value: T): Write {
  const checked = check(schema, value);
  if (!checked.ok) {
    throw new StoreError('invalid', `Refused to store ${key}: ${checked.reason}`);
  }
  return { put: key, value: checked.value };
}


