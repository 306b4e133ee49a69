import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { localDay } from '@/lib/time/days';
import { closeBrowserAfterEach, launch, openPopup, putStoredRecord, storedRecords, type Launched } from './harness';

let app: Launched | undefined;

// Every test also proves that extension pages talked to no one.
closeBrowserAfterEach(() => app, () => (app = undefined));

const GROUPS = ['Calendars', 'Prompts', 'Exercises and values', 'Data', 'About and support'];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Settings sections' });
const link = (page: Page, name: string | RegExp) => nav(page).getByRole('link', { name });

/** The names of the nav links marked as the page shown, which must be exactly one. */
const current = (page: Page) => nav(page).locator('[aria-current="page"]').allInnerTexts();

/** The headings of the groups on screen (hidden groups have none that show). */
const visibleHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2, exact: true }).isVisible();

/** The values as the settings show them, top first. */
const shownValues = (page: Page) => page.locator('#values .value-text').allInnerTexts();

describe('Chromium: settings that can be found', () => {
  it('opens the group a link names, switches from the nav by pointer and keyboard, and follows back and forward', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#data'));

    expect(await nav(page).getByRole('link').allInnerTexts()).toEqual(GROUPS);
    await expect.poll(() => current(page)).toEqual(['Data']);
    expect(await visibleHeading(page, 'Your data')).toBe(true);
    expect(await visibleHeading(page, 'Calendars')).toBe(false);

    await link(page, 'Prompts').click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#prompts');
    await expect.poll(() => current(page)).toEqual(['Prompts']);
    expect(await visibleHeading(page, 'Prompts')).toBe(true);
    expect(await visibleHeading(page, 'Your data')).toBe(false);

    // From the keyboard: the links are in the tab order, Enter follows one.
    await link(page, 'Exercises and values').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => current(page)).toEqual(['Exercises and values']);
    expect(await visibleHeading(page, 'Your values')).toBe(true);

    await page.goBack();
    await expect.poll(() => current(page)).toEqual(['Prompts']);
    await page.goBack();
    await expect.poll(() => current(page)).toEqual(['Data']);
    expect(await visibleHeading(page, 'Your data')).toBe(true);
    await page.goForward();
    await expect.poll(() => current(page)).toEqual(['Prompts']);
  });

  it('lands the links used elsewhere (#calendar, #values, #set-aside) in their group, and the Data item says when something is set aside', async () => {
    app = await launch();
    const popup = await openPopup(app);
    await putStoredRecord(app, 'entry/zzzzzzzzz-damaged', { v: 1, kind: 'win', text: 17, id: 'zzzzzzzzz-damaged' });
    // The popup's reading of the wins is what sets the damaged one aside.
    await popup.reload();
    await expect.poll(async () => (await storedRecords(app!, 'quarantine/')).length).toBe(1);

    const page = await app.context.newPage();
    await page.goto(app.url('options.html#calendar'));
    await expect.poll(() => current(page)).toEqual(['Calendars']);
    expect(await visibleHeading(page, 'Calendars')).toBe(true);

    await expect.poll(() => link(page, /^Data/).innerText()).toMatch(/^Data\s+1 set aside$/);
    await page.goto(app.url('options.html#values'));
    await expect.poll(() => current(page)).toEqual(['Exercises and values']);

    await page.goto(app.url('options.html#set-aside'));
    await expect.poll(async () => (await current(page)).join()).toMatch(/^Data/);
    const setAside = page.getByRole('heading', { name: 'Set-aside records' });
    expect(await setAside.isVisible()).toBe(true);
    // The record is news, so it comes before the rest of Data.
    const [first] = await page.locator('#panel-data > section').evaluateAll((sections) => sections.map((s) => s.id));
    expect(first).toBe('set-aside');

    await page.getByRole('button', { name: /^Discard/ }).click();
    await page.getByRole('button', { name: 'Discard for good' }).click();
    await expect.poll(() => link(page, /^Data/).innerText()).toBe('Data');
  });

  it('moves a value with its handle from the keyboard, says where it went, and keeps the order', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#exercises'));
    await expect.poll(async () => (await shownValues(page)).length).toBeGreaterThan(3);
    const before = await shownValues(page);
    const [first, second, third] = before as [string, string, string];

    // One control per value, not a pair of buttons.
    expect(await page.locator('#values').getByRole('button').count()).toBe(before.length + 1);

    const handle = page.getByRole('button', { name: `Move ${third}, 3 of ${before.length}` });
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('#values .values-said').innerText()).toBe(`${third} moved to 2 of ${before.length}.`);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.locator('#values .values-said').innerText()).toBe(`${third} moved to 1 of ${before.length}.`);
    // The handle keeps the focus, so the moves can go on.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toContain(`Move ${third}, 1 of`);
    await page.keyboard.press('End');
    await expect.poll(() => shownValues(page)).toEqual([first, second, ...before.slice(3), third]);

    await page.reload();
    await expect.poll(() => shownValues(page)).toEqual([first, second, ...before.slice(3), third]);
  });

  it('moves a value by dragging it with the pointer', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#exercises'));
    await expect.poll(async () => (await shownValues(page)).length).toBeGreaterThan(3);
    const before = await shownValues(page);
    const items = page.locator('#values .values-item');

    await items.nth(3).locator('.value-handle').dragTo(items.nth(0));
    const moved = [before[3]!, before[0]!, before[1]!, before[2]!, ...before.slice(4)];
    await expect.poll(() => shownValues(page)).toEqual(moved);
    await page.reload();
    await expect.poll(() => shownValues(page)).toEqual(moved);
  });

  it('shows the next seven days of Coming up, and the rest after Show more', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#calendars'));
    await page.getByRole('button', { name: 'Turn on the demo calendar' }).click();
    const rows = page.locator('.upcoming .upcoming-item');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);

    // What the week holds, from the stored events, counted by the browser's own days.
    const now = Date.now();
    const stored = await storedRecords(app, 'upcoming/');
    const events = stored.flatMap((r) => (r.value as { occurrences: Array<{ start: number; end: number }> }).occurrences).filter((e) => e.end > now);
    const inWeek = events.filter((e) => localDay(Math.max(e.start, now)) < localDay(now) + 7).length;
    const later = events.length - inWeek;
    expect(later).toBeGreaterThan(0);

    await expect.poll(() => rows.count()).toBe(inWeek);
    const more = page.getByRole('button', { name: `Show ${later} more events` });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    await expect.poll(() => rows.count()).toBe(events.length);
    const fewer = page.getByRole('button', { name: 'Show only the next seven days' });
    expect(await fewer.getAttribute('aria-expanded')).toBe('true');
    await fewer.click();
    await expect.poll(() => rows.count()).toBe(inWeek);

    // Each event's choice says in words what it does.
    const interview = page.locator('.upcoming-item', { hasText: 'Job interview: product designer' });
    expect(await interview.getByRole('combobox', { name: /^Prompts for/ }).evaluate((el) => el.getAttribute('aria-describedby'))).toBeTruthy();
    expect(await interview.innerText()).toMatch(/Prompts come, because the title has your word “interview”\./);
  });

  it('puts the test prompt first in Prompts, and it works from there', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html'));
    await link(page, 'Prompts').click();
    const button = page.getByRole('button', { name: 'Send a test prompt' });
    await expect.poll(() => button.isVisible()).toBe(true);
    // Above every prompt setting, and on the first screen.
    const buttonTop = (await button.boundingBox())!.y;
    const firstSetting = (await page.getByRole('group', { name: 'Which prompts, and when' }).boundingBox())!.y;
    expect(buttonTop).toBeLessThan(firstSetting);
    expect(buttonTop).toBeLessThan(page.viewportSize()!.height);
    await button.click();
    await expect.poll(() => page.locator('#test-prompt [role="status"]').innerText(), { timeout: 10_000 }).toMatch(/^Sent|^Notifications are blocked/);
  });

  it('shows the groups as a row of tabs in a narrow window, with nothing wider than the window', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto(app.url('options.html#about'));
    await expect.poll(() => current(page)).toEqual(['About and support']);
    const boxes = await Promise.all(GROUPS.slice(0, 2).map(async (name) => (await link(page, name).boundingBox())!));
    // Side by side, not one under the other.
    expect(Math.abs(boxes[0]!.y - boxes[1]!.y)).toBeLessThan(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(600);
    await link(page, 'Data').click();
    await expect.poll(() => current(page)).toEqual(['Data']);
  });
});
