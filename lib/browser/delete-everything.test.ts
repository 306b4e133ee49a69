import { describe, expect, it } from 'vitest';
import { allKeys, freshDb } from '../../tests/unit/helpers';
import { deleteEverything, type DeletionApi } from './delete-everything';
import { saveGoal } from '../goals/store';
import { newGoal } from '../goals/model';
import { saveEntry } from '../store/entries';
import { newWin, WinEntry } from '../wins/model';

/** The browser as deleting sees it, recording what was asked of it. */
function fakeApi() {
  const calls: string[] = [];
  let origins = ['http://127.0.0.1/*', 'https://calendar.google.com/*', 'https://p01-caldav.icloud.com/*'];
  // The 30-day program is one of the items kept here; it goes with the rest.
  let local: Record<string, unknown> = { settings: { version: 2 }, stakes: { version: 1 }, program: { version: 1 } };
  const api: DeletionApi = {
    alarms: { clearAll: async () => calls.push('alarms cleared') },
    notifications: {
      getAll: async () => ({ 'prompt:ready|x': {}, 'selfcheck@1': {} }),
      clear: async (id) => calls.push(`notification ${id} cleared`),
    },
    action: { setBadgeText: async ({ text }) => void calls.push(`badge "${text}"`) },
    storage: { local: { clear: async () => void (local = {}) } },
    permissions: {
      getAll: async () => ({ origins }),
      remove: async (p) => {
        origins = origins.filter((o) => !p.origins.includes(o));
        calls.push(`gave back ${p.origins.join(', ')}`);
        return true;
      },
    },
    runtime: { getManifest: () => ({ manifest_version: 3, host_permissions: ['http://127.0.0.1/*'] }) },
  };
  return { api, calls, origins: () => origins, local: () => local };
}

describe('deleteEverything', () => {
  it('clears records, storage, alarms, notifications and the badge, and gives back only the calendar access granted at run time', async () => {
    const db = freshDb();
    await saveEntry(db, WinEntry, newWin('Spoke up', Date.now()));
    await saveGoal(db, newGoal(Date.now()));
    const fake = fakeApi();

    await deleteEverything(fake.api, db);

    expect(await allKeys(db)).toEqual([]);
    expect(fake.local()).toEqual({});
    expect(fake.calls).toEqual([
      'alarms cleared',
      'notification prompt:ready|x cleared',
      'notification selfcheck@1 cleared',
      'badge ""',
      'gave back https://calendar.google.com/*, https://p01-caldav.icloud.com/*',
    ]);
    expect(fake.origins()).toEqual(['http://127.0.0.1/*']);
  });

  it('asks to give nothing back when nothing was granted', async () => {
    const fake = fakeApi();
    fake.api.permissions.getAll = async () => ({ origins: ['http://127.0.0.1/*'] });
    await deleteEverything(fake.api, freshDb());
    expect(fake.calls.some((c) => c.startsWith('gave back'))).toBe(false);
  });
});
