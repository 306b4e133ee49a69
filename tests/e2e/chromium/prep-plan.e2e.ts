// A prep plan for one event, in a real Chromium: made from the popup's next
// high-stakes moment, a step checked off by keyboard and logged as a win
// linked to the event, and the plan shown again in the reflection after it.
// The day-before prompt for an event with a plan opens the plan.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { closeBrowserAfterEach, e2eExtensionDir, launch, storedRecords, type Launched } from './harness';
import { begin, completeByKeyboard } from './exercise-steps';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

const DAY = 86_400_000;
const HOUR = 3_600_000;
const TITLE = 'Northwind interview';

interface StoredPlan {
  eventKey: string;
  steps: Array<{ id: string; day: number; doneAt?: number; winId?: string }>;
}
interface StoredWin {
  id: string;
  kind: string;
  text: string;
  eventKey?: string;
}

describe('Chromium: a prep plan for one event', () => {
  it('is made from the popup, logs a checked-off step as a win for the event, and shows in the reflection after it', async () => {
    app = await launch();
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    // A moment added by hand, three days from now.
    await popup.evaluate(
      async ([title, start]) => {
        await chrome.storage.local.set({
          stakes: { version: 1, value: { tags: [], rules: [], moments: [{ id: 'm1', title, start, kind: 'interview', createdAt: Date.now(), updatedAt: Date.now() }] } },
        });
      },
      [TITLE, Date.now() + 3 * DAY] as const,
    );
    await popup.reload();
    const next = popup.getByTestId('next-high-stakes');
    await expect.poll(() => next.innerText()).toContain(TITLE);

    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/journal.html#') });
    await next.getByRole('button', { name: 'Make a plan' }).focus();
    await popup.keyboard.down('Enter');
    const page = await opened;
    await page.bringToFront();
    await page.getByRole('heading', { name: 'Your prep plan' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(TITLE);

    // Four graded steps, the first today and the last the day before.
    const steps = page.getByRole('list', { name: 'Steps of the plan' }).getByRole('checkbox');
    expect(await steps.count()).toBe(4);
    await expect.poll(async () => (await storedRecords(app!, 'prep/')).map((r) => r.key)).toEqual(['prep/moment:m1']);
    const made = (await storedRecords(app, 'prep/'))[0]!.value as StoredPlan;
    expect(made.steps.map((s) => s.id)).toEqual(['aloud', 'record', 'mock', 'mental']);
    expect(made.steps[3]!.day - made.steps[0]!.day).toBe(2);
    expect(await page.getByRole('listitem').first().innerText()).toMatch(/Today/i);

    // Checked off by keyboard: a win linked to the event, in one write with the plan.
    const aloud = page.getByRole('checkbox', { name: 'Say your answer out loud once' });
    await aloud.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Done, and saved as a win.');
    expect(await aloud.isChecked()).toBe(true);
    expect(await page.getByText('1 of 4 done').count()).toBe(1);
    const wins = (await storedRecords(app, 'entry/')).map((r) => r.value as StoredWin);
    expect(wins.map(({ kind, text, eventKey }) => ({ kind, text, eventKey }))).toEqual([
      { kind: 'win', text: `Said my answer out loud for ${TITLE}`, eventKey: 'moment:m1' },
    ]);
    const plan = (await storedRecords(app, 'prep/'))[0]!.value as StoredPlan;
    expect(plan.steps[0]!.winId).toBe(wins[0]!.id);
    expect(await axeViolations(page)).toEqual([]);

    // Opened again, the same plan: not a second one.
    await page.reload();
    await page.getByRole('heading', { name: 'Your prep plan' }).waitFor();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Say your answer out loud once' }).isChecked()).toBe(true);
    expect(await storedRecords(app, 'prep/')).toHaveLength(1);

    // The reflection after the event sees the plan: what was done and what was not.
    const flow = await app.context.newPage();
    await flow.goto(app.url('flow.html?flow=feedback&event=moment%3Am1'));
    await flow.getByRole('button', { name: 'Begin' }).click();
    await flow.getByRole('button', { name: 'Next' }).click();
    const shown = flow.getByRole('region', { name: 'Your prep plan' });
    await expect.poll(() => shown.count()).toBe(1);
    const text = await shown.innerText();
    expect(text).toMatch(/Say your answer out loud once\s+Done/);
    expect(text).toMatch(/Rehearse it in your head, step by step\s+Not this time/);
  });

  it('is offered in the settings for a high-stakes event on a later day, and opens that event\'s plan', async () => {
    app = await launch();
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#calendar'));
    await options.getByRole('button', { name: 'Turn on the demo calendar' }).press('Enter');
    const upcoming = options.locator('.upcoming');
    await expect.poll(() => upcoming.innerText(), { timeout: 15_000 }).toMatch(/Job interview: product designer/);
    // Only the high-stakes events get one: the standups do not.
    const link = upcoming.getByRole('link', { name: 'Make a plan for Job interview: product designer' });
    await expect.poll(() => link.count()).toBe(1);
    expect(await upcoming.getByRole('link', { name: /Make a plan for Team standup/ }).count()).toBe(0);

    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/journal.html#') });
    await link.press('Enter');
    const page = await opened;
    await page.getByRole('heading', { name: 'Your prep plan' }).waitFor();
    // The heading comes first; the plan itself once it is read or made.
    await expect.poll(() => page.locator('main').innerText()).toContain('Job interview: product designer');
    await expect.poll(async () => (await storedRecords(app!, 'prep/')).length).toBe(1);
  });

  it('is what the day-before prompt opens for its event, from the popup’s card, which says why', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    // An interview three hours away, with the day-before prompt off until its plan is made: then it comes at once.
    const settings = (rehearse: boolean) => ({
      prompts: {
        rehearse: { enabled: rehearse, minutes: 20 * 60 },
        affirm: { enabled: false, minutes: 45 },
        ready: { enabled: false, minutes: 5 },
        feedback: { enabled: false, minutes: 10 },
      },
      quietHours: null,
      dailyCap: 50,
      days: [0, 1, 2, 3, 4, 5, 6],
      discreet: false,
      deliveryProbability: null,
    });
    await popup.evaluate(
      async ([title, start, value]) => {
        const now = Date.now();
        await chrome.storage.local.set({
          promptSettings: { version: 1, value },
          stakes: { version: 1, value: { tags: [], rules: [], moments: [{ id: 'm1', title, start, kind: 'interview', createdAt: now, updatedAt: now }] } },
        });
      },
      [TITLE, Date.now() + 3 * HOUR, settings(false)] as const,
    );
    const made = await app.context.newPage();
    await made.goto(app.url('journal.html#plan=moment%3Am1'));
    await expect.poll(async () => (await storedRecords(app!, 'prep/')).length).toBe(1);
    await made.close();
    await popup.evaluate((value) => chrome.storage.local.set({ promptSettings: { version: 1, value } }), settings(true));
    await expect
      .poll(async () => (await storedRecords(app!, 'decision/')).map((r) => r.value as { triggerId: string; exercise?: { flowId: string; opens?: string } }), { timeout: 20_000 })
      .toEqual([expect.objectContaining({ triggerId: 'rehearse|moment:m1', exercise: expect.objectContaining({ flowId: 'rehearsal', opens: 'prep-plan' }) })]);

    await popup.reload();
    const card = popup.getByTestId('pending-prompts');
    await expect.poll(() => card.innerText()).toMatch(/“Northwind interview” is in \d+ h: your plan ends with a rehearsal in your head/);
    // Why it is offered, as secondary text under the prompt.
    expect(await card.getByText('Why: you made a prep plan for it.').count()).toBe(1);
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/journal.html#') });
    // Start, as on the notification: the plan, where its last step starts the rehearsal.
    await card.getByRole('button', { name: 'Start' }).focus();
    // Enter acts as it goes down, and the popup closes itself at once: the key may never come up.
    await popup.keyboard.down('Enter');
    const page = await opened;
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#plan=moment:m1');
    await page.getByRole('heading', { name: 'Your prep plan' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(TITLE);
    // Opened, and no exercise window of its own.
    expect(app.context.pages().filter((p) => p.url().includes('/flow.html'))).toEqual([]);
    const engagement = async () => (await storedRecords(app!, 'decision/')).map((r) => (r.value as { engagement: Array<{ what: string }> }).engagement.map((e) => e.what));
    await expect.poll(engagement).toEqual([expect.arrayContaining(['opened'])]);
    // Still the one plan, not a second.
    expect(await storedRecords(app, 'prep/')).toHaveLength(1);

    // The plan's last step starts the rehearsal for the prompt, and finishing it completes the prompt in the log.
    const flowOpened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/flow.html?') });
    await page.getByRole('button', { name: 'Start the rehearsal' }).press('Enter');
    const flow = await flowOpened;
    expect(new URL(flow.url()).search).toBe('?flow=rehearsal&event=moment%3Am1&trigger=rehearse%7Cmoment%3Am1');
    await begin(flow);
    await completeByKeyboard(flow);
    await expect.poll(engagement).toEqual([expect.arrayContaining(['opened', 'completed'])]);
  });
});
