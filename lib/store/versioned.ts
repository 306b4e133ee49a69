// An item kept in extension storage as { version, value }, declared once with
// its schema, default and migrations. Reading is pure: given what storage
// holds, it says what the value is, whether it was migrated, or why it cannot
// be used. The caller decides what to write back.
import { z } from '../zod';
import { check } from './validate';

export interface Migration {
  /** The version this migration reads; it produces `from + 1`. */
  from: number;
  /** One line on what changed, for the changelog and the tests. */
  describe: string;
  migrate(value: unknown): unknown;
}

export interface VersionedItem<T> {
  key: string;
  version: number;
  schema: z.ZodMiniType<T>;
  defaults: T;
  /** Ordered by `from`, one per version step up to `version`. */
  migrations: readonly Migration[];
}

export type Stored = { version: number; value: unknown };

type ReadResult<T> =
  | { kind: 'missing'; value: T }
  | { kind: 'ok'; value: T; migratedFrom?: number }
  | { kind: 'invalid'; reason: string };

// Checks written as refinements: zod's integer and range checks weigh more (see wxt.config.ts).
const StoredShape = z.object({
  version: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1, 'a whole number from 1')),
  value: z.unknown(),
});

export function readVersioned<T>(item: VersionedItem<T>, stored: unknown): ReadResult<T> {
  if (stored === undefined) return { kind: 'missing', value: item.defaults };
  const shape = check(StoredShape, stored);
  if (!shape.ok) return { kind: 'invalid', reason: `Not a versioned record: ${shape.reason}` };
  const { version } = shape.value;
  if (version > item.version) {
    return {
      kind: 'invalid',
      reason: `Written by a newer version of Primed (format ${version}; this one reads up to ${item.version}).`,
    };
  }
  let value = shape.value.value;
  try {
    for (let v = version; v < item.version; v++) {
      const step = item.migrations.find((m) => m.from === v);
      if (!step) return { kind: 'invalid', reason: `No migration from format ${v}.` };
      value = step.migrate(value);
    }
  } catch (err) {
    return { kind: 'invalid', reason: `Migration from format ${version} failed: ${String(err)}` };
  }
  const checked = check(item.schema, value);
  if (!checked.ok) return { kind: 'invalid', reason: checked.reason };
  return version < item.version
    ? { kind: 'ok', value: checked.value, migratedFrom: version }
    : { kind: 'ok', value: checked.value };
}

export function toStored<T>(item: VersionedItem<T>, value: T): Stored {
  return { version: item.version, value };
}
