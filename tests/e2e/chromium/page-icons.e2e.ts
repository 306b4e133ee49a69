// The full pages' pictures and empty states: what a new user sees before
// anything is logged, how a search that finds nothing offers a way back, and
// that every icon stays out of what a screen reader reads.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, openPopup, type Launched } from './harness';

const SHOTS = process.env.PRIMED_PAGES_SHOTS ?? '/tmp/shots-pages';

let app: Launched | undefined;

closeBrowserAfterEach(() => app, () => (app = undefined));

/** Icons drawn on the page that a screen reader would still find: none should be. */
function exposedIcons(page: Page): Promise<number> {
  return page.evaluate(() => [...document.querySelectorAll('svg.lucide')].filter((svg) => !svg.closest('[aria-hidden="true"]')).length);
}

async function shoot(page: Page, name: string) {
  await mkdir(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('Chromium: icons and empty states on the full pages', () => {
  it('shows empty states with a way to fill them, and a search that finds nothing offers everything back', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(app.url('journal.html'));
    await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
    await page.getByText('Nothing here yet').waitFor();
    await page.getByText(/Log a win from the toolbar button/).waitFor();
    expect(await exposedIcons(page)).toBe(0);
    await shoot(page, 'journal-empty');

    await page.getByRole('button', { name: 'Your evidence' }).click();
    await page.getByText('Your evidence will gather here').waitFor();
    await page.getByRole('button', { name: 'Goal ladders' }).click();
    await page.getByText('No goals yet').waitFor();
    await page.getByText(/One is enough to begin with/).waitFor();
    expect(await exposedIcons(page)).toBe(0);
    await shoot(page, 'goals-empty');

    // One win, then a search for something else.
    const popup = await openPopup(app);
    await popup.keyboard.type('Asked for the agenda');
    await popup.keyboard.press('Enter');
    await popup.getByRole('listitem').first().waitFor();
    await popup.close();
    await page.goto(app.url('journal.html'));
    await page.locator('.history-row').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search' }).fill('dentist');
    await page.getByText('Nothing matches').waitFor();
    expect(await page.locator('.history-row').count()).toBe(0);
    await shoot(page, 'journal-no-matches');
    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.locator('.history-row').first().waitFor();
    expect(await page.getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('');
    await expect.poll(() => page.getByText('Nothing matches').count()).toBe(0);

    // One win and nothing else: the charts that need more say how to fill them.
    await page.getByRole('button', { name: 'Your evidence' }).click();
    await page.locator('.heatmap-svg').waitFor();
    await page.getByText(/Take the confidence check/).waitFor();
    await expect.poll(() => page.locator('.empty-state').count()).toBe(3);
    expect(await exposedIcons(page)).toBe(0);
    await shoot(page, 'evidence-one-win');
  });

  it('names the settings groups and the exercise by their words alone, with the exercise’s own picture on its first screen', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(app.url('options.html'));
    const nav = page.getByRole('navigation', { name: 'Settings sections' });
    for (const name of ['Calendars', 'Prompts', 'Exercises and values', 'Data', 'About and support']) {
      await expect.poll(() => nav.getByRole('link', { name, exact: true }).locator('svg').count()).toBe(1);
    }
    expect(await exposedIcons(page)).toBe(0);
    await shoot(page, 'options');

    await page.goto(app.url('flow.html?flow=stress'));
    await page.getByRole('heading', { name: 'Turn nerves into readiness' }).waitFor();
    // The same picture as the popup's list shows for this exercise.
    expect(await page.locator('.flow-intro-icon svg').getAttribute('class')).toContain('lucide-zap');
    expect(await exposedIcons(page)).toBe(0);
    await shoot(page, 'exercise-intro');

    // The exercise window opened without one: every exercise with its picture.
    await page.goto(app.url('flow.html'));
    await page.getByRole('link', { name: 'Turn nerves into readiness' }).waitFor();
    const cards = page.locator('.flow-choice-card');
    expect(await cards.count()).toBeGreaterThan(5);
    expect(await page.locator('.flow-choice-card .flow-choice-icon svg').count()).toBe(await cards.count());
    expect(await exposedIcons(page)).toBe(0);
    await shoot(page, 'exercise-chooser');
  });
});
