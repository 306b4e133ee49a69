// The values reflection as a user meets it: invited by a prompt that an
// interview timed, opened from the popup. Inside, nothing names the interview
// or asks how ready they feel; it begins with their own ranking of values,
// which works from the keyboard and is there, in their order, next time.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, e2eExtensionDir, launch, putStoredRecord, storedRecords, type Launched } from './harness';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

const MINUTE = 60_000;
const EVENT = 'Final round interview at Northwind';

/** Only the values reflection is on, with no quiet hours: the tests run at any hour. */
const SETTINGS = {
  prompts: { affirm: { enabled: true, minutes: 45 }, ready: { enabled: false, minutes: 5 }, feedback: { enabled: false, minutes: 10 } },
  quietHours: null,
  dailyCap: 50,
  days: [0, 1, 2, 3, 4, 5, 6],
  discreet: false,
  deliveryProbability: null,
};

async function heading(page: Page) {
  return page.locator('h1').textContent();
}

/** Whether the button with this accessible name has the keyboard. */
async function hasFocus(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true }).evaluate((el) => el === document.activeElement);
}

async function ranking(page: Page) {
  return page.locator('.flow-rank-value').allTextContents();
}

describe('Chromium: the values reflection', () => {
  it('from a prompt: no event, no readiness question, its own ranking first, moved by keyboard and kept for next time', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    // An interview 30 minutes away: its reflection time (45 minutes before) has passed, so the invitation comes at once.
    await popup.evaluate(
      async ([settings, title, start]) => {
        await chrome.storage.local.set({
          promptSettings: { version: 1, value: settings },
          stakes: { version: 1, value: { tags: [], rules: [], moments: [{ id: 'm1', title, start, kind: 'interview', createdAt: Date.now(), updatedAt: Date.now() }] } },
        });
      },
      [SETTINGS, EVENT, Date.now() + 30 * MINUTE] as const,
    );
    await expect.poll(async () => (await storedRecords(app!, 'decision/')).map((r) => (r.value as { triggerId: string }).triggerId), { timeout: 20_000 }).toEqual([
      'affirm|moment:m1',
    ]);

    // The popup invites to time for the person; the event is not named in the invitation.
    await popup.reload();
    const card = popup.getByTestId('pending-prompts');
    await expect.poll(() => card.innerText()).toMatch(/A few quiet minutes on what matters to you/);
    expect(await card.innerText()).not.toContain('Northwind');
    // Nor why it is offered: a reason would say what it is for.
    expect(await card.innerText()).not.toMatch(/Why|interview|prepar|ready/i);
    for (const later of await card.getByRole('button', { name: /^In / }).all()) expect(await later.getAttribute('aria-label')).not.toContain('Northwind');

    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/flow.html?') });
    // Enter acts as it goes down, and the popup closes itself at once: the key may never come up.
    await card.getByRole('button', { name: 'Start' }).focus();
    await popup.keyboard.down('Enter');
    const page = await opened;
    await page.bringToFront();
    expect(new URL(page.url()).searchParams.get('flow')).toBe('affirmation');

    // Its first screen is about the person: no event, no readiness, nothing about what it might help with.
    await expect.poll(() => heading(page)).toBe('Reflect on what matters to you');
    await page.waitForTimeout(500);
    const intro = await page.locator('main').innerText();
    expect(intro).toMatch(/A few quiet minutes on what matters to you/);
    expect(intro).toMatch(/About 15 minutes/);
    expect(intro).not.toMatch(/Northwind|interview|For:|ready|readiness|prepar|perform|nerv/i);
    expect(await page.getByRole('slider').count()).toBe(0);
    await page.getByRole('button', { name: 'Begin' }).click();

    // The ranking comes first, with nothing about the event or readiness, now or once the page has settled.
    await expect.poll(() => heading(page)).toBe('What matters most to you?');
    await expect.poll(() => ranking(page)).toHaveLength(14);
    await page.waitForTimeout(500);
    const first = await page.locator('main').innerText();
    expect(first).not.toMatch(/Northwind|interview|For:|ready|readiness|prepar/i);
    expect(await page.getByRole('slider').count()).toBe(0);
    expect(await ranking(page)).not.toContain('Career');
    expect(await page.locator('.flow-header').innerText()).toMatch(/Step 1 of 2/);

    // By keyboard: Humor, third, goes up twice; the keyboard stays with it, then on the button that still works.
    const humorUp = page.getByRole('button', { name: 'Move up: Humor' });
    await humorUp.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ranking(page).then((r) => r.slice(0, 3))).toEqual(['Relationships with friends and family', 'Humor', 'Kindness']);
    await expect.poll(() => hasFocus(page, 'Move up: Humor')).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => ranking(page).then((r) => r[0])).toBe('Humor');
    await expect.poll(() => hasFocus(page, 'Move down: Humor')).toBe(true);
    expect(await page.getByRole('button', { name: 'Move up: Humor' }).isDisabled()).toBe(true);
    // And one of their own, added with Enter, which does not move on to the next step.
    await page.getByLabel('Add a value of your own').focus();
    await page.keyboard.type('Courage');
    await page.keyboard.press('Enter');
    await expect.poll(() => ranking(page).then((r) => r.at(-1))).toBe('Courage');
    expect(await heading(page)).toBe('What matters most to you?');
    expect(await page.getByLabel('Add a value of your own').inputValue()).toBe('');

    // Then the top value, to write about.
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page)).toBe('Write about your top value');
    expect(await page.locator('.flow-recall').innerText()).toMatch(/Your top value\s+Humor/);
    expect(await page.locator('main').innerText()).not.toMatch(/Northwind|interview|For:|readiness|prepar/i);
    await page.getByLabel('Why does this value matter to you?').fill('It keeps me close to the people I love');
    await page.getByLabel('Describe a time when it guided what you did.').fill('Making my grandmother laugh in hospital');
    await page.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => heading(page)).toBe('Saved');
    // The finish: their value, no change in readiness, and no step towards the event.
    const finish = await page.locator('main').innerText();
    expect(finish).toMatch(/Why Humor matters to you, in your words: “It keeps me close to the people I love”\./);
    expect(finish).not.toMatch(/Northwind|interview|ready|readiness|before|prepar|plan/i);
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Back to your day']);
    const entries = await storedRecords(app, 'entry/');
    expect(entries).toHaveLength(1);
    const saved = entries[0]!.value as { flowId: string; fields: Record<string, unknown> };
    expect(saved).toMatchObject({ flowId: 'affirmation', fields: { value: 'Humor', why: 'It keeps me close to the people I love' } });
    expect(Object.keys(saved.fields).sort()).toEqual(['value', 'when', 'why']);

    // Next time, the ranking is shown again in the order they left it.
    const again = await app.context.newPage();
    await again.goto(app.url('flow.html?flow=affirmation'));
    await again.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(again)).toBe('What matters most to you?');
    await expect.poll(() => ranking(again).then((r) => [r[0], r[1], r.at(-1)])).toEqual(['Humor', 'Relationships with friends and family', 'Courage']);
  });

  it('an install that still holds the first suggested list gets the new one, without Career', async () => {
    app = await launch();
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#values'));
    const first = ['Relationships with friends and family', 'Creativity', 'Humor', 'Kindness', 'Learning', 'Independence', 'Health', 'Faith or spirituality', 'Fairness', 'Art and music', 'Sport', 'Career'];
    await options.evaluate((value) => chrome.storage.local.set({ values: { version: 1, value } }), first);
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=affirmation'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => ranking(page)).toHaveLength(14);
    expect(await ranking(page)).not.toContain('Career');
    expect(await options.evaluate(() => chrome.storage.local.get('values'))).toMatchObject({ values: { version: 2 } });
  });

  it('the popup’s “Prepare now” never opens the values reflection', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    // Two hours ahead, with no prompt waiting: the moment shows as the next one, with "Prepare now".
    await popup.evaluate(
      async ([settings, title, start]) => {
        await chrome.storage.local.set({
          promptSettings: { version: 1, value: settings },
          stakes: { version: 1, value: { tags: [], rules: [], moments: [{ id: 'm2', title, start, kind: 'interview', createdAt: Date.now(), updatedAt: Date.now() }] } },
        });
      },
      [SETTINGS, EVENT, Date.now() + 120 * MINUTE] as const,
    );
    await popup.reload();
    const next = popup.getByTestId('next-high-stakes');
    await expect.poll(() => next.innerText()).toMatch(/Northwind/);
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/flow.html?') });
    await next.getByRole('button', { name: 'Prepare now' }).focus();
    await popup.keyboard.down('Enter');
    const page = await opened;
    expect(new URL(page.url()).searchParams.get('flow')).toBe('reframe');
  });

  it('the ratings around each exercise never show it, even from older entries that carry readiness ratings', async () => {
    app = await launch();
    const at = Date.now() - 3_600_000;
    const entry = (id: string, flowId: string, fields: Record<string, unknown>) => ({ v: 1, id, kind: 'flow', flowId, fields, createdAt: at, updatedAt: at });
    await putStoredRecord(app, 'entry/000000001-old', entry('000000001-old', 'affirmation', { readinessBefore: 2, readinessAfter: 9, value: 'Humor', why: 'x', when: 'y' }));
    await putStoredRecord(app, 'entry/000000002-stress', entry('000000002-stress', 'stress', { readinessBefore: 4, readinessAfter: 6 }));
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html'));
    await page.getByRole('button', { name: 'Your evidence' }).click();
    const chart = page.locator('figure:has(#ratings-caption)');
    await expect.poll(() => chart.innerText().catch(() => '')).toMatch(/Turn nerves into readiness/);
    expect(await chart.innerText()).not.toMatch(/Reflect on what matters to you/);
    expect(await chart.locator('tbody tr').count()).toBe(1);
  });
});
