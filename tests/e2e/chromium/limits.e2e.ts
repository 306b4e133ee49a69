// Text fields at their limits, in a real Chromium: typing past the limit of
// the popup's win field and of an exercise's written answer leaves everything
// typed so far in place and says that the field is full, and what is full
// can still be saved.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ANSWER_MAX, VALUE_MAX, WIN_MAX } from '@/lib/limits';
import { closeBrowserAfterEach, launch, openPopup, storedRecords, type Launched } from './harness';

let app: Launched | undefined;

closeBrowserAfterEach(() => app, () => (app = undefined));

const SHOTS = process.env.PRIMED_LIMITS_SHOTS ?? '/tmp/shots-limits';

async function shoot(page: Page, name: string, fullPage = true) {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, fullPage });
  }
  await page.emulateMedia({ colorScheme: null });
}

const description = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

/** Fills the field to a few characters short of `limit`, then types `extra` more by keyboard, as a person would. */
async function typePast(page: Page, field: Locator, limit: number, extra: string) {
  const start = 'a'.repeat(limit - 5);
  await field.fill(start);
  await field.press('End');
  await page.keyboard.type(extra);
  return start + extra.slice(0, 5);
}

describe('Chromium: text fields at their limits', () => {
  it('the win field counts down, says when it is full, keeps what was typed, and saves it', async () => {
    app = await launch();
    const popup = await openPopup(app);
    const field = popup.getByRole('textbox', { name: 'What went well?' });
    await field.fill('a'.repeat(WIN_MAX - 150));
    await expect.poll(() => description(field)).toBe('150 characters left');
    await shoot(popup, 'popup-nearly-full');

    const kept = await typePast(popup, field, WIN_MAX, 'bcdefghij');
    await expect.poll(() => description(field)).toBe('This field is full at 2,000 characters. Everything you wrote is kept.');
    expect(await field.inputValue()).toBe(kept);
    await shoot(popup, 'popup-full');

    await field.press('Enter');
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(1);
    const [win] = await storedRecords(app, 'entry/');
    expect((win!.value as { text: string }).text).toBe(kept);
  });

  it('an exercise answer says when it is full and keeps every character', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 720, height: 900 });
    await page.goto(app.url('flow.html?flow=setback'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const field = page.getByRole('textbox', { name: 'What did you attempt?' });
    await field.waitFor();
    expect(await description(field)).not.toMatch(/full|left/);

    const kept = await typePast(page, field, ANSWER_MAX, 'bcdefghij');
    await expect.poll(() => description(field)).toContain('This field is full at 20,000 characters. Everything you wrote is kept.');
    expect(await field.inputValue()).toBe(kept);
    // The message is on the page for everyone, not only in the description.
    expect(await page.getByRole('paragraph').filter({ hasText: 'This field is full at 20,000 characters.' }).isVisible()).toBe(true);
    await field.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await shoot(page, 'exercise-full');

    // The draft, saved as it was typed, holds the whole answer.
    await expect.poll(async () => JSON.stringify(await storedRecords(app!, 'draft/')).includes(kept)).toBe(true);
  });

  it('a short settings field counts down from 20 left and says when it is full', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#exercises'));
    const field = page.getByRole('textbox', { name: 'Add a value of your own' });
    await field.fill('a'.repeat(VALUE_MAX - 20));
    await expect.poll(() => description(field)).toBe('20 characters left');
    const kept = await typePast(page, field, VALUE_MAX, 'bcdefghij');
    await expect.poll(() => description(field)).toBe('This field is full at 80 characters. Everything you wrote is kept.');
    expect(await field.inputValue()).toBe(kept);
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // The settings page is long: the part around the field.
    await shoot(page, 'options-value-full', false);
  });

  it('a paste that does not fit whole is said to have been cut', async () => {
    app = await launch();
    const popup = await openPopup(app);
    const field = popup.getByRole('textbox', { name: 'What went well?' });
    await field.fill('a'.repeat(WIN_MAX - 10));
    await field.press('End');
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.evaluate((text) => navigator.clipboard.writeText(text), 'b'.repeat(30));
    await field.press('ControlOrMeta+V');
    await expect.poll(() => description(field)).toBe('Only the start of what you pasted fitted: this field holds 2,000 characters.');
    expect(await field.inputValue()).toBe('a'.repeat(WIN_MAX - 10) + 'b'.repeat(10));
  });
});
