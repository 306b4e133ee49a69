// Store screenshots: builds the demo (store build with the demo calendar on),
// stages a profile with a few days of use (scripts/screenshot-seed.mjs),
// opens each page in Chromium and saves 1280×800 PNGs, light and dark, to
// .output/screenshots/. The popup is shown at its real width on a framed canvas.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { seedRecords } from './screenshot-seed.mjs';

const build = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extensionDir = resolve('.output/chrome-mv3-demo');
const outDir = resolve('.output/screenshots');
mkdirSync(outDir, { recursive: true });

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'primed-shots-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--no-sandbox', '--disable-gpu'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const base = `chrome-extension://${new URL(worker.url()).host}`;

// Written where the extension keeps them, before any page reads them.
await worker.evaluate(async (records) => {
  const db = await new Promise((done, fail) => {
    const open = indexedDB.open('primed');
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
    open.onupgradeneeded = () => open.result.createObjectStore('records');
  });
  await new Promise((done, fail) => {
    const tx = db.transaction('records', 'readwrite');
    for (const [key, value] of records) tx.objectStore('records').put(value, key);
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}, seedRecords(Date.now()));

/** Each shot: a file name, the page, and what to wait for or do before it is taken. */
const shots = [
  { name: 'welcome', path: 'welcome.html' },
  { name: 'options', path: 'options.html', ready: (page) => page.locator('.upcoming').waitFor() },
  { name: 'journal', path: 'journal.html', ready: (page) => page.locator('.history-row').first().waitFor() },
  { name: 'evidence', path: 'journal.html#evidence', ready: (page) => page.locator('.heatmap-svg').waitFor() },
  { name: 'goals', path: 'journal.html#goals', ready: (page) => page.locator('.goal-ladder').waitFor() },
  { name: 'exercise-intro', path: 'flow.html?flow=affirmation', ready: (page) => page.getByRole('button', { name: 'Begin' }).waitFor() },
  {
    name: 'exercise-step',
    path: 'flow.html?flow=reframe',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.locator('.flow-step').waitFor();
    },
  },
];

for (const scheme of ['light', 'dark']) {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  for (const { name, path, ready } of shots) {
    await page.goto(`${base}/${path}`);
    await ready?.(page);
    // Fonts, icons and the first transitions settle.
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(outDir, `${name}-${scheme}.png`) });
  }
  // The popup at its real size (as tall as its content, at most Chrome's
  // 600 px), centred on a branded canvas.
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`${base}/popup.html`);
  await page.locator('.recent-item').first().waitFor();
  await page.waitForTimeout(800);
  const height = await page.evaluate(() => Math.min(600, Math.ceil(document.querySelector('#app, body > *')?.getBoundingClientRect().bottom ?? 600)));
  const popup = (await page.screenshot({ clip: { x: 0, y: 0, width: 400, height } })).toString('base64');
  await page.setViewportSize({ width: 1280, height: 800 });
  const background = scheme === 'dark' ? '#1d2230' : '#eef1f8';
  await page.setContent(
    `<body style="margin:0;height:800px;display:grid;place-items:center;background:${background}">` +
      `<img src="data:image/png;base64,${popup}" style="width:400px;border-radius:12px;box-shadow:0 12px 40px #0004"></body>`,
  );
  await page.screenshot({ path: join(outDir, `popup-${scheme}.png`) });
  await page.close();
}
await context.close();
process.stdout.write(`Screenshots written to ${outDir}\n`);
