// The background's answer to each message a page sends (lib/messages.ts).
import { answerCheckIn, betweenRuns, skipCheckIn } from '../prompts/engine';
import { deleteEverything } from './delete-everything';
import { enableDemoFeed, syncFeedsNow } from './feed-sync';
import type { Handlers } from './messaging';
import { openFlowWindow, openPage } from './pages';
import { completePrompt, promptDeps, sendTestPrompt, snoozePrompt, startPrompt } from './prompts';
import { housekeeping } from './worker';

export const backgroundHandlers: Handlers = {
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
};
