// Settings migrations, one per format step. To change the settings shape:
// bump SETTINGS_VERSION in settings.ts, add a Migration here with `from` set to
// the old version, and add tests/fixtures/settings/v<from>-before.json and
// v<from+1>-after.json; the migration test checks every step against them.
import type { Migration } from './versioned';

export const settingsMigrations: readonly Migration[] = [
  {
    from: 1,
    describe: 'calendar feeds: a 15-minute sync interval, no own addresses yet',
    migrate: (value) => ({ ...(value as object), syncIntervalMinutes: 15, selfEmails: [] }),
  },
];
