// The exercise window as a guided session: a first screen that says what the
// exercise is, how long it takes and what the user will have at the end; a
// progress bar that follows the steps the answers call for; and a finish with
// the user's words, the change in their answer and one way on.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, type Launched } from './harness';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

const heading = (page: Page) => page.locator('h1').textContent();
const progress = (page: Page) => page.getByRole('progressbar', { name: 'Progress' });
const focusedTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);

async function step(page: Page) {
  const bar = progress(page);
  return { now: Number(await bar.getAttribute('aria-valuenow')), max: Number(await bar.getAttribute('aria-valuemax')) };
}

async function onward(page: Page, expected?: string) {
  const before = await heading(page);
  await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
  await expect.poll(() => heading(page)).not.toBe(before);
  if (expected) expect(await heading(page)).toBe(expected);
}

describe('Chromium: a guided exercise', () => {
  it('opens on what it is, how long it takes and what it leaves you with; Begin leads to step 1, its rating clearly unset and unfocused', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=stress'));
    await expect.poll(() => heading(page)).toBe('Turn nerves into readiness');
    const intro = await page.locator('main').innerText();
    expect(intro).toMatch(/About 3 minutes/);
    expect(intro).toMatch(/At the end you will have\s+Your first move, ready to go\./);
    // One thing to do here, and nothing to answer yet.
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Begin']);
    expect(await page.getByRole('slider').count()).toBe(0);
    expect(await progress(page).count()).toBe(0);
    expect(await focusedTag(page)).toBe('H1');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Before you start');
    expect(await step(page)).toEqual({ now: 1, max: 7 });
    expect(await progress(page).getAttribute('aria-valuetext')).toBe('Step 1 of 7');
    const readiness = page.getByRole('slider', { name: 'How ready do you feel for what’s coming?' });
    expect(await readiness.getAttribute('aria-valuetext')).toBe('not set yet');
    expect(await readiness.evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await focusedTag(page)).toBe('H1');
    await onward(page, 'What is your body doing?');
    expect(await step(page)).toEqual({ now: 2, max: 7 });
    // The bar's fill follows the count (once its short transition has run).
    const fill = () => page.locator('.flow-progress-fill').evaluate((el) => el.getBoundingClientRect().width / el.parentElement!.getBoundingClientRect().width);
    await expect.poll(fill, { timeout: 5000 }).toBeCloseTo(2 / 7, 1);
  });

  it('counts the setback log’s steps once a low outcome calls for them, and back again', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=feedback'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await onward(page, 'How did it go?');
    expect(await step(page)).toEqual({ now: 2, max: 7 });
    const outcome = page.getByRole('slider', { name: 'How it went, all in all' });
    await outcome.focus();
    await outcome.press('2');
    await expect.poll(() => step(page)).toEqual({ now: 2, max: 11 });
    await onward(page, 'An experiment, not a verdict');
    expect(await step(page)).toEqual({ now: 3, max: 11 });
    await page.getByRole('button', { name: 'Back' }).click();
    await outcome.press('8');
    await expect.poll(() => step(page)).toEqual({ now: 2, max: 7 });
  });

  it('finishes with the user’s words, the change in their answer, and one next step: Log a win opens the win field', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=feedback'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('slider', { name: 'How capable do you feel of handling the next one like it?' }).fill('5');
    await onward(page, 'How did it go?');
    await page.getByRole('slider', { name: 'How it went, all in all' }).fill('8');
    await onward(page, 'What did you do that worked?');
    await page.getByRole('textbox', { name: 'Which specific things you did led to what went well?' }).fill('Paused after the key number');
    await onward(page);
    await page.getByRole('textbox', { name: 'What does this show about what you can do?' }).fill('I can hold a room');
    await onward(page);
    await page.getByRole('textbox', { name: 'What will you apply next time?' }).fill('Pause again');
    await onward(page, 'Ask for feedback on the task');
    await onward(page, 'Before you go');
    await page.getByRole('slider', { name: 'How capable do you feel of handling the next one like it?' }).fill('7');
    await onward(page, 'Saved');

    const finish = await page.locator('main').innerText();
    expect(finish).toMatch(/What worked, in your words: “Paused after the key number”\./);
    expect(finish).toMatch(/How capable you feel of the next one\s+5 before\s+→\s+7 now/);
    expect(await page.getByText('How capable you feel of the next one: 5 before, 7 now.').count()).toBe(1);
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Log a win']);
    await page.getByRole('button', { name: 'Log a win' }).click();
    await page.waitForURL(/\/popup\.html$/);
    const field = page.getByRole('textbox', { name: 'What went well?' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('after a quick exercise with no win to log, the one step is back to the day, which closes the window', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=self-check'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await onward(page, 'Today, I can…');
    for (const slider of await page.getByRole('slider').all()) await slider.fill('6');
    await onward(page, 'Saved');
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Back to your day']);
    const closed = page.waitForEvent('close');
    await page.getByRole('button', { name: 'Back to your day' }).click();
    await closed;
  });

  it('after the thought record for a moment that is near, the one step is to get ready for it', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    await page.evaluate(async (start) => {
      const moment = { id: 'm1', title: 'Investor pitch', start, kind: 'presentation', createdAt: Date.now(), updatedAt: Date.now() };
      await chrome.storage.local.set({ stakes: { version: 1, value: { tags: [], rules: [], moments: [moment] } } });
    }, Date.now() + 12 * 60_000);
    await page.goto(app.url('flow.html?flow=reframe&event=moment%3Am1'));
    await expect.poll(() => page.locator('main').innerText()).toMatch(/For: Investor pitch/);
    await page.getByRole('button', { name: 'Begin' }).click();
    // Every step answered as it comes: words in each empty field, then each rating.
    while ((await heading(page)) !== 'Saved') {
      for (const field of await page.locator('.flow-step textarea, .flow-step input[type="text"]').all()) {
        if (!(await field.inputValue())) await field.fill('Something true');
      }
      for (const slider of await page.getByRole('slider').all()) await slider.fill('5');
      await onward(page);
    }
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Get ready for Investor pitch']);
    await page.getByRole('button', { name: 'Get ready for Investor pitch' }).click();
    await page.waitForURL(/\/flow\.html\?flow=stress&event=moment%3Am1$/);
    await expect.poll(() => heading(page)).toBe('Turn nerves into readiness');
    expect(await page.locator('main').innerText()).toMatch(/For: Investor pitch/);
  });
});
