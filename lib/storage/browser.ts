// Asks the browser for the figures ./health.ts judges. Every call may be
// missing or refuse (Firefox has no bytes-in-use count for storage.local;
// test pages have no navigator.storage), so each falls back to "unknown".
import { browser } from 'wxt/browser';
import type { StorageFigures } from './health';

async function orNull<T>(read: () => Promise<T> | undefined): Promise<T | null> {
  try {
    return (await read()) ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the browser keeps Primed's data when space runs low. Firefox turns
 * the unlimitedStorage permission into persistent storage, so persisted() is
 * true there. Chrome never grants persist() to an extension, but exempts one
 * holding unlimitedStorage from eviction, so the granted permission counts.
 */
async function isProtected(): Promise<boolean> {
  const persisted = await orNull(() => navigator.storage?.persisted());
  if (persisted) return true;
  return (await orNull(() => browser.permissions.contains({ permissions: ['unlimitedStorage'] }))) === true;
}

export async function readStorageFigures(): Promise<StorageFigures> {
  const local = browser.storage.local as { getBytesInUse?: (keys: null) => Promise<number> };
  const [estimate, persisted, localBytes] = await Promise.all([
    orNull(() => navigator.storage?.estimate()),
    isProtected(),
    orNull(() => local.getBytesInUse?.(null)),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted, localBytes };
}
