// Launches Firefox ESR over WebDriver BiDi with the built extension installed.
// BiDi will not navigate to moz-extension:// URLs itself, but pages that the
// extension opens (the welcome page, on install) can be driven, and from
// there the extension's own pages are one `location` change away.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterEach } from 'vitest';
import { findFirefox } from '../../../scripts/browsers.mjs';

export const firefoxBuildDir = resolve(process.env.PRIMED_FIREFOX_BUILD ?? '.output/firefox-mv3');

export interface FirefoxApp {
  browser: Browser;
  /** The welcome page the extension opened on install. */
  welcome: Page;
  close(): Promise<void>;
}

/** `prefs` adds Firefox preferences, e.g. the colour scheme pages are shown in (a BiDi session cannot emulate it). */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxApp> {
  if (!existsSync(join(firefoxBuildDir, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${firefoxBuildDir}. Run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    extraPrefsFirefox: {
      // No update checks, telemetry or other traffic of Firefox's own.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(firefoxBuildDir);
    const welcome = await waitForPage(browser, (url) => url.startsWith('moz-extension://') && url.endsWith('/welcome.html'));
    return { browser, welcome, close: () => browser.close() };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/**
 * For a file whose tests each launch their own Firefox: returns the launcher,
 * and closes what it launched after each test, passed or failed.
 */
export function firefoxPerTest(): () => Promise<FirefoxApp> {
  let app: FirefoxApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });
  return async () => (app = await launchFirefox());
}

export async function waitForPage(browser: Browser, match: (url: string) => boolean, timeoutMs = 15_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const page of await browser.pages()) if (match(await locationOf(page))) return page;
    if (Date.now() > deadline) {
      const urls = await Promise.all((await browser.pages()).map(locationOf));
      throw new Error(`No page matched within ${timeoutMs} ms; open pages: ${urls.join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

// BiDi reports moz-extension pages as about:blank; the page itself knows where it is.
async function locationOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href).catch(() => page.url());
}

/** Moves an extension page to one of the extension's pages (the same one reloads it) and waits until it has loaded. */
export async function goToExtensionPage(page: Page, path: string): Promise<void> {
  const target = await page.evaluate((p) => {
    // A mark on the old document, to tell it apart from the new one.
    (window as unknown as { leaving?: boolean }).leaving = true;
    const url = new URL(p, location.href).href;
    setTimeout(() => (location.href = url), 0);
    return url;
  }, path);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const state = await page
      .evaluate(() => ({
        href: location.href,
        ready: document.readyState,
        old: (window as unknown as { leaving?: boolean }).leaving === true,
      }))
      .catch(() => undefined);
    if (state && !state.old && state.href === target && state.ready === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${target} did not load`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
