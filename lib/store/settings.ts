// User settings, in extension storage (small, read by every page and the
// background). Declared once: schema, default, version, migrations.
import { browser } from 'wxt/browser';
import { z } from '../zod';
import { defaultDb, type Db } from './db';
import { guarded, StoreError } from './errors';
import { keepInQuarantine, quarantineRecord } from './quarantine';
import { settingsMigrations } from './settings-migrations';
import { check } from './validate';
import { readVersioned, toStored, type VersionedItem } from './versioned';

export const Settings = z.object({
  /** Some people find a streak motivating, others find it a pressure; the popup hides it when false. */
  showStreak: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_VERSION = 1;

export const settingsItem: VersionedItem<Settings> = {
  key: 'settings',
  version: SETTINGS_VERSION,
  schema: Settings,
  defaults: { showStreak: true },
  migrations: settingsMigrations,
};

/** The part of browser.storage.local that settings use; the fake browser in unit tests has it too. */
export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface SettingsDeps {
  area?: StorageArea;
  db?: Db;
  now?: () => number;
}

function localArea(): StorageArea {
  return browser.storage.local;
}

/**
 * Reads the settings, migrating them if they are from an older format. Settings
 * that cannot be read are copied to quarantine before the defaults take over,
 * so the user can still see and export what they had.
 */
export async function loadSettings({ area = localArea(), db = defaultDb(), now = Date.now }: SettingsDeps = {}): Promise<Settings> {
  const { key } = settingsItem;
  const raw = (await guarded(() => area.get(key)))[key];
  const result = readVersioned(settingsItem, raw);
  switch (result.kind) {
    case 'missing':
      return result.value;
    case 'ok':
      if (result.migratedFrom !== undefined) {
        await guarded(() => area.set({ [key]: toStored(settingsItem, result.value) }));
      }
      return result.value;
    case 'invalid':
      await keepInQuarantine(db, quarantineRecord('extension-storage', key, raw, result.reason, now()));
      // Remove only what was set aside: another page may have saved good settings meanwhile.
      if (JSON.stringify((await guarded(() => area.get(key)))[key]) === JSON.stringify(raw)) {
        await guarded(() => area.remove(key));
      }
      return settingsItem.defaults;
  }
}

export async function updateSettings(patch: Partial<Settings>, deps: SettingsDeps = {}): Promise<Settings> {
  const { area = localArea() } = deps;
  const next = { ...(await loadSettings(deps)), ...patch };
  const checked = check(Settings, next);
  if (!checked.ok) throw new StoreError('invalid', `Refused to save settings: ${checked.reason}`);
  await guarded(() => area.set({ [settingsItem.key]: toStored(settingsItem, checked.value) }));
  return checked.value;
}

/** Calls `listener` with the new settings whenever any page or the background changes them. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    const change = changes[settingsItem.key];
    if (areaName !== 'local' || !change) return;
    const result = readVersioned(settingsItem, change.newValue);
    listener(result.kind === 'invalid' ? settingsItem.defaults : result.value);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
