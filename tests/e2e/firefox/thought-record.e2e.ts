// The thought record in Firefox: every column of the standard form, answered
// through the labels a screen reader would announce, and stored as one entry.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { goToExtensionPage, launchFirefox, type FirefoxApp } from './harness';

let app: FirefoxApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function heading(page: Page): Promise<string> {
  return page.$eval('h1', (h) => h.textContent ?? '');
}

async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('h1')?.textContent === t, {}, text);
}

/** The control whose label reads exactly `label`, the way assistive technology finds it. */
async function byLabel(page: Page, label: string) {
  await page.waitForFunction((l) => [...document.querySelectorAll('label')].some((e) => e.textContent === l), {}, label);
  const id = await page.evaluate((l) => [...document.querySelectorAll('label')].find((e) => e.textContent === l)!.htmlFor, label);
  const control = await page.$(`[id="${id}"]`);
  if (!control) throw new Error(`No control labelled ${label}`);
  return control;
}

async function type(page: Page, label: string, text: string): Promise<void> {
  await (await byLabel(page, label)).type(text);
}

/** From unset, an arrow lands on the middle (50); each further arrow moves one step of 5. */
async function rate(page: Page, label: string, steps: number): Promise<void> {
  const slider = await byLabel(page, label);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
}

async function onward(page: Page): Promise<void> {
  const before = await heading(page);
  await page.click('.flow-nav button[type="submit"]');
  await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b || document.querySelector('[role="alert"]'), {}, before);
}

async function alertText(page: Page): Promise<string> {
  await page.waitForSelector('[role="alert"]');
  return page.$eval('[role="alert"]', (e) => e.textContent ?? '');
}

describe('Firefox: thought record', () => {
  it('records emotions, the thought, evidence on both sides, a balanced thought and the emotions again', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await goToExtensionPage(page, '/flow.html?flow=reframe');
    await page.waitForSelector('.flow-begin');
    await page.click('.flow-begin');
    await waitForHeading(page, 'Before you start');
    await onward(page);

    await waitForHeading(page, 'What is coming up?');
    await type(page, 'The situation', 'Team demo on Friday');
    await onward(page);

    await waitForHeading(page, 'What do you feel?');
    await type(page, 'Emotion 1', 'nervous');
    await rate(page, 'How strong is “nervous”?', 6); // 80
    await type(page, 'Emotion 2 (optional)', 'embarrassed');
    await onward(page);
    expect(await alertText(page)).toBe('Please answer first: How strong is “embarrassed”?');
    await rate(page, 'How strong is “embarrassed”?', -2); // 40
    await onward(page);

    await waitForHeading(page, 'The thought');
    await type(page, 'What is the thought that worries you?', 'The demo will crash and they will think I am careless');
    await rate(page, 'How strongly do you believe it?', 4); // 70
    await onward(page);
    await waitForHeading(page, 'Any thinking traps?');
    await onward(page);

    await waitForHeading(page, 'Evidence for the thought');
    await onward(page);
    expect(await alertText(page)).toBe('Please answer first: What facts support it?');
    await type(page, 'What facts support it?', 'The build failed once this week');
    await onward(page);
    await waitForHeading(page, 'Evidence against it');
    await type(page, 'What facts do not fit the thought?', 'The last four demos ran fine');
    await onward(page);

    await waitForHeading(page, 'A fairer thought');
    await type(page, 'With both sides in view, what is a more balanced way to see it?', 'A crash is possible, and I have a recording ready');
    await rate(page, 'How strongly do you believe this fairer thought?', 3); // 65
    await onward(page);

    await waitForHeading(page, 'How do you feel now?');
    expect(await page.$$eval('.flow-step input[type="range"]', (els) => els.length)).toBe(3);
    await rate(page, 'How strong is “nervous” now?', -2); // 40
    await rate(page, 'How strong is “embarrassed” now?', -6); // 20
    await rate(page, 'How strongly do you believe the first thought now?', -5); // 25
    await onward(page);

    await waitForHeading(page, 'What you will do');
    await type(page, 'What is the next thing you will do?', 'Record a backup run tonight');
    await onward(page);
    await waitForHeading(page, 'Before you go');
    await onward(page);
    await waitForHeading(page, 'Saved');

    const entries = await page.evaluate(
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
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'flow',
      flowId: 'reframe',
      fields: {
        situation: 'Team demo on Friday',
        emotion1: 'nervous',
        emotion1Before: 80,
        emotion2: 'embarrassed',
        emotion2Before: 40,
        thought: 'The demo will crash and they will think I am careless',
        beliefBefore: 70,
        evidenceFor: 'The build failed once this week',
        evidenceAgainst: 'The last four demos ran fine',
        balanced: 'A crash is possible, and I have a recording ready',
        balancedBelief: 65,
        emotion1After: 40,
        emotion2After: 20,
        beliefAfter: 25,
        action: 'Record a backup run tonight',
      },
    });
  });
});
