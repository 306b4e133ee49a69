import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DataArea } from '../messages';
import { storedItems } from '../store/catalogue';
import { loadSettings, updateSettings } from '../store/settings';
import { freshDb } from '../../tests/unit/helpers';
import { AREA_OF_ITEM, onDataChanged, onDataRead } from './changes';
import { notify } from './messaging';

const stops: (() => void)[] = [];
function listen(areas: DataArea[]): DataArea[] {
  const heard: DataArea[] = [];
  stops.push(onDataChanged(areas, (area) => heard.push(area)));
  return heard;
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  fakeBrowser.reset();
});

describe('onDataChanged', () => {
  it('hears a data/changed message for an area it asked for, and only those', async () => {
    const heard = listen(['entries', 'quarantine']);
    await notify('data/changed', { area: 'entries' });
    await notify('data/changed', { area: 'feeds' });
    await notify('data/changed', { area: 'quarantine' });
    expect(heard).toEqual(['entries', 'quarantine']);
  });

  it('hears a storage item change as the area of that item', async () => {
    const heard = listen(['stakes', 'feeds']);
    await fakeBrowser.storage.local.set({ stakes: { version: 1, value: {} } });
    await fakeBrowser.storage.local.set({ settings: { version: 1, value: {} } });
    await fakeBrowser.storage.local.set({ promptState: { version: 1, value: {} } });
    await fakeBrowser.storage.local.set({ feeds: { version: 1, value: [] } });
    expect(heard).toEqual(['stakes', 'feeds']);
  });

  it('calls once per area, in the order asked for, for one write that changes several items', async () => {
    const heard = listen(['promptState', 'promptSettings']);
    await fakeBrowser.storage.local.set({ promptSettings: { version: 1, value: {} }, promptState: { version: 1, value: {} } });
    expect(heard).toEqual(['promptState', 'promptSettings']);
  });

  it('ignores other storage areas and keys no item uses', async () => {
    const heard = listen(['settings']);
    await fakeBrowser.storage.sync.set({ settings: { version: 1, value: {} } });
    await fakeBrowser.storage.local.set({ elsewhere: 1 });
    expect(heard).toEqual([]);
  });

  it('hears both kinds of change in one subscription, and nothing once stopped', async () => {
    const heard: DataArea[] = [];
    const stop = onDataChanged(['feeds'], (area) => heard.push(area));
    await notify('data/changed', { area: 'feeds' });
    await fakeBrowser.storage.local.set({ feeds: { version: 1, value: [] } });
    expect(heard).toEqual(['feeds', 'feeds']);
    stop();
    await notify('data/changed', { area: 'feeds' });
    await fakeBrowser.storage.local.set({ feeds: { version: 1, value: [{}] } });
    expect(heard).toEqual(['feeds', 'feeds']);
  });

  it('knows the area of every item the storage catalogue lists', () => {
    expect(Object.keys(AREA_OF_ITEM).sort()).toEqual(Object.keys(storedItems).sort());
    for (const [name, { item }] of Object.entries(storedItems)) expect(AREA_OF_ITEM[item.key], name).toBeDefined();
  });
});

describe('onDataRead', () => {
  it('hands over the stored value after any page changes it, and nothing once stopped', async () => {
    const db = freshDb();
    const seen: boolean[] = [];
    const stop = onDataRead('settings', () => loadSettings({ db }), (s) => seen.push(s.showStreak));
    await updateSettings({ showStreak: false }, { db });
    await expect.poll(() => seen).toEqual([false]);
    stop();
    await updateSettings({ showStreak: true }, { db });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([false]);
  });

  it('never lets a slow earlier read put back an older value', async () => {
    const releases: ((value: string) => void)[] = [];
    const seen: string[] = [];
    stops.push(onDataRead('values', () => new Promise<string>((resolve) => releases.push(resolve)), (v) => seen.push(v)));
    await notify('data/changed', { area: 'values' });
    await notify('data/changed', { area: 'values' });
    expect(releases).toHaveLength(2);
    releases[1]!('newer');
    releases[0]!('older');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['newer']);
  });
});
