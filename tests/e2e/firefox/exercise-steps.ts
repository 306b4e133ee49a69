// Answering an exercise in Firefox through the labels a screen reader would announce.
import type { KeyInput, Page } from 'puppeteer-core';
import { goToExtensionPage } from './harness';

/**
 * Opens exercise `flowId` on an extension page (for the event `eventKey`, as
 * a prompt would) and begins it from the keyboard (Enter on "Begin"), up to
 * its first step's heading.
 */
export async function openAndBegin(page: Page, flowId: string, firstHeading: string, eventKey?: string): Promise<void> {
  await goToExtensionPage(page, `/flow.html?flow=${flowId}${eventKey ? `&event=${encodeURIComponent(eventKey)}` : ''}`);
  await page.waitForSelector('.flow-begin');
  await page.focus('.flow-begin');
  await page.keyboard.press('Enter');
  await waitForHeading(page, firstHeading);
}

export async function heading(page: Page): Promise<string> {
  return page.$eval('h1', (h) => h.textContent ?? '');
}

export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, {}, text);
}

/** The control whose label reads exactly `label`, the way assistive technology finds it. */
export async function byLabel(page: Page, label: string) {
  await page.waitForFunction((l) => [...document.querySelectorAll('label')].some((e) => e.textContent === l), {}, label);
  const id = await page.evaluate((l) => [...document.querySelectorAll('label')].find((e) => e.textContent === l)!.htmlFor, label);
  const control = await page.$(`[id="${id}"]`);
  if (!control) throw new Error(`No control labelled ${label}`);
  return control;
}

export async function type(page: Page, label: string, text: string): Promise<void> {
  await (await byLabel(page, label)).type(text);
}

/** From unset, an arrow lands on the middle (50); each further arrow moves one step of 5. */
export async function rate(page: Page, label: string, steps: number): Promise<void> {
  const slider = await byLabel(page, label);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
}

/** On a whole-number scale of ten or fewer points, a digit names its value (0 for 10); returns what the slider then announces. */
export async function rateWithDigit(page: Page, label: string, digit: string): Promise<string | null> {
  const slider = await byLabel(page, label);
  await slider.focus();
  await page.keyboard.press(digit as KeyInput);
  return slider.evaluate((s) => s.getAttribute('aria-valuetext'));
}

/**
 * The names of the step's sliders, in order, as a screen reader announces
 * them: each label's words, checked to be the slider's accessible name.
 */
export async function sliderNames(page: Page): Promise<string[]> {
  const sliders = await page.$$('::-p-aria([role="slider"])');
  const names = await Promise.all(sliders.map((s) => s.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')));
  for (const name of names) {
    const named = await page.$$(`::-p-aria([role="slider"][name="${name}"])`);
    if (named.length !== 1) throw new Error(`Expected one slider named “${name}”, found ${named.length}`);
  }
  return names;
}

/** "Back", pressed from the keyboard, to the step before. */
export async function back(page: Page): Promise<void> {
  const before = await heading(page);
  await page.focus('.flow-nav button[type="button"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b, {}, before);
}

export async function onward(page: Page): Promise<void> {
  const before = await heading(page);
  await page.click('.flow-nav button[type="submit"]');
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b || document.querySelector('[role="alert"]'), {}, before);
}

/** Moves on from the keyboard alone: Tab from the focused field to the step's main button (past "Back"), then Enter. */
export async function onwardByKeyboard(page: Page): Promise<void> {
  const before = await heading(page);
  const onMain = () => page.evaluate(() => document.activeElement?.matches('.flow-nav button[type="submit"]') === true);
  for (let presses = 0; !(await onMain()); presses++) {
    if (presses > 10) throw new Error(`Tab never reached the main button on “${before}”`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b || document.querySelector('[role="alert"]'), {}, before);
}

/** One step of an exercise: its heading, and the answers to type under each label (none for a step only read). */
export type StepAnswers = readonly [heading: string, answers?: Readonly<Record<string, string>>];

/** Answers each step in turn: waits for its heading, types every answer, and moves on by keyboard. */
export async function answerSteps(page: Page, steps: readonly StepAnswers[]): Promise<void> {
  for (const [title, answers = {}] of steps) {
    await waitForHeading(page, title);
    for (const [label, text] of Object.entries(answers)) await type(page, label, text);
    await onwardByKeyboard(page);
  }
}

export async function alertText(page: Page): Promise<string> {
  await page.waitForSelector('[role="alert"]');
  return page.$eval('[role="alert"]', (e) => e.textContent ?? '');
}

/** Every stored entry, read straight from the extension's IndexedDB. */
export function storedEntries(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('primed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll(IDBKeyRange.bound('entry/', 'entry/\uffff'));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Stores an entry straight into the extension's IndexedDB, as an exercise finished earlier would have. */
export async function putEntry(page: Page, entry: { id: string } & Record<string, unknown>): Promise<void> {
  await page.evaluate(
    (e) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('primed');
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          tx.objectStore('records').put(e, `entry/${e.id}`);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entry,
  );
}

/** Saves one moment of the user's own (and no marks or rules), as the settings would; returns its event key. */
export async function putMoment(page: Page, moment: { id: string; title: string; start: number; kind: string }): Promise<string> {
  await page.evaluate(async (m) => {
    const now = Date.now();
    await chrome.storage.local.set({ stakes: { version: 1, value: { tags: [], rules: [], moments: [{ ...m, createdAt: now, updatedAt: now }] } } });
  }, moment);
  return `moment:${moment.id}`;
}

/** The one entry a finished exercise stored; anything but exactly one fails. */
export async function onlyEntry(page: Page): Promise<unknown> {
  const entries = await storedEntries(page);
  if (entries.length !== 1) throw new Error(`Expected one stored entry, found ${entries.length}`);
  return entries[0];
}

/**
 * A finished exercise read back as the journal shows it after a fresh load:
 * its row (the only one of that exercise) opened from the keyboard, each
 * answer under its question.
 */
export async function journalAnswers(page: Page, flowTitle: string): Promise<Array<[question: string, answer: string]>> {
  await goToExtensionPage(page, '/journal.html');
  await page.waitForFunction((t) => [...document.querySelectorAll('.history-kind')].some((k) => k.textContent === t), {}, flowTitle);
  const rows = await page.$$('.history-open');
  const titles = await Promise.all(rows.map((r) => r.$eval('.history-kind', (k) => k.textContent)));
  const matching = rows.filter((_, i) => titles[i] === flowTitle);
  if (matching.length !== 1) throw new Error(`Expected one “${flowTitle}” in the journal, found ${matching.length}`);
  await matching[0]!.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.history-detail dl');
  return page.$$eval('.history-detail dl > div', (pairs) => pairs.map((p) => [p.querySelector('dt')?.textContent ?? '', p.querySelector('dd')?.textContent ?? ''] as [string, string]));
}

/**
 * The finish screen, once it shows: what it says in the user's words, the
 * before/after sentence a screen reader hears (undefined when the exercise
 * asks nothing before and after), the one next step offered, and its buttons.
 */
export async function finishScreen(page: Page): Promise<{ said?: string; change?: string; next?: string; buttons: string[] }> {
  await waitForHeading(page, 'Saved');
  return page.evaluate(() => ({
    said: document.querySelector('.flow-done-said')?.textContent ?? undefined,
    change: document.querySelector('.flow-change .visually-hidden')?.textContent ?? undefined,
    next: document.querySelector('.flow-next-step')?.textContent ?? undefined,
    buttons: [...document.querySelectorAll('main button')].map((b) => b.textContent ?? ''),
  }));
}
