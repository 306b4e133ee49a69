// The one way a page hears that data it shows has changed, wherever the data
// lives. Nothing in the browser reports IndexedDB writes to other pages, so
// the writer announces them with a `data/changed` message; storage.local
// items are reported by the browser itself. A page names the areas it shows
// and refreshes them, without knowing which store holds them.
import { browser } from 'wxt/browser';
import type { DataArea } from '../messages';
import { handleMessages } from './messaging';

/** The area of each storage.local item (the keys of lib/store/catalogue.ts's storedItems). */
export const AREA_OF_ITEM: Readonly<Record<string, DataArea>> = {
  settings: 'settings',
  values: 'values',
  supporters: 'supporters',
  feeds: 'feeds',
  stakes: 'stakes',
  promptSettings: 'promptSettings',
  promptState: 'promptState',
  program: 'program',
};

/**
 * Calls `callback` with the area whenever another page or the background
 * changes data in one of `areas` (and, for storage items, this page too).
 * Returns the way to stop listening.
 */
export function onDataChanged(areas: readonly DataArea[], callback: (area: DataArea) => void): () => void {
  const wanted = new Set(areas);
  const unhandle = handleMessages({
    'data/changed': ({ area }) => {
      if (wanted.has(area)) callback(area);
      return null;
    },
  });
  const onStorage = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'local') return;
    const heard = new Set(Object.keys(changes).map((key) => AREA_OF_ITEM[key]));
    // One call per area, in the order asked for, even when one write changed several of its items.
    for (const area of wanted) if (heard.has(area)) callback(area);
  };
  browser.storage.onChanged.addListener(onStorage);
  return () => {
    unhandle();
    browser.storage.onChanged.removeListener(onStorage);
  };
}

/**
 * Keeps a page's copy of stored data fresh: `read` runs after every change to
 * `area`, and only the latest read's value reaches `take`, so a slow read
 * never puts back an older value over a newer one.
 */
export function onDataRead<T>(area: DataArea, read: () => Promise<T>, take: (value: T) => void): () => void {
  let latest = 0;
  return onDataChanged([area], () => {
    const mine = ++latest;
    read().then(
      (value) => {
        if (mine === latest) take(value);
      },
      () => undefined,
    );
  });
}
