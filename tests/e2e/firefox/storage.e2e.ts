import { afterEach, describe, expect, it } from 'vitest';
import { goToExtensionPage, launchFirefox, type FirefoxApp } from './harness';

let app: FirefoxApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Firefox: storage the browser will not clear', () => {
  it('is made persistent from the start, and the settings say so with the figures', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await page.waitForSelector('h1');
    // Firefox keeps an extension's data under storage pressure only once
    // persist() is granted; the background asks for it when it starts.
    await page.waitForFunction(() => navigator.storage.persisted(), { timeout: 10_000 });

    await goToExtensionPage(page, '/options.html#data');
    const line = await page.waitForSelector('.storage-line');
    expect(await line!.evaluate((p) => p.textContent)).toMatch(
      /^Primed uses \d+(\.\d+)? (bytes|KB|MB) on this device, with \d+(\.\d+)? (MB|GB|TB) still free for it\. Your browser will not clear it to make room\.$/,
    );
  });
});
