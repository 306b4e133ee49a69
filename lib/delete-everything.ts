// "Delete all my data": everything Primed keeps in this browser profile, and
// the access to calendar servers the user granted. Browser wiring, run by the
// background so that nothing it does in the meantime writes any of it back.
import { browser } from 'wxt/browser';
import { clearAllRecords, defaultDb } from './store/db';

export async function deleteEverything(): Promise<void> {
  await browser.alarms.clearAll();
  const shown = await browser.notifications.getAll().catch(() => ({}));
  await Promise.all(Object.keys(shown).map((id) => browser.notifications.clear(id)));
  await browser.action.setBadgeText({ text: '' });
  await clearAllRecords(defaultDb());
  await browser.storage.local.clear();
  // Only what the user granted at run time; the manifest's own permissions cannot be (and need not be) given back.
  const { origins = [] } = await browser.permissions.getAll();
  const granted = origins.filter((origin) => !(browser.runtime.getManifest().host_permissions ?? []).includes(origin));
  if (granted.length > 0) await browser.permissions.remove({ origins: granted });
}
