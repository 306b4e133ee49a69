// The values reflection's ranking step in Firefox: it comes first, moves a
// value by keyboard, and the order is there again on the next visit.
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { goToExtensionPage, launchFirefox, type FirefoxApp } from './harness';

let app: FirefoxApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

function ranking(page: Page): Promise<string[]> {
  return page.$$eval('.flow-rank-value', (els) => els.map((e) => e.textContent ?? ''));
}

/** Puts the keyboard on the button whose (visually hidden) name is `name`. */
async function focusButton(page: Page, name: string) {
  const found = await page.evaluate((n) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.querySelector('.visually-hidden')?.textContent === n);
    button?.focus();
    return button !== undefined && document.activeElement === button;
  }, name);
  expect(found, name).toBe(true);
}

describe('Firefox: the values reflection', () => {
  it('opens on a first screen about the person, then its ranking; moves a value by keyboard and keeps the order for next time', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await goToExtensionPage(page, '/flow.html?flow=affirmation');
    // First what it is, about the person only; then the ranking.
    await page.waitForSelector('.flow-begin');
    expect(await page.$eval('main', (m) => m.textContent ?? '')).not.toMatch(/ready|readiness|prepar|perform|For:/i);
    await page.click('.flow-begin');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value').length === 14);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('What matters most to you?');
    expect(await page.$$('input[type="range"]')).toHaveLength(0);
    expect(await page.$eval('main', (m) => m.textContent ?? '')).not.toMatch(/ready|readiness|prepar|For:/i);

    await focusButton(page, 'Move up: Humor');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value')[1]?.textContent === 'Humor');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.flow-rank-value')?.textContent === 'Humor');
    expect(await page.evaluate(() => document.activeElement?.querySelector('.visually-hidden')?.textContent)).toBe('Move down: Humor');

    // Tab goes on to the next row's buttons: the second one moves that value down.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.querySelector('.visually-hidden')?.textContent)).toBe('Move down: Relationships with friends and family');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value')[2]?.textContent === 'Relationships with friends and family');
    const order = await ranking(page);
    expect(order.slice(0, 3)).toEqual(['Humor', 'Kindness', 'Relationships with friends and family']);

    // Next visit: the same order, read back from storage, and straight back to
    // the ranking (the unfinished reflection resumes past its first screen).
    await goToExtensionPage(page, '/flow.html?flow=affirmation');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value').length === 14);
    expect(await ranking(page)).toEqual(order);
    expect(await page.$('.flow-begin')).toBeNull();
    expect(await page.evaluate(() => chrome.storage.local.get('values'))).toEqual({ values: { version: 2, value: order } });
  });
});
