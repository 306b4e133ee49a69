// Renders scripts/icon.svg to the PNG sizes the manifest needs, with the same
// Chromium the tests use. Run it after changing the SVG; the PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './browsers.mjs';

const svg = await readFile(new URL('./icon.svg', import.meta.url), 'utf8');
// The toolbar's 16 px icon has a drawing of its own, aligned to whole pixels.
const small = await readFile(new URL('./icon-16.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const size of [16, 32, 48, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${size === 16 ? small : svg}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('icons written to public/icon/');
