import '@/lib/zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { enableDemoFeed, FEED_SYNC_ALARM, scheduleFeedSync, syncFeedsNow } from '@/lib/feeds/browser-sync';
import { deleteEverything } from '@/lib/delete-everything';
import { answerCheckIn, betweenRuns, skipCheckIn } from '@/lib/prompts/engine';
import { handleMessages } from '@/lib/messages';
import { promptSettingsItem, stakesItem } from '@/lib/prompts/items';
import { completePrompt, promptDeps, reconcilePrompts, registerPromptListeners, sendTestPrompt, snoozePrompt, startPrompt } from '@/lib/prompts/browser-prompts';
import { feedListItem } from '@/lib/feeds/feed-list';
import { programItem } from '@/lib/program/state';
import { openFlowWindow, openPage } from '@/lib/pages';
import { defaultDb } from '@/lib/store/db';
import { pruneDrafts } from '@/lib/store/drafts';
import { loadSettings, settingsItem } from '@/lib/store/settings';
import { askToKeepStorage } from '@/lib/storage/browser';

// The worker keeps no state in memory: it can be stopped at any moment and
// started again by the next event. Every listener is registered synchronously
// here, before the first await, so that the event that woke it is delivered.
export default defineBackground(() => {
  handleMessages({
    'page/open': async ({ page, section }) => {
      await openPage(page, section);
      return null;
    },
    'feeds/sync': async ({ feedId }) => {
      await syncFeedsNow({ force: true, ...(feedId ? { only: feedId } : {}) });
      return null;
    },
    'flow/open': async ({ flowId, eventKey, triggerId }) => {
      await openFlowWindow(flowId ? { flowId, ...(eventKey ? { eventKey } : {}), ...(triggerId ? { triggerId } : {}) } : undefined);
      return null;
    },
    'demo/enable': async () => {
      await enableDemoFeed();
      return null;
    },
    'prompt/start': async ({ triggerId }) => {
      await startPrompt(promptDeps(), triggerId);
      return null;
    },
    'prompt/snooze': async ({ triggerId, choice }) => {
      await snoozePrompt(promptDeps(), triggerId, choice);
      return null;
    },
    'prompt/completed': async ({ triggerId, entryId, readinessBefore, readinessAfter }) => {
      const ratings = { ...(readinessBefore === undefined ? {} : { readinessBefore }), ...(readinessAfter === undefined ? {} : { readinessAfter }) };
      await completePrompt(promptDeps(), triggerId, { entryId, ...ratings });
      return null;
    },
    'prompt/test': async () => ({ result: await sendTestPrompt() }),
    'checkin/answer': async ({ eventKey, capability, via }) => {
      await answerCheckIn(promptDeps(), eventKey, capability, via);
      return null;
    },
    'checkin/skip': async ({ eventKey }) => {
      await skipCheckIn(promptDeps(), eventKey);
      return null;
    },
    'data/delete-all': async () => {
      await betweenRuns(() => deleteEverything());
      // A fresh start, as after installing: the periodic sync alarm is back, with nothing to sync.
      await housekeeping();
      return null;
    },
  });
  registerPromptListeners(report);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openPage('welcome');
    void (async () => {
      await housekeeping();
      // The `npm start` build shows the demo calendar from the first minute.
      if (reason === 'install' && import.meta.env.MODE === 'demo') await enableDemoFeed();
      // Syncing plans the prompts too; if it fails, plan from what is stored.
      await syncFeedsNow().catch((err: unknown) => {
        report(err);
        return reconcilePrompts();
      });
    })().catch(report);
  });
  browser.runtime.onStartup.addListener(() => {
    void housekeeping()
      .then(() => syncFeedsNow())
      .catch((err: unknown) => {
        report(err);
        return reconcilePrompts();
      })
      .catch(report);
  });
  // Firefox keeps the data under storage pressure only once asked (it grants
  // it at once, thanks to unlimitedStorage); Chrome's worker has nothing to ask.
  void askToKeepStorage();
  // Every time the worker starts: whatever woke it, prompts that came due
  // while it slept are caught up on (the engine decides each one only once).
  void reconcilePrompts().catch(report);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== FEED_SYNC_ALARM) return;
    // Alarms may not survive a restart or an update: every firing also makes
    // sure the periodic one is in place.
    void syncFeedsNow()
      .catch((err: unknown) => {
        report(err);
        return reconcilePrompts();
      })
      .catch(report)
      .then(() => scheduleFeedSync())
      .catch(report);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    if (changes[settingsItem.key]) void scheduleFeedSync().catch(report);
    // New marks, rules, moments, prompt settings or feeds: plan again. (The
    // engine's own bookkeeping changes too, but that needs no new plan.)
    if (changes[stakesItem.key] || changes[promptSettingsItem.key] || changes[feedListItem.key]) void reconcilePrompts().catch(report);
    // The 30-day program's reminder moves with each task done, pause and new time.
    else if (changes[programItem.key]) void reconcilePrompts().catch(report);
  });
});

/** Brings stored data up to date: settings to the current format, stale drafts gone, the sync alarm set. */
async function housekeeping(): Promise<void> {
  try {
    await loadSettings();
    await pruneDrafts(defaultDb(), Date.now());
    await scheduleFeedSync();
  } catch (err) {
    report(err);
  }
}

// Pages report storage problems to the user when they meet them; the worker
// has no one to tell, so it only leaves a trace for debugging. Errors here
// never carry a feed address (fetch outcomes are typed, not messages).
function report(err: unknown): void {
  console.warn('Primed background task failed:', err instanceof Error ? err.name : 'error');
}
