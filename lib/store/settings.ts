// User settings, in extension storage (small, read by every page and the
// background). Declared once: schema, default, version, migrations.
import { z } from '../zod';
import { loadItem, saveItem, type ItemDeps } from './local-item';
import { settingsMigrations } from './settings-migrations';
import type { VersionedItem } from './versioned';
import { EMAIL_MAX, MAX_EMAILS } from '../limits';

export const Settings = z.object({
  /** Some people find a streak motivating, others find it a pressure; the popup hides it when false. */
  showStreak: z.boolean(),
  /** Minutes between background syncs of the feeds. */
  syncIntervalMinutes: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 5 && n <= 24 * 60, 'whole minutes from 5 to 1440')),
  /** The user's own addresses: events they declined are left out. */
  selfEmails: z.array(z.string().check(z.maxLength(EMAIL_MAX))).check(z.maxLength(MAX_EMAILS)),
});
export type Settings = z.infer<typeof Settings>;

export const SETTINGS_VERSION = 2;

export const settingsItem: VersionedItem<Settings> = {
  key: 'settings',
  version: SETTINGS_VERSION,
  schema: Settings,
  defaults: { showStreak: true, syncIntervalMinutes: 15, selfEmails: [] },
  migrations: settingsMigrations,
};

type SettingsDeps = ItemDeps;

export function loadSettings(deps: SettingsDeps = {}): Promise<Settings> {
  return loadItem(settingsItem, deps);
}

export async function updateSettings(patch: Partial<Settings>, deps: SettingsDeps = {}): Promise<Settings> {
  return saveItem(settingsItem, { ...(await loadSettings(deps)), ...patch }, deps);
}

