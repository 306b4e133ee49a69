// Browser wiring for feed sync (used by the background): real fetch, real
// permissions, the stored feed list and settings, and the periodic alarm.
import { browser } from 'wxt/browser';
import { runtimeZone } from '../time/zone';
import { hasOrigin } from './permissions';
import { notify } from './messaging';
import { reconcilePrompts } from './prompts';
import { defaultDb } from '../store/db';
import { loadSettings, updateSettings } from '../store/settings';
import { changeFeeds, loadFeeds } from '../feeds/feed-list';
import { fetchFeed } from '../feeds/fetch-feed';
import { DEMO_FEED_ID, type Feed } from '../feeds/model';
import { addressesRevealedBy, syncFeeds } from '../feeds/sync';

export const FEED_SYNC_ALARM = 'feeds-sync';

export async function syncFeedsNow(options: { force?: boolean; only?: string } = {}): Promise<void> {
  const [feeds, settings] = await Promise.all([loadFeeds(), loadSettings()]);
  const results = await syncFeeds(
    feeds,
    {
      db: defaultDb(),
      now: Date.now(),
      timeZone: runtimeZone(),
      selfEmails: settings.selfEmails,
      fetchFeed,
      hasPermission: hasOrigin,
    },
    options,
  );
  // Prefill the user's own addresses where a feed reveals them; they can change them in the settings.
  const revealed = addressesRevealedBy(results);
  if (settings.selfEmails.length === 0 && revealed.length > 0) {
    await updateSettings({ selfEmails: revealed });
    // Read the feeds again knowing whose calendar it is, so declined events drop out now.
    return syncFeedsNow(options);
  }
  await notify('data/changed', { area: 'feeds' });
  // New, moved or removed events: the prompts follow them.
  await reconcilePrompts();
}

/** Makes the periodic sync alarm match the setting; idempotent. */
export async function scheduleFeedSync(): Promise<void> {
  const { syncIntervalMinutes } = await loadSettings();
  const existing = await browser.alarms.get(FEED_SYNC_ALARM);
  if (existing?.periodInMinutes === syncIntervalMinutes) return;
  await browser.alarms.create(FEED_SYNC_ALARM, { periodInMinutes: syncIntervalMinutes, delayInMinutes: syncIntervalMinutes });
}

export async function enableDemoFeed(): Promise<void> {
  await changeFeeds((feeds) => {
    if (feeds.some((f) => f.id === DEMO_FEED_ID)) {
      return feeds.map((f) => (f.id === DEMO_FEED_ID ? { ...f, enabled: true } : f));
    }
    const demo: Feed = { id: DEMO_FEED_ID, name: 'Primed demo', source: { kind: 'demo' }, enabled: true, addedAt: Date.now() };
    return [...feeds, demo];
  });
  await syncFeedsNow({ force: true, only: DEMO_FEED_ID });
}
