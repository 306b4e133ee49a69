// Firefox draws the popup, an exercise and the settings: each in light and
// dark, with its heading on screen and nothing wider than the window. The
// PNGs are kept in .output/firefox-screens/ (ignored by git) for CI to keep
// as artefacts, to look at when a change is styled.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goToExtensionPage, launchFirefox, type FirefoxApp } from './harness';

const outDir = resolve('.output/firefox-screens');

const SCREENS = [
  // The popup's home opens on its field, named by the question above it.
  { name: 'popup', path: '/popup.html', width: 400, height: 600, role: 'textbox', label: 'What went well?' },
  { name: 'exercise', path: '/flow.html?flow=affirmation', width: 1280, height: 800, role: 'heading', label: 'Reflect on what matters to you' },
  { name: 'settings', path: '/options.html', width: 1280, height: 800, role: 'heading', label: 'Primed Settings' },
] as const;

// Firefox's own switch for the scheme pages see: 0 dark, 1 light. A BiDi
// session cannot emulate it, so each scheme has its own browser, both
// started at once to keep the run short.
const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

let apps: Partial<Record<'light' | 'dark', FirefoxApp>> = {};

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  const [light, dark] = await Promise.allSettled([launchFirefox({ [SCHEME_PREF]: 1 }), launchFirefox({ [SCHEME_PREF]: 0 })]);
  apps = { ...(light.status === 'fulfilled' && { light: light.value }), ...(dark.status === 'fulfilled' && { dark: dark.value }) };
  for (const result of [light, dark]) if (result.status === 'rejected') throw result.reason;
});

afterAll(async () => {
  await Promise.all(Object.values(apps).map((app) => app.close()));
});

describe('Firefox: how the pages look', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`renders the popup, an exercise and the settings in ${colorScheme} mode`, async () => {
      const page = apps[colorScheme]!.welcome;
      for (const screen of SCREENS) {
        await page.setViewport({ width: screen.width, height: screen.height });
        await goToExtensionPage(page, screen.path);
        // Found by its role and name, as a screen reader would, and on screen.
        const found = await page.waitForSelector(`::-p-aria([name="${screen.label}"][role="${screen.role}"])`, { visible: true, timeout: 10_000 });
        expect(found, screen.name).not.toBeNull();
        const look = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
        }));
        expect(look.overflow, `${screen.name} is wider than its window`).toBeLessThanOrEqual(0);
        expect(look.dark, `${screen.name} follows the ${colorScheme} scheme`).toBe(colorScheme === 'dark');
        await page.screenshot({ path: join(outDir, `${screen.name}-${colorScheme}.png`) as `${string}.png` });
      }
    });
  }
});
