import { afterEach, describe, expect, it } from 'vitest';
import { goToExtensionPage, launchFirefox, type FirefoxApp } from './harness';

let app: FirefoxApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Firefox: installed extension', () => {
  it('welcomes a new user, logs a win from the popup and reads it back', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Welcome to Primed');

    await goToExtensionPage(page, '/popup.html');
    await page.waitForSelector('#win-text');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('win-text');
    await page.keyboard.type('Spoke up in the planning meeting');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.recent-item')?.textContent?.includes('Spoke up'));

    // Read back after a fresh load of the page: the win came from IndexedDB.
    await goToExtensionPage(page, '/popup.html');
    await page.waitForFunction(() => document.querySelectorAll('.recent-item').length === 1);
    const items = await page.$$eval('.recent-item .recent-text', (els) => els.map((e) => e.textContent));
    expect(items).toEqual(['Spoke up in the planning meeting']);
    expect(await page.$eval('[data-testid="today-count"]', (e) => e.textContent)).toBe('1 today');
  });
});

describe('Firefox: calendars', () => {
  it('turns on the demo calendar from the welcome page and lists its events', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await page.waitForSelector('h1');
    // The welcome page's button sends the message to the background and then opens the settings.
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Try the demo calendar');
      button?.click();
    });
    await page.waitForFunction(() => location.pathname === '/options.html' && document.querySelector('.upcoming')?.textContent?.includes('Quarterly review presentation'), {
      timeout: 15_000,
    });
    const status = await page.$eval('.feed-status', (e) => e.textContent);
    expect(status).toMatch(/^Synced .*upcoming events\.$/);
  });
});
