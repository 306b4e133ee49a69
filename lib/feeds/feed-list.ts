// The user's calendar feeds, kept apart from the settings so that pages that
// never show feeds (the toolbar popup) never load their schema.
import { loadItem, saveItem, type ItemDeps } from '../store/local-item';
import type { VersionedItem } from '../store/versioned';
import { z } from '../zod';
import { MAX_FEEDS } from '../limits';
import { Feed } from './feed';

export const feedListItem: VersionedItem<Feed[]> = {
  key: 'feeds',
  version: 1,
  schema: z.array(Feed).check(z.maxLength(MAX_FEEDS)),
  defaults: [],
  migrations: [],
};

export function loadFeeds(deps: ItemDeps = {}): Promise<Feed[]> {
  return loadItem(feedListItem, deps);
}

export function saveFeeds(feeds: Feed[], deps: ItemDeps = {}): Promise<Feed[]> {
  return saveItem(feedListItem, feeds, deps);
}

/** Applies a change to the list as it is now, and saves it. */
export async function changeFeeds(change: (feeds: Feed[]) => Feed[], deps: ItemDeps = {}): Promise<Feed[]> {
  return saveFeeds(change(await loadFeeds(deps)), deps);
}

