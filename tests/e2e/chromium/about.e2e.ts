// "How confidence grows": the welcome page and the settings explain
// self-efficacy's four sources, name the exercises that build each, and say
// what to expect, without ever saying what the values reflection is for.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, type Launched } from './harness';

const SHOTS = process.env.PRIMED_ABOUT_SHOTS ?? '/tmp/primed-about-shots';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

describe('Chromium: how confidence grows', () => {
  it.each([
    ['welcome.html', 'welcome'],
    ['options.html#about', 'options'],
  ])('%s explains the four sources and what to expect', async (path, name) => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url(path));
    const about = page.getByRole('region', { name: 'How confidence grows' });
    await expect.poll(() => about.isVisible()).toBe(true);
    for (const source of ['Doing it yourself', 'Watching others', 'Encouragement', 'Reading your body’s signals']) {
      await expect.poll(() => about.getByRole('heading', { name: source }).count()).toBe(1);
    }
    const text = (await about.innerText()).toLowerCase();
    expect(text).toContain('weeks of practice');
    expect(text).toContain('logging wins');
    // Told what it is for, the values reflection stops working: it is not listed.
    expect(text).not.toContain('reflect on what matters');
    expect(text).not.toContain('affirmation');

    mkdirSync(SHOTS, { recursive: true });
    await about.scrollIntoViewIfNeeded();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await about.screenshot({ path: `${SHOTS}/${name}-${scheme}.png` });
    }
  });
});
