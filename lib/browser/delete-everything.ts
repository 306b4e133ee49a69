// "Delete all my data": everything Primed keeps in this browser profile, and
// the access to calendar servers the user granted. Run by the background so
// that nothing it does in the meantime writes any of it back.
import { browser } from 'wxt/browser';
import { clearAllRecords, defaultDb, type Db } from '../store/db';

/** The parts of the extension API that deleting touches (the real `browser` in use). */
export interface DeletionApi {
  alarms: { clearAll(): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<unknown> };
  action: { setBadgeText(details: { text: string }): Promise<void> };
  storage: { local: { clear(): Promise<void> } };
  permissions: { getAll(): Promise<{ origins?: string[] }>; remove(permissions: { origins: string[] }): Promise<boolean> };
  runtime: { getManifest(): object };
}

export async function deleteEverything(api: DeletionApi = browser, db: Db = defaultDb()): Promise<void> {
  await api.alarms.clearAll();
  const shown = await api.notifications.getAll().catch(() => ({}));
  await Promise.all(Object.keys(shown).map((id) => api.notifications.clear(id)));
  await api.action.setBadgeText({ text: '' });
  // The whole store and the whole area, not the catalogue's entries one by one: nothing, listed or not, is left behind.
  await clearAllRecords(db);
  await api.storage.local.clear();
  // Only what the user granted at run time; the manifest's own permissions cannot be (and need not be) given back.
  const { origins = [] } = await api.permissions.getAll();
  const manifest = api.runtime.getManifest();
  const declared: unknown[] = 'host_permissions' in manifest && Array.isArray(manifest.host_permissions) ? manifest.host_permissions : [];
  const granted = origins.filter((origin) => !declared.includes(origin));
  if (granted.length > 0) await api.permissions.remove({ origins: granted });
}
