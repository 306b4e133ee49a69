import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, putStoredRecord, removeProfile, type Launched } from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** The WCAG A/AA rules that depend on colour, the only ones a change of theme can break. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page (evaluate is not subject to the extension's CSP)
 * for WCAG 2 A and AA, or for the named rules only.
 */
async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] };
    const result = await axe.run(document, { runOnly });
    return result.violations;
  }, rules);
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

let app: Launched;

beforeAll(async () => {
  app = await launch();
  const popup = await openPopup(app);
  await popup.keyboard.type('Booked the dentist');
  await popup.keyboard.press('Enter');
  await popup.getByRole('listitem').first().waitFor();
  // The demo calendar, so the calendar parts of the pages are checked too.
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} }));
  // Two supporters, so their rows in the settings and their picks in the reach-out exercise are checked.
  await popup.evaluate(() =>
    chrome.storage.local.set({
      supporters: {
        version: 1,
        value: [
          { id: 's1', name: 'Sam', kind: 'practical', note: 'Mock interviews', createdAt: 1, updatedAt: 1 },
          { id: 's2', name: 'Ana', kind: 'listener', createdAt: 1, updatedAt: 1 },
        ],
      },
    }),
  );
  await popup.close();
  await putStoredRecord(app, 'quarantine/000000001-test', {
    v: 1,
    id: '000000001-test',
    origin: 'indexeddb',
    key: 'entry/000000001-test',
    raw: { kind: 'win', text: 5 },
    reason: 'text: expected a string',
    quarantinedAt: 1_700_000_000_000,
  });
  // A goal ladder halfway up, so every stage of the goals view is on the page (two micro-actions done: the notes and the confidence rating show; the value it serves shows in its row and on day 7).
  const now = Date.now();
  await putStoredRecord(app, 'goal/000000002-test', {
    v: 1,
    id: '000000002-test',
    kind: 'goal',
    title: 'Give the team update without notes by Friday',
    difficulty: 6,
    value: 'Kindness',
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step ${i + 1}`, difficulty: i === 0 ? 6 : 3 })),
    microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `Micro-action ${i + 1}`, minutes: 5, ...(i < 2 ? { doneAt: now } : {}) })),
    createdAt: now - 7 * 86_400_000,
    updatedAt: now,
  });
  // An older ladder past its week, so the folds are checked too (listed second, so the one above opens first): the week closed, step 2 climbed, step 3 begun.
  const done = (id: string) => ({ id, text: `Did ${id}`, minutes: 4, note: `Note ${id}`, doneAt: now - 86_400_000, winId: `w-${id}` });
  await putStoredRecord(app, 'goal/000000001-test', {
    v: 1,
    id: '000000001-test',
    kind: 'goal',
    title: 'Speak up once in the weekly meeting by March',
    difficulty: 8,
    confidenceBefore: 3,
    steps: Array.from({ length: 7 }, (_, i) => ({
      id: `t${i}`,
      text: `Step ${i + 1}`,
      difficulty: 3,
      ...(i === 1 ? { confidence: 6, feelsNow: 2, microActions: ['b0', 'b1', 'b2'].map(done) } : {}),
      ...(i === 2 ? { microActions: ['c0', 'c1', 'c2'].map((id) => ({ id, text: `Try ${id}`, minutes: 5 })) } : {}),
    })),
    microActions: ['a0', 'a1', 'a2'].map(done),
    reflection: { text: 'I said one thing, and it went fine.', confidenceAfter: 6 },
    finishedAt: now - 2 * 86_400_000,
    createdAt: now - 12 * 86_400_000,
    updatedAt: now,
  });
});

afterAll(async () => {
  expect(app.outsideRequests).toEqual([]);
  await app.close();
  removeProfile(app.profileDir);
});

describe('Chromium: accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['popup.html', 'options.html', 'welcome.html', 'flow.html', 'journal.html']) {
      it(`${path} has no WCAG A/AA violations in ${scheme} mode`, async () => {
        const page = await app.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(app.url(path));
        await page.locator('h1, h2').first().waitFor();
        if (path === 'options.html') {
          await page.locator('.upcoming').waitFor();
          // Each group of the settings, as its nav link shows it: hidden groups are not checked otherwise.
          const nav = page.getByRole('navigation', { name: 'Settings sections' });
          for (const group of ['Prompts', 'Exercises and values', /^Data/, 'About and support']) {
            await nav.getByRole('link', { name: group }).click();
            if (String(group) === String(/^Data/)) await page.locator('.quarantine-item').waitFor();
            expect(await axeViolations(page), String(group)).toEqual([]);
          }
          await nav.getByRole('link', { name: 'Calendars' }).click();
        }
        if (path === 'popup.html') await page.getByRole('button', { name: 'Upcoming events' }).waitFor();
        if (path === 'journal.html') await page.locator('.history-row').first().waitFor();
        // The setup questions, once the stored answers are read.
        if (path === 'welcome.html') await expect.poll(() => page.getByRole('checkbox', { name: 'Exam' }).isEnabled()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the history page's evidence and goal views have no WCAG A/AA violations in ${scheme} mode`, async () => {
      const page = await app.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(app.url('journal.html#evidence'));
      await page.locator('.heatmap-svg').waitFor();
      expect(await axeViolations(page), 'evidence').toEqual([]);
      await page.getByRole('button', { name: 'Goal ladders' }).click();
      await page.locator('.goal-ladder').waitFor();
      await page.getByText('Day 7: look back').waitFor();
      expect(await axeViolations(page), 'goals').toEqual([]);
      // The ladder past its week: folded, then with its folds open.
      await page.getByRole('button', { name: /Speak up once/ }).click();
      const week = page.getByRole('button', { name: /^Week 1 done/ });
      await week.waitFor();
      expect(await axeViolations(page), 'goals folded').toEqual([]);
      await week.click();
      await page.getByRole('button', { name: /^Step 2 climbed/ }).click();
      await page.getByRole('textbox', { name: 'What did this week show you about what you can do?' }).waitFor();
      expect(await axeViolations(page), 'goals opened').toEqual([]);
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the popup's exercise list, win details and moment form have no WCAG A/AA violations in ${scheme} mode`, async () => {
      const page = await app.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(app.url('popup.html'));
      await page.keyboard.type('Asked for the agenda');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Add details' }).click();
      await page.getByLabel('Part of an event?').locator('option').nth(1).waitFor({ state: 'attached' });
      expect(await axeViolations(page), 'win details').toEqual([]);
      await page.getByRole('button', { name: 'Not now' }).click();
      await page.getByRole('button', { name: 'Add a high-stakes moment' }).click();
      await page.getByLabel('What is it?').waitFor();
      expect(await axeViolations(page), 'adding a moment').toEqual([]);
      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Exercises' }).click();
      await page.getByRole('heading', { name: 'Exercises' }).waitFor();
      expect(await axeViolations(page), 'exercise list').toEqual([]);
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`every step of the exercises run inside the popup, in its compact layout, has no WCAG A/AA violations in ${scheme} mode`, async () => {
      for (const title of ['Turn nerves into readiness', 'Check in on your confidence']) {
        const page = await app.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 400, height: 600 });
        await page.goto(app.url('popup.html'));
        await page.getByRole('button', { name: 'Exercises' }).click();
        await page.getByRole('button', { name: `Start: ${title}` }).click();
        await page.locator('.in-popup .flow-step').waitFor();
        for (let step = 1; (await page.locator('h1').textContent()) !== 'Saved'; step++) {
          expect(await axeViolations(page), `${title} in the popup, step ${step}`).toEqual([]);
          const heading = await page.locator('h1').textContent();
          // Next before answering, so that the note about missing answers is checked where there is one.
          await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
          await page.waitForFunction(
            (before) => document.querySelector('h1')?.textContent !== before || document.querySelector('[role="alert"]'),
            heading,
          );
          if ((await page.locator('h1').textContent()) !== heading) continue;
          expect(await axeViolations(page), `${title} in the popup, step ${step}, answers missing`).toEqual([]);
          for (const field of await page.locator('.flow-step textarea, .flow-step input[type="text"]').all()) {
            if (!(await field.inputValue())) await field.fill('Something true');
          }
          for (const slider of await page.getByRole('slider').all()) await slider.press('End');
          await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
          await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, heading);
        }
        expect(await axeViolations(page), `${title} in the popup, finished`).toEqual([]);
        await page.close();
      }
    });
  }

  /**
   * Each screen in both themes, in one walk: the scheme is switched in place
   * rather than the exercise walked twice, and in dark only the colour rules
   * run again (the rest read the same page), which keeps the run short.
   */
  async function inBothThemes(page: Page, what: string): Promise<void> {
    expect(await axeViolations(page), `${what} (light)`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    // Colours that fade between themes are measured once they have arrived.
    await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a instanceof CSSTransition).map((a) => a.finished.catch(() => undefined))));
    expect(await axeViolations(page, COLOUR_RULES), `${what} (dark)`).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  }

  for (const flowId of ['affirmation', 'stress', 'reframe', 'feedback', 'setback', 'rehearsal', 'problem-solving', 'plan-review', 'role-model', 'reach-out', 'values-clarification']) {
    it(`every step of the ${flowId} exercise has no WCAG A/AA violations, light and dark`, async () => {
      const page = await app.context.newPage();
      await page.goto(app.url(`flow.html?flow=${flowId}`));
      await page.getByRole('button', { name: 'Begin' }).waitFor();
      await inBothThemes(page, `${flowId}, first screen`);
      await page.getByRole('button', { name: 'Begin' }).click();
      await page.locator('.flow-step').waitFor();
      for (let step = 1; (await page.locator('h1').textContent()) !== 'Saved'; step++) {
        await inBothThemes(page, `${flowId}, step ${step}`);
        for (const field of await page.locator('.flow-step input[type="text"]').all()) {
          if (!(await field.inputValue())) await field.fill('Something true');
        }
        // Three lines, enough for a list that asks for at least three.
        for (const field of await page.locator('.flow-step textarea').all()) {
          if (!(await field.inputValue())) await field.fill('Something true\nAnd another\nAnd a third');
        }
        // Each rating was checked above as it first shows, unset; End sets it.
        for (const slider of await page.getByRole('slider').all()) await slider.press('End');
        const title = await page.locator('h1').textContent();
        await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
        await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, title);
      }
      await inBothThemes(page, `${flowId}, finished`);
      await page.close();
    });
  }

  it('follows the system colour scheme', async () => {
    const page = await app.context.newPage();
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(app.url('popup.html'));
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.close();
  });

  it('stops motion when the system asks for reduced motion', async () => {
    const page = await app.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(app.url('popup.html'));
    await page.getByRole('listitem').first().waitFor();
    const animation = await page.getByRole('listitem').first().evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
    await page.close();
  });

  it('reaches every popup control from the keyboard, in order', async () => {
    const page = await openPopup(app);
    await page.getByRole('listitem').first().waitFor();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.id || el?.textContent?.trim() || el?.tagName;
      });
    await page.getByRole('button', { name: 'Upcoming events' }).waitFor();
    const order = [await focused()];
    while (order.at(-1) !== 'Settings' && order.length < 40) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    // The field first, then the prompt waiting or the next high-stakes moment
    // (the demo's presentation is one or the other), adding a moment, the
    // upcoming events, and the navigation last.
    expect(order.slice(0, 2)).toEqual(['win-text', 'Log it']);
    expect(order.slice(-4)).toEqual(['Exercises', 'Journal', 'Goals', 'Settings']);
    const middle = order.slice(2, -4);
    expect(['Start', 'Prepare now']).toContain(middle[0]);
    expect(middle.slice(-2)).toEqual(['Add a high-stakes moment', 'Upcoming events']);

    // Settings opens by keyboard alone.
    const optionsOpened = app.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') });
    // Enter acts on a button as it goes down, and the popup closes itself
    // straight after: a whole key press could find the page gone before the key comes up.
    await page.keyboard.down('Enter');
    await optionsOpened;
  });
});
