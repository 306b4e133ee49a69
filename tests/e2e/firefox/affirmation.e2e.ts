// The values reflection in Firefox, opened for an interview as a prompt would
// open it: its ranking comes first, moves a value by keyboard and keeps the
// order for the next visit; then the writing about the top value, with a
// timer that counts but never holds anyone back, to the finish. No screen
// names the event or asks about readiness.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxPerTest, goToExtensionPage } from './harness';
import { onlyEntry, onwardByKeyboard, putMoment, type, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

const EVENT_TITLE = 'Final round interview at Northwind';
/** What none of its screens may say: the event, what it is for, or a question of readiness. */
const OFF_LIMITS = /Northwind|interview|For:|ready|readiness|prepar|perform/i;

function ranking(page: Page): Promise<string[]> {
  return page.$$eval('.flow-rank-value', (els) => els.map((e) => e.textContent ?? ''));
}

async function screenText(page: Page): Promise<string> {
  return page.$eval('main', (m) => m.textContent ?? '');
}

/** Puts the keyboard on the icon button whose accessible name (its aria-label) is `name`. */
async function focusButton(page: Page, name: string) {
  const found = await page.evaluate((n) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === n);
    button?.focus();
    return button !== undefined && document.activeElement === button;
  }, name);
  expect(found, name).toBe(true);
}

describe('Firefox: the values reflection', () => {
  it('never names the interview it was opened for: the ranking by keyboard, kept for next time, then the writing to its finish', async () => {
    const page = (await launch()).welcome;
    const event = await putMoment(page, { id: 'northwind', title: EVENT_TITLE, start: Date.now() + 86_400_000, kind: 'interview' });
    // The event is there to be named: an exercise that may name it does.
    await goToExtensionPage(page, `/flow.html?flow=stress&event=${encodeURIComponent(event)}`);
    await page.waitForFunction((t) => document.querySelector('main')?.textContent?.includes(`For: ${t}`), {}, EVENT_TITLE);

    const address = `/flow.html?flow=affirmation&event=${encodeURIComponent(event)}`;
    await goToExtensionPage(page, address);
    // First what it is, about the person only; then the ranking.
    await page.waitForSelector('.flow-begin');
    expect(await screenText(page)).not.toMatch(OFF_LIMITS);
    await page.click('.flow-begin');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value').length === 14);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('What matters most to you?');
    expect(await page.$$('::-p-aria([role="slider"])')).toHaveLength(0);
    expect(await screenText(page)).not.toMatch(OFF_LIMITS);

    await focusButton(page, 'Move up: Humor');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value')[1]?.textContent === 'Humor');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.flow-rank-value')?.textContent === 'Humor');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: Humor');

    // Tab goes on to the next row's buttons: the second one moves that value down.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: Relationships with friends and family');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value')[2]?.textContent === 'Relationships with friends and family');
    const order = await ranking(page);
    expect(order.slice(0, 3)).toEqual(['Humor', 'Kindness', 'Relationships with friends and family']);

    // Next visit: the same order, read back from storage, and straight back to
    // the ranking (the unfinished reflection resumes past its first screen).
    await goToExtensionPage(page, address);
    await page.waitForFunction(() => document.querySelectorAll('.flow-rank-value').length === 14);
    expect(await ranking(page)).toEqual(order);
    expect(await page.$('.flow-begin')).toBeNull();
    expect(await page.evaluate(() => chrome.storage.local.get('values'))).toEqual({ values: { version: 2, value: order } });

    // On from the ranking by keyboard: from the field for a value of one's own, Tab reaches Next.
    await (await page.waitForSelector('::-p-aria([role="textbox"][name="Add a value of your own"])'))!.focus();
    await onwardByKeyboard(page);

    // The writing, about the value now at the top, with the protocol's 15 minutes counting down.
    await waitForHeading(page, 'Write about your top value');
    expect(await page.$eval('.flow-recall', (r) => r.textContent)).toContain('Humor');
    const timer = (await page.waitForSelector('::-p-aria([role="timer"][name="Time left"])'))!;
    const clock = () => timer.evaluate((t) => t.textContent ?? '');
    const started = await clock();
    expect(started).toMatch(/^1[45]:\d\d$/);
    await page.waitForFunction((t) => document.querySelector('[role="timer"]')?.textContent !== t, {}, started);
    expect(await page.$$('::-p-aria([role="button"][name="Pause"])')).toHaveLength(1);
    expect(await page.$$('::-p-aria([role="slider"])')).toHaveLength(0);
    expect(await screenText(page)).not.toMatch(OFF_LIMITS);
    await type(page, 'Why does this value matter to you?', 'It keeps me close to the people I love.');
    await type(page, 'Describe a time when it guided what you did.', 'Making my grandmother laugh in hospital');
    // The timer holds nothing back: Finish works with most of the 15 minutes still to go.
    expect(await clock()).toMatch(/^1[45]:\d\d$/);
    await onwardByKeyboard(page);

    // The finish: their value in their words, no change in readiness, no step towards the event.
    await waitForHeading(page, 'Saved');
    expect(await page.$eval('.flow-done-said', (p) => p.textContent)).toBe('Why Humor matters to you, in your words: “It keeps me close to the people I love”.');
    expect(await page.$('.flow-change')).toBeNull();
    expect(await page.$$eval('main button', (buttons) => buttons.map((b) => b.textContent))).toEqual(['Back to your day']);
    expect(await screenText(page)).not.toMatch(OFF_LIMITS);

    const entry = (await onlyEntry(page)) as { flowId: string; fields: Record<string, unknown> };
    expect(entry).toMatchObject({ kind: 'flow', flowId: 'affirmation' });
    expect(entry.fields).toEqual({ value: 'Humor', why: 'It keeps me close to the people I love.', when: 'Making my grandmother laugh in hospital' });
  });
});
