// Launches the real Chromium with the built extension loaded, the way a user's
// browser would have it, in a profile directory the test owns.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../../../scripts/browsers.mjs';
import { afterEach, expect } from 'vitest';

/** The store build. */
export const extensionDir = resolve(process.env.PRIMED_CHROME_BUILD ?? '.output/chrome-mv3');
/** The end-to-end build (`wxt build --mode e2e`): the store build plus access to the 127.0.0.1 test server. */
export const e2eExtensionDir = resolve('.output/chrome-mv3-e2e');

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  /** A URL inside the extension, e.g. url('popup.html'). */
  url(path: string): string;
  /** Requests that extension pages made to anything outside the extension. */
  outsideRequests: string[];
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'primed-e2e-'));
}

export async function launch(profileDir = newProfileDir(), buildDir = extensionDir): Promise<Launched> {
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No Chromium build in ${buildDir}. Run \`npm run build\` (or \`npx wxt build --mode e2e\`) first.`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${buildDir}`,
      `--load-extension=${buildDir}`,
      ...QUIET_CHROMIUM_ARGS,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const outsideRequests: string[] = [];
  context.on('request', (req) => {
    const frameUrl = safeFrameUrl(req);
    const fromExtension = frameUrl?.startsWith('chrome-extension://') || req.serviceWorker() !== null;
    if (fromExtension && !/^(chrome-extension|data|blob):/.test(req.url())) outsideRequests.push(req.url());
  });
  return {
    context,
    worker,
    extensionId,
    profileDir,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    outsideRequests,
    close: () => context.close(),
  };
}

function safeFrameUrl(req: import('playwright-core').Request): string | undefined {
  try {
    return req.frame().url();
  } catch {
    return undefined;
  }
}

export function removeProfile(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Opens the toolbar popup's page in a tab: headless Chromium has no toolbar to click. */
export async function openPopup(app: Launched): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(app.url('popup.html'));
  return page;
}

/** The records in the extension's IndexedDB, read by the service worker, the way the data really sits on disk. */
export async function storedRecords(app: Launched, prefix: string): Promise<Array<{ key: string; value: unknown }>> {
  return app.worker.evaluate(async (prefix: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('primed');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
      open.onupgradeneeded = () => open.result.createObjectStore('records');
    });
    const store = db.transaction('records').objectStore('records');
    const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
    const [keys, values] = await Promise.all(
      [store.getAllKeys(range), store.getAll(range)].map(
        (request) =>
          new Promise<unknown[]>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result as unknown[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return keys!.map((key, i) => ({ key: String(key), value: values![i] }));
  }, prefix);
}

/** Writes a raw record straight into IndexedDB, as a corrupted disk or an old bug would have left it. */
export async function putStoredRecord(app: Launched, key: string, value: unknown): Promise<void> {
  await app.worker.evaluate(
    async ([key, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('primed');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('records', 'readwrite');
        tx.objectStore('records').put(value, key as string);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [key, value] as const,
  );
}

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void;
}

/**
 * Reloads the extension as an update would: the worker and every extension
 * page go away and the new worker starts. Chromium only brings an unpacked
 * extension back after a reload when developer mode is on, as it is for
 * anyone who loads one by hand.
 */
export async function reloadExtension(app: Launched): Promise<void> {
  const settings = await app.context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateProfileConfiguration(
          { inDeveloperMode: true },
          resolve,
        ),
      ),
  );
  await settings.close();
  const next = app.context.waitForEvent('serviceworker');
  await app.worker.evaluate(() => chrome.runtime.reload());
  app.worker = await next;
}

/**
 * Closes the browser and deletes its profile, and returns the requests that
 * extension pages made to anything outside the extension (there must be none).
 */
export async function closeAndCollect(app: Launched): Promise<string[]> {
  const outside = [...app.outsideRequests];
  await app.close();
  removeProfile(app.profileDir);
  return outside;
}

/**
 * For suites that launch a browser per test: after each test, closes the
 * browser and removes its profile, and fails the test if an extension page
 * talked to anything outside the extension.
 */
export function closeBrowserAfterEach(current: () => Launched | undefined, forget: () => void): void {
  afterEach(async () => {
    const app = current();
    if (!app) return;
    forget();
    expect(await closeAndCollect(app)).toEqual([]);
  });
}

/** Turns on the demo calendar from an extension page and returns the key of one of its events. */
export async function demoEventKey(app: Launched, page: Page, title: string): Promise<string> {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} }));
  const upcoming = await storedRecords(app, 'upcoming/');
  const event = (upcoming[0]!.value as { occurrences: Array<{ key: string; title: string }> }).occurrences.find(
    (o) => o.title === title,
  );
  if (!event) throw new Error(`The demo calendar has no "${title}"`);
  return event.key;
}
