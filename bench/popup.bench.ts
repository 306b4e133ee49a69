// npm run bench:popup
//
// How fast the toolbar popup opens, against the fastest any extension page
// can: an empty page that exists only in this benchmark's build (written into
// .output/chrome-mv3-bench after `wxt build --mode bench`, never into a store
// build). One Chromium run loads the two in turn, so that both meet the same
// machine load, and the median of each counts. Measured in the page itself:
// first paint (the browser's first contentful paint: a blank frame does not
// count) and, for the popup, the moment its
// field takes focus, when a keystroke would land. Targets: the popup's first
// paint at most 1.25× the empty page's, its field focused by 1.5× the empty
// page's first paint.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium, QUIET_CHROMIUM_ARGS } from '../scripts/browsers.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 30);
const BUILD = resolve('.output/chrome-mv3-bench');
const FIRST_PAINT_TARGET = 1.25;
const FOCUS_TARGET = 1.5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

if (!process.env.BENCH_NO_BUILD) {
  const built = spawnSync('npx', ['wxt', 'build', '--mode', 'bench'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// The same head as the popup's page, and one word to paint.
writeFileSync(
  join(BUILD, 'bench-empty.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body><p>Empty</p></body></html>\n',
);

const profile = mkdtempSync(join(tmpdir(), 'primed-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, ...QUIET_CHROMIUM_ARGS, '--no-sandbox', '--disable-gpu'],
});

// Noted from the document's start, before any of the page's own scripts run.
await context.addInitScript(() => {
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as HTMLElement | null;
      const w = window as unknown as { fieldFocusedAt?: number };
      if (target?.id === 'win-text' && w.fieldFocusedAt === undefined) w.fieldFocusedAt = performance.now();
    },
    true,
  );
});

interface Load {
  firstPaint: number;
  fieldFocused?: number;
}

async function load(page: Page, url: string, expectField: boolean): Promise<Load> {
  await page.goto(url);
  return page.evaluate(async (field) => {
    const w = window as unknown as { fieldFocusedAt?: number };
    for (let waited = 0; waited < 5000; waited += 10) {
      // The first paint with content (the empty page's word, the popup's header and
      // field), so that a blank frame before the popup's script has run never counts.
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      if (paint && (!field || w.fieldFocusedAt !== undefined)) {
        return { firstPaint: paint.startTime, ...(field ? { fieldFocused: w.fieldFocusedAt } : {}) };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`No ${field ? 'focused field' : 'first paint'} within 5 s on ${location.pathname}`);
  }, expectField);
}

try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  // One load of each first, unmeasured: the first ever start of a page compiles and caches what later ones reuse.
  await load(page, `${base}/bench-empty.html`, false);
  await load(page, `${base}/popup.html`, true);

  const empty: number[] = [];
  const popupPaint: number[] = [];
  const popupFocus: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    // Alternating which goes first, so that neither always follows the other.
    const order = i % 2 === 0 ? (['empty', 'popup'] as const) : (['popup', 'empty'] as const);
    for (const which of order) {
      if (which === 'empty') {
        empty.push((await load(page, `${base}/bench-empty.html`, false)).firstPaint);
      } else {
        const measured = await load(page, `${base}/popup.html`, true);
        popupPaint.push(measured.firstPaint);
        popupFocus.push(measured.fieldFocused!);
      }
    }
  }

  const emptyPaint = median(empty);
  const paintRatio = median(popupPaint) / emptyPaint;
  const focusRatio = median(popupFocus) / emptyPaint;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const verdict = (ratio: number, target: number) => `${ratio.toFixed(2)}× (target ≤ ${target}×: ${ratio <= target ? 'met' : 'missed'})`;
  console.log(`Popup against an empty extension page, median of ${LOADS} alternating loads each, one Chromium run`);
  console.log(`empty page   first paint    ${ms(emptyPaint)}`);
  console.log(`popup        first paint    ${ms(median(popupPaint))}   ${verdict(paintRatio, FIRST_PAINT_TARGET)}`);
  console.log(`popup        field focused  ${ms(median(popupFocus))}   ${verdict(focusRatio, FOCUS_TARGET)}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
