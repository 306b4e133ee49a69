// A record that no longer matches its schema is set aside here, exactly as it
// was found, with the reason. It is never replaced by a default and never
// dropped: the options page lists it, and the user exports or discards it.
// Any item or record kind of ./catalogue.ts can end up here; this file does
// not import the catalogue, since every page that reads an item loads it.
import { promisifyRequest } from 'idb-keyval';
import { timeOrderedId } from '../ids';
import { z } from '../zod';
import { idFromKey, rangeOf, recordKey, writeAtomically, type Db, type Write } from './db';
import { StoreError } from './errors';
import { check } from './validate';
import { Timestamp } from '../time/timestamp';

export const QuarantinedRecord = z.object({
  v: z.literal(1),
  id: z.string(),
  /** Where the record was found. */
  origin: z.enum(['indexeddb', 'extension-storage']),
  /** The key it was stored under there. */
  key: z.string(),
  /** The record as it was found, untouched. */
  raw: z.unknown(),
  /** Why it was set aside, in the schema's words. */
  reason: z.string(),
  quarantinedAt: Timestamp,
});
export type QuarantinedRecord = z.infer<typeof QuarantinedRecord>;

export function quarantineRecord(
  origin: QuarantinedRecord['origin'],
  key: string,
  raw: unknown,
  reason: string,
  now: number,
): QuarantinedRecord {
  return { v: 1, id: timeOrderedId(now), origin, key, raw, reason, quarantinedAt: now };
}

/** The writes that move an IndexedDB record into quarantine in one transaction. */
export function moveToQuarantine(key: string, raw: unknown, reason: string, now: number): Write[] {
  const record = quarantineRecord('indexeddb', key, raw, reason, now);
  return [
    { put: recordKey('quarantine', record.id), value: record },
    { delete: key },
  ];
}

/** Keeps a copy of a record from elsewhere (extension storage) in quarantine. */
export async function keepInQuarantine(db: Db, record: QuarantinedRecord): Promise<void> {
  await writeAtomically(db, [{ put: recordKey('quarantine', record.id), value: record }]);
}

/**
 * Lists everything in quarantine, newest first. A quarantine record that is
 * itself damaged is still listed, wrapped, so that the user can see it.
 */
export async function listQuarantined(db: Db): Promise<QuarantinedRecord[]> {
  const pairs = await db.run('readonly', async (store) => {
    const range = rangeOf('quarantine');
    const [keys, values] = await Promise.all([
      promisifyRequest(store.getAllKeys(range)),
      promisifyRequest(store.getAll(range)),
    ]);
    return keys.map((key, i) => [String(key), values[i]] as const);
  });
  return pairs
    .map(([key, raw]) => {
      // A set-aside record keeps whatever was found, however deep: its raw value is never walked by a schema.
      const checked = check(QuarantinedRecord, raw, Infinity);
      if (checked.ok) return checked.value;
      return {
        v: 1 as const,
        id: idFromKey(key),
        origin: 'indexeddb' as const,
        key,
        raw,
        reason: 'This set-aside record is itself damaged.',
        quarantinedAt: 0,
      };
    })
    .reverse();
}

export async function discardQuarantined(db: Db, id: string): Promise<void> {
  if (!id) throw new StoreError('invalid', 'No record id given.');
  await writeAtomically(db, [{ delete: recordKey('quarantine', id) }]);
}
