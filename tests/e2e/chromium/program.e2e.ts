// The 30-day program in a real Chromium: joined from the settings, day 1's
// exercise finished by keyboard in its own window ticks itself, day 2 is
// ticked by hand, the progress shows 2 of 30, and pausing holds it there; an
// exercise finished in the popup ticks its day with the program's page closed,
// and the popup's exercises show today's task. A goal ladder written on the
// journal's goals view ticks day 3 by itself, and no second ladder day the
// same day; one written while the program's page was closed ticks it when
// the page opens.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/goals/model';
import { axeViolations } from './axe';
import { closeBrowserAfterEach, launch, openPopup, putStoredRecord, type Launched } from './harness';
import { begin, completeByKeyboard, focusedText, heading } from './exercise-steps';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

/** With PROGRAM_SHOTS=<dir>, the page in light and dark, for looking at by eye. */
async function shots(page: Page, name: string, part?: Locator) {
  const dir = process.env.PROGRAM_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const path = `${dir}/${name}-${colorScheme}.png`;
    await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

interface StoredProgram {
  startedAt?: number;
  pausedAt?: number;
  done: Array<{ day: number; at: number }>;
  remindAt?: string;
}

async function storedProgram(page: Page): Promise<StoredProgram | undefined> {
  return page.evaluate(async () => ((await chrome.storage.local.get('program')) as { program?: { value: StoredProgram } }).program?.value);
}

/** Tabs until the focused element's text is `text`. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 40; i++) {
    if ((await focusedText(page)) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Nothing named “${text}” reached by Tab`);
}

describe('Chromium: the 30-day program', () => {
  it('is joined from the settings, moves on by tasks done (an exercise and a tick), shows 2 of 30, and pauses', async () => {
    app = await launch();
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#program'));
    const section = options.getByRole('region', { name: 'The 30-day program' });
    await section.getByRole('button', { name: 'Start the 30-day program' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await storedProgram(options))?.startedAt).toBeGreaterThan(0);
    await expect.poll(() => section.innerText()).toContain('Day 1 is next; 0 of 30 days done.');
    // Focus moved to the link that took the button's place.
    await expect.poll(() => focusedText(options)).toBe('Open your 30 days');
    await shots(options, 'settings-program', section);
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/journal.html#program') });
    await options.keyboard.press('Enter');
    const page = await opened;
    await page.bringToFront();
    await page.getByRole('heading', { name: 'Your 30 days', level: 1 }).waitFor();

    // Day 1: the confidence check, opened in its own window and finished there by keyboard.
    const today = page.getByRole('region', { name: 'Today’s task' });
    await expect.poll(() => today.textContent()).toMatch(/Day 1 of 30 · Week 1[\s\S]*confidence check/i);
    expect(await page.getByRole('progressbar', { name: 'Days done' }).getAttribute('aria-valuetext')).toBe('0 of 30 days done');
    await shots(page, 'program-day1');
    const flowOpened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/flow.html') });
    await tabTo(page, 'Start the exercise');
    await page.keyboard.press('Enter');
    const flow = await flowOpened;
    expect(flow.url()).toContain('flow=self-check');
    await begin(flow);
    await completeByKeyboard(flow);
    await page.bringToFront();
    const next = page.getByRole('region', { name: 'Next up, whenever you like' });
    await expect.poll(() => next.textContent(), { timeout: 15_000 }).toMatch(/Day 2 of 30[\s\S]*Pick one goal that matters to you/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Day 1 done: one more day of practice behind you.');
    expect((await storedProgram(page))?.done.map((d) => d.day)).toEqual([1]);

    // Day 2: a plain action, ticked by keyboard.
    await tabTo(page, 'Mark as done');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Day 2 done: one more day of practice behind you.');
    await expect.poll(() => next.textContent()).toMatch(/Day 3 of 30[\s\S]*goal ladder/);
    expect((await storedProgram(page))?.done.map((d) => d.day)).toEqual([1, 2]);

    // The progress: 2 of 30, the two done ones marked in the list.
    const bar = page.getByRole('progressbar', { name: 'Days done' });
    expect(await bar.getAttribute('aria-valuenow')).toBe('2');
    expect(await bar.getAttribute('aria-valuetext')).toBe('2 of 30 days done');
    expect(await page.getByText('2 of 30 days done', { exact: true }).count()).toBe(1);
    const week1 = page.getByRole('list', { name: 'Week 1: where you start' }).getByRole('listitem');
    expect(await week1.count()).toBe(7);
    const marks = (await week1.allInnerTexts()).map((text) => /, done:/.test(text));
    expect(marks).toEqual([true, true, false, false, false, false, false]);
    expect(await week1.nth(2).getAttribute('aria-current')).toBe('step');
    expect(await page.getByRole('listitem').count()).toBe(30);
    await shots(page, 'program-day3');
    expect(await axeViolations(page)).toEqual([]);

    // Paused: no task to do, the place kept, and Resume in the same spot.
    await tabTo(page, 'Pause the program');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Paused. No reminders until you resume.');
    expect(await page.getByText('Paused at day 3. Nothing is lost: pick it up whenever suits you.').count()).toBe(1);
    expect(await page.getByRole('region', { name: /task|Next up/ }).count()).toBe(0);
    expect(await focusedText(page)).toBe('Resume the program');
    expect((await storedProgram(page))?.pausedAt).toBeGreaterThan(0);
    await shots(page, 'program-paused');
    expect(await axeViolations(page)).toEqual([]);

    // Resumed, it is day 3 again.
    await page.keyboard.press('Enter');
    await expect.poll(() => next.textContent()).toMatch(/Day 3 of 30/);
    expect((await storedProgram(page))?.pausedAt).toBeUndefined();
  });

  it('is offered on the welcome page, and its page lets the user join and leave', async () => {
    app = await launch();
    const welcome = await app.context.newPage();
    await welcome.goto(app.url('welcome.html'));
    const link = welcome.getByRole('link', { name: 'Join the 30-day program' });
    expect(await link.getAttribute('href')).toBe('/journal.html#program');
    await shots(welcome, 'welcome-program', welcome.getByRole('region', { name: 'Where to start' }));
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#program'));
    await shots(page, 'program-start');
    await page.getByRole('button', { name: 'Start the 30 days' }).press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Today’s task' }).textContent()).toMatch(/Day 1 of 30/);
    expect(await storedProgram(page)).toMatchObject({ done: [], remindAt: '09:00' });

    // Leaving asks once more, with "Keep going" focused, and then starts nothing until joined again.
    await page.getByRole('button', { name: 'Leave the program' }).click();
    const asked = page.getByRole('group', { name: /^Leave the 30 days\?/ });
    await asked.waitFor();
    expect(await focusedText(page)).toBe('Keep going');
    await asked.getByRole('button', { name: 'Leave', exact: true }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('You’ve left the program. Everything you wrote is still in your journal.');
    expect(await page.getByRole('button', { name: 'Start the 30 days' }).count()).toBe(1);
    expect(await storedProgram(page)).toEqual({ done: [], updatedAt: expect.any(Number) });
  });

  it('shows today’s task above the popup’s exercises, and ticks day 1 when its exercise is finished there, with the program’s page closed', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#program'));
    await page.getByRole('button', { name: 'Start the 30 days' }).press('Enter');
    await expect.poll(() => page.getByRole('region', { name: 'Today’s task' }).textContent()).toMatch(/Day 1 of 30/);
    await page.close();

    const popup = await openPopup(app);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Exercises' }).click();
    // Today's task shows above the exercises, and the list still fits in 600 px.
    const today = popup.getByRole('button', { name: /^30-day program · Day 1 of 30/ });
    await today.waitFor();
    expect(await today.textContent()).toMatch(/confidence check/i);
    expect(await popup.evaluate(() => Math.max(document.documentElement.getBoundingClientRect().height, document.body.scrollHeight))).toBeLessThanOrEqual(600);
    await popup.getByRole('button', { name: 'Start: Check in on your confidence' }).click();
    await expect.poll(() => heading(popup)).toBe('How sure are you?');
    await completeByKeyboard(popup);
    await expect.poll(async () => (await storedProgram(popup))?.done.map((d) => d.day)).toEqual([1]);

    // Back at the list, day 2 is today's; it opens the program's page, which shows it too.
    await popup.getByRole('button', { name: 'All exercises' }).click();
    const dayTwo = popup.getByRole('button', { name: /^30-day program · Day 2 of 30/ });
    await dayTwo.waitFor();
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/journal.html#program') });
    await dayTwo.click();
    const again = await opened;
    await expect.poll(() => again.getByRole('region', { name: 'Next up, whenever you like' }).textContent()).toMatch(/Day 2 of 30/);
  });

  it('ticks day 3 from a goal ladder written on the goals view, without Mark as done, and holds day 4 for tomorrow', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#program'));
    // Joined an hour ago, with days 1 and 2 done since.
    await page.evaluate(() => {
      const now = Date.now();
      const program = { startedAt: now - 3_600_000, done: [{ day: 1, at: now - 3_000_000 }, { day: 2, at: now - 2_400_000 }], remindAt: '09:00', updatedAt: now - 2_400_000 };
      return chrome.storage.local.set({ program: { version: 1, value: program } });
    });
    await page.reload();
    const today = page.getByRole('region', { name: /Today’s task|Next up, whenever you like/ });
    await expect.poll(() => today.textContent()).toMatch(/Day 3 of 30[\s\S]*Start a goal ladder[\s\S]*It ticks itself when your ladder shows it, or mark it done yourself\./);
    expect(await today.getByRole('button', { name: 'Mark as done' }).count()).toBe(1);
    expect(await today.getByRole('link', { name: 'Open your goal ladders' }).getAttribute('href')).toBe('/journal.html#goals');
    await shots(page, 'program-ladder-day3');

    // The ladder, written by keyboard in another tab: the goal, how hard it feels, and seven rated steps.
    const goals = await app.context.newPage();
    await goals.goto(app.url('journal.html#goals'));
    await goals.getByRole('button', { name: 'Start a new goal' }).focus();
    await goals.keyboard.press('Enter');
    await expect.poll(() => goals.evaluate(() => document.activeElement?.id.startsWith('goal-title-'))).toBe(true);
    await goals.keyboard.type('Give the 10-minute team update without notes by Friday');
    await goals.keyboard.press('Tab');
    await goals.keyboard.type('7');
    const step = (n: number) => goals.getByLabel(`Step ${n}`, { exact: true });
    await step(1).waitFor();
    for (let n = 1; n <= 7; n++) {
      await step(n).focus();
      await goals.keyboard.type(`Step number ${n}`);
      await goals.keyboard.press('Tab');
      await goals.keyboard.type('3');
    }
    await goals.getByLabel('Micro-action 1', { exact: true }).waitFor();

    // Day 3 ticked itself, once, and the program's page, open all along, says so.
    await expect.poll(async () => (await storedProgram(goals))?.done.map((d) => d.day), { timeout: 10_000 }).toEqual([1, 2, 3]);
    await page.bringToFront();
    await expect.poll(() => today.textContent()).toMatch(/Day 4 of 30[\s\S]*Split the first step/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Day 3 done: one more day of practice behind you.');
    expect(await page.getByRole('region', { name: 'Next up, whenever you like' }).count()).toBe(1);

    // Splitting the first step the same day shows day 4 on the ladder, but the program keeps it for tomorrow, and says how to go on now.
    await goals.bringToFront();
    for (let n = 1; n <= 3; n++) {
      await goals.getByLabel(`Micro-action ${n}`, { exact: true }).fill(`Tiny thing ${n}`);
      await goals.getByLabel(`Minutes for micro-action ${n} (under 10)`).fill('5');
    }
    await goals.getByRole('checkbox', { name: /Tiny thing 1/ }).waitFor();
    await page.bringToFront();
    await page.reload();
    await expect.poll(() => today.textContent()).toMatch(
      /Day 4 of 30[\s\S]*Your ladder ticks it from tomorrow, one task a day\. Mark it done yourself to go on today\./,
    );
    // The page's own catch-up on load had its chance too; still nothing more.
    await page.waitForTimeout(500);
    expect((await storedProgram(page))?.done.map((d) => d.day)).toEqual([1, 2, 3]);
    await shots(page, 'program-ladder-day4');
    expect(await axeViolations(page)).toEqual([]);

    // Mark as done stays the way to go faster.
    await today.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => today.textContent()).toMatch(/Day 5 of 30/);
    expect((await storedProgram(page))?.done.map((d) => d.day)).toEqual([1, 2, 3, 4]);
  });

  it('catches up from the goal ladder when its page opens: a ladder written since joining ticks day 3', async () => {
    app = await launch();
    const now = Date.now();
    const program = { startedAt: now - 3_600_000, done: [{ day: 1, at: now - 3_000_000 }, { day: 2, at: now - 2_400_000 }], remindAt: '09:00', updatedAt: now - 2_400_000 };
    await app.worker.evaluate((value) => chrome.storage.local.set({ program: { version: 1, value } }), program);
    // Written half an hour ago, with the program's page closed (as by a save whose tick could not be written).
    const goal: Goal = {
      v: 1,
      id: '000000001-test',
      kind: 'goal',
      title: 'Give the team update without notes by Friday',
      difficulty: 7,
      steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step number ${i + 1}`, difficulty: 3 })),
      microActions: [],
      createdAt: now - 1_800_000,
      updatedAt: now - 1_800_000,
    };
    await putStoredRecord(app, `goal/${goal.id}`, goal);
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#program'));
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Day 3 done: one more day of practice behind you.');
    expect(await page.getByRole('region', { name: 'Next up, whenever you like' }).textContent()).toMatch(/Day 4 of 30[\s\S]*Split the first step/);
    expect((await storedProgram(page))?.done.map((d) => d.day)).toEqual([1, 2, 3]);
  });
});
