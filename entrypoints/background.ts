import '@/lib/zod';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { handleMessages } from '@/lib/messages';
import { openPage } from '@/lib/pages';
import { defaultDb } from '@/lib/store/db';
import { pruneDrafts } from '@/lib/store/drafts';
import { loadSettings } from '@/lib/store/settings';

// The worker keeps no state in memory: it can be stopped at any moment and
// started again by the next event. Every listener is registered synchronously
// here, before the first await, so that the event that woke it is delivered.
export default defineBackground(() => {
  handleMessages({
    'page/open': async ({ page, section }) => {
      await openPage(page, section);
      return null;
    },
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openPage('welcome');
    void housekeeping();
  });
  browser.runtime.onStartup.addListener(() => void housekeeping());
});

/** Brings stored data up to date: settings to the current format, stale drafts gone. */
async function housekeeping(): Promise<void> {
  try {
    await loadSettings();
    await pruneDrafts(defaultDb(), Date.now());
  } catch (err) {
    // Pages report storage problems to the user when they meet them; the
    // worker has no one to tell, so it only leaves a trace for debugging.
    console.warn('Primed housekeeping failed:', err);
  }
}
