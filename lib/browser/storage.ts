// Keeps Primed's storage from being cleared, and asks the browser for the
// figures ./health.ts judges. Every call may be missing or refuse (a Chrome
// service worker has no persist(); test pages have no navigator.storage), so
// each falls back to "no" or "unknown".
//
// What the browsers really do with the unlimitedStorage permission (checked in
// Chromium and Firefox, see tests/e2e/chromium/storage.e2e.ts):
// - Chromium exempts the extension from eviction and lifts its quota to the
//   free disk space, but persist() stays false for an extension.
// - Firefox grants persist() without asking, and only then is the data kept
//   under storage pressure (and the quota grows): it has to be asked for.
import { browser } from 'wxt/browser';
import type { StorageFigures } from '../storage/health';

async function orNull<T>(read: () => Promise<T> | undefined): Promise<T | null> {
  try {
    return (await read()) ?? null;
  } catch {
    return null;
  }
}

/** Marks the storage persistent where the browser grants it; true when it is. */
export async function askToKeepStorage(): Promise<boolean> {
  // StorageManager is partly missing in workers and test pages, whatever the types say.
  const storage = navigator.storage as Partial<StorageManager> | undefined;
  if (await orNull(() => storage?.persisted?.())) return true;
  return (await orNull(() => storage?.persist?.())) === true;
}

/** Only Firefox has getBrowserInfo; elsewhere the permission itself exempts from eviction. */
function evictionExemptByPermission(): boolean {
  return typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo !== 'function';
}

async function isProtected(): Promise<boolean> {
  if (await askToKeepStorage()) return true;
  if (!evictionExemptByPermission()) return false;
  return (await orNull(() => browser.permissions.contains({ permissions: ['unlimitedStorage'] }))) === true;
}

export async function readStorageFigures(): Promise<StorageFigures> {
  // Asked first: in Firefox the quota grows once the storage is persistent.
  const persisted = await isProtected();
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  const [estimate, localBytes] = await Promise.all([
    orNull(() => (navigator.storage as Partial<StorageManager> | undefined)?.estimate?.()),
    orNull(() => local.getBytesInUse?.(null)),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted, localBytes };
}
