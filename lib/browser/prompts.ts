// Browser wiring for the just-in-time engine (used by the background): real
// alarms, notifications, the toolbar badge and the exercise window.
import { browser } from 'wxt/browser';
import { runtimeZone } from '../time/zone';
import { openFlowWindow, openPage } from './pages';
import { defaultDb } from '../store/db';
import {
  completePrompt,
  dismissPrompt,
  PROMPT_ALARM_PREFIX,
  reconcile,
  snoozePrompt,
  startPrompt,
  TIMER_WITHIN_MS,
  type PromptDeps,
} from '../prompts/engine';
import { loadPromptSettings, loadPromptState } from '../prompts/items';
import { PROGRAM_SECTION } from '../program/address';
import { planSection } from '../prep/address';
import { GOAL_REMINDER, PROGRAM_REMINDER, SELF_CHECK_REMINDER, SUPPORTERS_REMINDER } from '../prompts/reminders';
import { snoozeChoices } from '../planner/plan';
import type { PromptWords } from '../prompts/words';
import { TEST_WORDS } from '../prompts/words';
import { FLOW_IDS } from '../exercises/ids';

const NOTIFICATION_PREFIX = 'prompt:';
const TEST_NOTIFICATION = 'prompt-test';
/** Firefox shows no notification buttons; a click on the notification is how one starts there. */
const BUTTONS = !import.meta.env.FIREFOX;

export function promptDeps(): PromptDeps {
  return {
    db: defaultDb(),
    now: Date.now,
    timeZone: runtimeZone,
    random: Math.random,
    alarms: {
      getAll: () => browser.alarms.getAll(),
      create: (name, info) => browser.alarms.create(name, info),
      clear: (name) => browser.alarms.clear(name),
    },
    show: (prompt, words) => showNotification(`${NOTIFICATION_PREFIX}${prompt.triggerId}`, words),
    showReminder: async (id, words) => {
      await showNotification(`${NOTIFICATION_PREFIX}${id}`, words, { snoozable: false });
    },
    hide: async (triggerId) => {
      await browser.notifications.clear(`${NOTIFICATION_PREFIX}${triggerId}`);
    },
    setBadge: async (count) => {
      await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
      // The brand accent (--accent, light theme), the colour of the icon it sits on.
      await browser.action.setBadgeBackgroundColor({ color: '#a8432b' });
    },
    openFlow: openFlowWindow,
    openPlan: (eventKey) => openPage('journal', planSection(eventKey)),
  };
}

/** How long Firefox gets to say a notification appeared. */
const SHOWN_WAIT_MS = 3000;

/**
 * Shows a notification and says whether the user could see it. A prompt
 * offers Start and Snooze; a reminder (nothing to snooze to) is opened by a
 * click alone. Fails when the browser refuses to create it.
 */
async function showNotification(id: string, words: PromptWords, { snoozable = true } = {}): Promise<boolean> {
  // Firefox resolves `create` even with no notification service on the
  // desktop; only its onShown event means something appeared.
  const appeared = import.meta.env.FIREFOX ? shownWithin(id, SHOWN_WAIT_MS) : undefined;
  const created = await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: words.title,
    message: words.message,
    ...(BUTTONS && snoozable ? { buttons: [{ title: 'Start' }, { title: 'Snooze' }], requireInteraction: true } : {}),
  });
  if (appeared) return appeared;
  // Chrome knows whether the user or the system let its notifications through.
  const level = await browser.notifications.getPermissionLevel().catch(() => 'denied');
  return created === id && level === 'granted';
}

/** Firefox's notifications.onShown; Chrome has none, so the browser types lack it. */
interface ShownEvent {
  addListener(listener: (id: string) => void): void;
  removeListener(listener: (id: string) => void): void;
}

function shownWithin(id: string, ms: number): Promise<boolean> {
  const { onShown } = browser.notifications as { onShown?: ShownEvent };
  if (!onShown) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (seen: boolean) => {
      clearTimeout(timer);
      onShown.removeListener(listener);
      resolve(seen);
    };
    const listener = (shownId: string) => {
      if (shownId === id) done(true);
    };
    const timer = setTimeout(() => done(false), ms);
    onShown.addListener(listener);
  });
}

// The one timer for a prompt due in the next few seconds. The alarm stays the
// promise (it survives a stopped worker); the timer only keeps the minute.
let soon: ReturnType<typeof setTimeout> | undefined;

export async function reconcilePrompts(): Promise<unknown> {
  const result = await reconcile(promptDeps());
  clearTimeout(soon);
  soon = undefined;
  const wait = result.nextAt === undefined ? Infinity : result.nextAt - Date.now();
  if (wait <= TIMER_WITHIN_MS) {
    soon = setTimeout(() => void reconcilePrompts().catch(() => undefined), Math.max(0, wait) + 5);
  }
  return result;
}

/** A sample notification; says whether the browser confirmed that it appeared. */
export async function sendTestPrompt(): Promise<'shown' | 'unconfirmed' | 'blocked'> {
  // Sent again, a notification with the same id replaces the old one without "appearing" anew.
  await browser.notifications.clear(TEST_NOTIFICATION).catch(() => false);
  try {
    return (await showNotification(TEST_NOTIFICATION, TEST_WORDS)) ? 'shown' : 'unconfirmed';
  } catch {
    return 'blocked';
  }
}

/** Listeners for the engine's alarms and notifications; registered synchronously at worker start. */
export function registerPromptListeners(report: (err: unknown) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(PROMPT_ALARM_PREFIX)) void reconcilePrompts().catch(report);
  });
  browser.notifications.onClicked.addListener((id) => void onStart(id).catch(report));
  browser.notifications.onButtonClicked?.addListener((id, button) => {
    void (button === 0 ? onStart(id) : onSnooze(id)).catch(report);
  });
  // Firefox closes notifications on its own after a while and does not say
  // whether the user did: there, a prompt stays waiting in the popup instead.
  if (!import.meta.env.FIREFOX) {
    browser.notifications.onClosed.addListener((id, byUser) => {
      const triggerId = triggerOf(id);
      if (byUser === true && triggerId) void dismissPrompt(promptDeps(), triggerId).catch(report);
    });
  }
}

async function onStart(notificationId: string): Promise<void> {
  if (notificationId === TEST_NOTIFICATION) {
    await browser.notifications.clear(TEST_NOTIFICATION);
    await openFlowWindow({ flowId: FLOW_IDS.stress });
    return;
  }
  const triggerId = triggerOf(notificationId);
  if (triggerId?.startsWith(SELF_CHECK_REMINDER)) {
    await browser.notifications.clear(notificationId);
    await openFlowWindow({ flowId: FLOW_IDS.selfCheck });
  } else if (triggerId?.startsWith(SUPPORTERS_REMINDER)) {
    await browser.notifications.clear(notificationId);
    await openFlowWindow({ flowId: FLOW_IDS.reachOut });
  } else if (triggerId?.startsWith(GOAL_REMINDER)) {
    await browser.notifications.clear(notificationId);
    await openPage('journal', 'goals');
  } else if (triggerId?.startsWith(PROGRAM_REMINDER)) {
    await browser.notifications.clear(notificationId);
    await openPage('journal', PROGRAM_SECTION);
  } else if (triggerId) await startPrompt(promptDeps(), triggerId);
}

/** The notification's Snooze: the shortest choice that still makes sense; the popup's card offers them all. */
async function onSnooze(notificationId: string): Promise<void> {
  const triggerId = triggerOf(notificationId);
  if (!triggerId) return void (await browser.notifications.clear(notificationId));
  const deps = promptDeps();
  const [state, settings] = await Promise.all([loadPromptState(), loadPromptSettings()]);
  const pending = state.pending.find((p) => p.triggerId === triggerId);
  const first = pending ? snoozeChoices(pending, deps.now(), deps.timeZone(), settings.quietHours)[0] : undefined;
  if (!first || !(await snoozePrompt(deps, triggerId, first.id))) await dismissPrompt(deps, triggerId);
}

function triggerOf(notificationId: string): string | undefined {
  return notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) : undefined;
}

export { completePrompt, snoozePrompt, startPrompt };
