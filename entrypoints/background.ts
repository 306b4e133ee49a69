import '@/lib/zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FEED_SYNC_ALARM } from '@/lib/browser/feed-sync';
import { backgroundHandlers } from '@/lib/browser/handlers';
import { handleMessages } from '@/lib/browser/messaging';
import { reconcilePrompts, registerPromptListeners } from '@/lib/browser/prompts';
import { askToKeepStorage } from '@/lib/browser/storage';
import { onInstalled, onStartup, onStorageChanged, onSyncAlarm, report } from '@/lib/browser/worker';

// The worker keeps no state in memory: it can be stopped at any moment and
// started again by the next event. Every listener is registered synchronously
// here, before the first await, so that the event that woke it is delivered.
export default defineBackground(() => {
  handleMessages(backgroundHandlers);
  registerPromptListeners(report);

  browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(reason, import.meta.env.MODE));
  browser.runtime.onStartup.addListener(() => void onStartup());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_SYNC_ALARM) void onSyncAlarm();
  });
  browser.storage.onChanged.addListener((changes, area) => onStorageChanged(changes, area));
  // Firefox keeps the data under storage pressure only once asked (it grants
  // it at once, thanks to unlimitedStorage); Chrome's worker has nothing to ask.
  void askToKeepStorage();
  // Every time the worker starts: whatever woke it, prompts that came due
  // while it slept are caught up on (the engine decides each one only once).
  void reconcilePrompts().catch(report);
});
