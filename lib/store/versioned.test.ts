import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { readVersioned, toStored, type VersionedItem } from './versioned';

// A made-up item with a history of three formats, to exercise the runner:
// v1 { name }, v2 { name, size }, v3 { label, size }.
const Item = z.object({ label: z.string(), size: z.number() });
const item: VersionedItem<z.infer<typeof Item>> = {
  key: 'thing',
  version: 3,
  schema: Item,
  defaults: { label: 'default', size: 1 },
  migrations: [
    { from: 2, describe: 'rename name to label', migrate: (v) => { const { name, ...rest } = v as { name: string }; return { ...rest, label: name }; } },
    { from: 1, describe: 'add size', migrate: (v) => ({ ...(v as object), size: 10 }) },
  ],
};

describe('readVersioned', () => {
  it('gives the defaults when nothing is stored', () => {
    expect(readVersioned(item, undefined)).toEqual({ kind: 'missing', value: item.defaults });
  });

  it('reads the current format as it is', () => {
    expect(readVersioned(item, { version: 3, value: { label: 'a', size: 2 } })).toEqual({
      kind: 'ok',
      value: { label: 'a', size: 2 },
    });
  });

  it('runs every migration in order from an old format', () => {
    expect(readVersioned(item, { version: 1, value: { name: 'old' } })).toEqual({
      kind: 'ok',
      value: { label: 'old', size: 10 },
      migratedFrom: 1,
    });
  });

  it('refuses a record from a newer format rather than guessing', () => {
    const result = readVersioned(item, { version: 4, value: { label: 'x', size: 1 } });
    expect(result).toMatchObject({ kind: 'invalid' });
    expect(result.kind === 'invalid' && result.reason).toMatch(/newer version/);
  });

  it.each([
    ['not wrapped at all', { label: 'a', size: 2 }],
    ['a version that is not a number', { version: 'two', value: {} }],
    ['a value that fails the schema', { version: 3, value: { label: 5 } }],
    ['a value a migration cannot handle', { version: 2, value: null }],
  ])('reports %s as invalid', (_, stored) => {
    expect(readVersioned(item, stored).kind).toBe('invalid');
  });

  it('reports a missing migration step', () => {
    const gap = { ...item, migrations: item.migrations.filter((m) => m.from !== 1) };
    const result = readVersioned(gap, { version: 1, value: { name: 'x' } });
    expect(result).toEqual({ kind: 'invalid', reason: 'No migration from format 1.' });
  });

  it('wraps a value with the current version', () => {
    expect(toStored(item, { label: 'a', size: 1 })).toEqual({ version: 3, value: { label: 'a', size: 1 } });
  });
});
