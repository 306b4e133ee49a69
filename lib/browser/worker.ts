// What the background worker does when the browser wakes it, apart from the
// listeners themselves (entrypoints/background.ts registers those): keeping
// stored data current, syncing with a fallback, and which stored changes call
// for a new plan.
import { feedListItem } from '../feeds/feed-list';
import { programItem } from '../program/state';
import { promptSettingsItem, stakesItem } from '../prompts/items';
import { defaultDb } from '../store/db';
import { pruneDrafts } from '../store/drafts';
import { loadSettings, settingsItem } from '../store/settings';
import { enableDemoFeed, scheduleFeedSync, syncFeedsNow } from './feed-sync';
import { openPage } from './pages';
import { reconcilePrompts } from './prompts';

/**
 * Pages report storage problems to the user when they meet them; the worker
 * has no one to tell, so it only leaves a trace for debugging. Errors here
 * never carry a feed address (fetch outcomes are typed, not messages).
 */
export function report(err: unknown): void {
  console.warn('Primed background task failed:', err instanceof Error ? err.name : 'error');
}

/** Brings stored data up to date: settings to the current format, stale drafts gone, the sync alarm set. */
export async function housekeeping(): Promise<void> {
  try {
    await loadSettings();
    await pruneDrafts(defaultDb(), Date.now());
    await scheduleFeedSync();
  } catch (err) {
    report(err);
  }
}

/** Syncing plans the prompts too; when it fails, plan from what is stored. Never throws. */
async function syncOrPlanFromStore(): Promise<void> {
  await syncFeedsNow()
    .catch((err: unknown) => {
      report(err);
      return reconcilePrompts();
    })
    .catch(report);
}

/** A first install opens the welcome page; the `npm start` build turns the demo calendar on from the first minute. */
export async function onInstalled(reason: string, mode: string): Promise<void> {
  if (reason === 'install') void openPage('welcome').catch(report);
  await housekeeping();
  if (reason === 'install' && mode === 'demo') await enableDemoFeed().catch(report);
  await syncOrPlanFromStore();
}

export async function onStartup(): Promise<void> {
  await housekeeping();
  await syncOrPlanFromStore();
}

/** The periodic sync. Alarms may not survive a restart or an update: every firing also makes sure the next is in place. */
export async function onSyncAlarm(): Promise<void> {
  await syncOrPlanFromStore();
  await scheduleFeedSync().catch(report);
}

/**
 * Stored changes that call for work: a new sync interval moves the alarm; new
 * marks, rules, moments, prompt settings, feeds or program progress call for a new plan. (The
 * engine's own bookkeeping changes too, but that needs no new plan.)
 */
export function onStorageChanged(changes: Record<string, unknown>, area: string): void {
  if (area !== 'local') return;
  if (changes[settingsItem.key]) void scheduleFeedSync().catch(report);
  if (REPLAN_KEYS.some((key) => changes[key])) void reconcilePrompts().catch(report);
}

// The 30-day program's reminder moves with each task done, a pause and a new time.
const REPLAN_KEYS = [stakesItem.key, promptSettingsItem.key, feedListItem.key, programItem.key];
