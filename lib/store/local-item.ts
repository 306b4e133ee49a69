// Reading and writing a versioned item in extension storage (browser.storage.local):
// migrated on read and written back, validated on every write, set aside in
// quarantine when it cannot be read. Settings and the feed list are such items.
import { browser } from 'wxt/browser';
import { defaultDb, type Db } from './db';
import { guarded, StoreError } from './errors';
import { keepInQuarantine, quarantineRecord } from './quarantine';
import { check } from './validate';
import { readVersioned, toStored, type Stored, type VersionedItem } from './versioned';

/** The part of browser.storage.local these items use; the fake browser in unit tests has it too. */
export interface StorageArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ItemDeps {
  area?: StorageArea;
  db?: Db;
  now?: () => number;
}

function localArea(): StorageArea {
  return browser.storage.local;
}

/**
 * Reads the item, migrating it if it is from an older format. An item that
 * cannot be read is copied to quarantine before the defaults take over, so the
 * user can still see and export what they had.
 */
export async function loadItem<T>(
  item: VersionedItem<T>,
  { area = localArea(), db = defaultDb(), now = Date.now }: ItemDeps = {},
): Promise<T> {
  const { key } = item;
  const raw = (await guarded(() => area.get(key)))[key];
  const result = readVersioned(item, raw);
  switch (result.kind) {
    case 'missing':
      return result.value;
    case 'ok':
      if (result.migratedFrom !== undefined) {
        await guarded(() => area.set({ [key]: toStored(item, result.value) }));
      }
      return result.value;
    case 'invalid':
      await keepInQuarantine(db, quarantineRecord('extension-storage', key, raw, result.reason, now()));
      // Remove only what was set aside: another page may have saved a good value meanwhile.
      if (JSON.stringify((await guarded(() => area.get(key)))[key]) === JSON.stringify(raw)) {
        await guarded(() => area.remove(key));
      }
      return item.defaults;
  }
}

/** Whether the item was ever saved: one never saved reads as its defaults, which a merge should not take for the user's choice. */
export async function isItemSaved<T>(item: VersionedItem<T>, { area = localArea() }: ItemDeps = {}): Promise<boolean> {
  return (await guarded(() => area.get(item.key)))[item.key] !== undefined;
}

export async function saveItem<T>(item: VersionedItem<T>, value: T, { area = localArea() }: ItemDeps = {}): Promise<T> {
  const checked = check(item.schema, value);
  if (!checked.ok) throw new StoreError('invalid', `Refused to save ${item.key}: ${checked.reason}`);
  await guarded(() => area.set({ [item.key]: toStored(item, checked.value) }));
  return checked.value;
}

/** One item's value, checked and in its stored form, to be written together with others. */
export interface ItemWrite {
  key: string;
  stored: Stored;
}

export function itemWrite<T>(item: VersionedItem<T>, value: T): ItemWrite {
  const checked = check(item.schema, value);
  if (!checked.ok) throw new StoreError('invalid', `Refused to save ${item.key}: ${checked.reason}`);
  return { key: item.key, stored: toStored(item, checked.value) };
}

/**
 * Writes several items in one call, then runs `alongside` (a write elsewhere
 * that belongs with them, such as an IndexedDB transaction). If that fails,
 * the items are put back as they were: the two stores change together or
 * not at all, as far as one browser profile allows.
 */
export async function saveItemsWith(writes: readonly ItemWrite[], alongside: () => Promise<void>, { area = localArea() }: ItemDeps = {}): Promise<void> {
  const keys = writes.map((w) => w.key);
  const before = await guarded(() => area.get(keys));
  await guarded(() => area.set(Object.fromEntries(writes.map((w) => [w.key, w.stored]))));
  try {
    await alongside();
  } catch (err) {
    const had = Object.fromEntries(Object.entries(before).filter(([, value]) => value !== undefined));
    await guarded(() => area.set(had));
    for (const key of keys.filter((k) => !(k in had))) await guarded(() => area.remove(key));
    throw err;
  }
}
