import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDb } from '../../tests/unit/helpers';
import { listQuarantined } from './quarantine';
import { loadSettings, SETTINGS_VERSION, settingsItem, updateSettings } from './settings';
import { settingsMigrations } from './settings-migrations';
import { readVersioned } from './versioned';

const fixtures = join(__dirname, '../../tests/fixtures/settings');
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'));

describe('settings', () => {
  it('are the defaults on first run, without writing anything', async () => {
    const db = freshDb();
    expect(await loadSettings({ db })).toEqual(settingsItem.defaults);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('save and load through extension storage', async () => {
    const db = freshDb();
    await updateSettings({ showStreak: false }, { db });
    expect(await loadSettings({ db })).toEqual({ ...settingsItem.defaults, showStreak: false });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({
      version: SETTINGS_VERSION,
      value: { ...settingsItem.defaults, showStreak: false },
    });
  });

  it('from an older format are migrated on load and written back', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ settings: fixture('v1-before.json') });
    const loaded = await loadSettings({ db });
    expect(loaded).toEqual((fixture('v2-after.json') as { value: unknown }).value);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(fixture('v2-after.json'));
  });

  it('refuse an invalid value', async () => {
    const db = freshDb();
    // @ts-expect-error: the wrong type on purpose
    await expect(updateSettings({ showStreak: 'yes' }, { db })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('that cannot be read go to quarantine, and the defaults take over', async () => {
    const db = freshDb();
    const damaged = { version: 2, value: { ...settingsItem.defaults, showStreak: 'sometimes' } };
    await fakeBrowser.storage.local.set({ settings: damaged });
    expect(await loadSettings({ db, now: () => 42 })).toEqual(settingsItem.defaults);
    const [record] = await listQuarantined(db);
    expect(record).toMatchObject({ origin: 'extension-storage', key: 'settings', raw: damaged, quarantinedAt: 42 });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

});

describe('settings migrations', () => {
  it('the current format has a fixture that reads cleanly', () => {
    const current = fixture(`v${SETTINGS_VERSION}.json`);
    expect(readVersioned(settingsItem, current)).toMatchObject({ kind: 'ok' });
  });

  it('there is one migration per step, each with a before and after fixture', () => {
    const steps = settingsMigrations.map((m) => m.from).sort((a, b) => a - b);
    expect(steps).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 1));
    const files = readdirSync(fixtures);
    for (const step of steps) {
      expect(files).toContain(`v${step}-before.json`);
      expect(files).toContain(`v${step + 1}-after.json`);
    }
  });

  it.each(settingsMigrations.map((m) => [m.from, m] as const))('step from format %i gives its after fixture', (from, migration) => {
    const before = fixture(`v${from}-before.json`) as { value: unknown };
    const after = fixture(`v${from + 1}-after.json`) as { value: unknown };
    expect(migration.migrate(before.value)).toEqual(after.value);
  });
});
