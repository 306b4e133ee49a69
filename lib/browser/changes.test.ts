import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { DataArea } from '../messages';
import { storedItems } from '../store/catalogue';
import { AREA_OF_ITEM, onDataChanged } from './changes';
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
    const heard = listen(['prompts', 'feeds']);
    await fakeBrowser.storage.local.set({ stakes: { version: 1, value: {} } });
    await fakeBrowser.storage.local.set({ settings: { version: 1, value: {} } });
    await fakeBrowser.storage.local.set({ feeds: { version: 1, value: [] } });
    expect(heard).toEqual(['prompts', 'feeds']);
  });

  it('calls once for one write that changes several items of an area', async () => {
    const heard = listen(['prompts']);
    await fakeBrowser.storage.local.set({ promptSettings: { version: 1, value: {} }, promptState: { version: 1, value: {} } });
    expect(heard).toEqual(['prompts']);
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
