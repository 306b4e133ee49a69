// The exercise a prompt opens, chosen per kind of event in the settings: set
// by keyboard for interviews, it is what the day-before prompt for an
// interview opens, and the decision log's CSV keeps it with its reason. And
// after a rehearsal of an interview, the next step is to ask for a mock run.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PromptSettings } from '@/lib/prompts/model';
import { closeBrowserAfterEach, e2eExtensionDir, launch, storedRecords, type Launched } from './harness';
import { begin, completeByKeyboard } from './exercise-steps';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

const HOUR = 3_600_000;
const EVENT = 'Interview with the hiring panel';

/** Only the day-before prompt, with no quiet hours: the tests run at any hour. */
const SETTINGS = {
  prompts: {
    rehearse: { enabled: true, minutes: 20 * 60 },
    affirm: { enabled: false, minutes: 45 },
    ready: { enabled: false, minutes: 5 },
    feedback: { enabled: false, minutes: 10 },
  },
  quietHours: null,
  dailyCap: 50,
  days: [0, 1, 2, 3, 4, 5, 6],
  discreet: false,
  deliveryProbability: null,
};

/** One CSV line's fields; the reasons hold no commas or quotes. */
const fieldsOf = (line: string) => line.split(',');

describe('Chromium: the exercise chosen for a kind of event', () => {
  it('set by keyboard for interviews, opens from the day-before prompt, and is in the decision log with its reason', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#exercise-choice'));
    await options.evaluate((settings) => chrome.storage.local.set({ promptSettings: { version: 1, value: settings } }), SETTINGS);

    const choice = options.getByRole('combobox', { name: 'The day before interviews' });
    expect(await choice.locator('option:checked').textContent()).toBe('Primed’s choice (rehearsal)');
    await choice.focus();
    // Past the rehearsal, problem solving and reach-out, to "someone like me".
    for (let i = 0; i < 4; i++) await options.keyboard.press('ArrowDown');
    await expect.poll(() => choice.inputValue()).toBe('role-model');
    const stored = () => options.evaluate(async () => ((await chrome.storage.local.get('promptSettings')).promptSettings as { value: PromptSettings }).value);
    await expect.poll(async () => (await stored()).exercises).toEqual([{ kind: 'interview', type: 'rehearse', flowId: 'role-model' }]);
    // Other kinds keep Primed's choice.
    expect(await options.getByRole('combobox', { name: 'The day before presentations' }).inputValue()).toBe('');
    expect((await stored()).quietHours).toBeNull();

    // An interview three hours away: its day-before prompt comes at once.
    await options.evaluate(
      async ([title, start]) => {
        const now = Date.now();
        await chrome.storage.local.set({ stakes: { version: 1, value: { tags: [], rules: [], moments: [{ id: 'm1', title, start, kind: 'interview', createdAt: now, updatedAt: now }] } } });
      },
      [EVENT, Date.now() + 3 * HOUR] as const,
    );
    await expect.poll(async () => (await storedRecords(app!, 'decision/')).map((r) => (r.value as { triggerId: string }).triggerId), { timeout: 20_000 }).toEqual([
      'rehearse|moment:m1',
    ]);

    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    const card = popup.getByTestId('pending-prompts');
    await expect.poll(() => card.innerText()).toMatch(/Interview with the hiring panel” is .*: borrow from someone like you who did this/);
    expect(await card.getByText('Why: your choice in the settings.').count()).toBe(1);
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/flow.html?') });
    await card.getByRole('button', { name: 'Start' }).focus();
    // Enter acts as it goes down, and the popup closes itself at once: the key may never come up.
    await popup.keyboard.down('Enter');
    const flow = await opened;
    expect(new URL(flow.url()).searchParams.get('flow')).toBe('role-model');
    await expect.poll(() => flow.locator('h1').textContent()).toBe('Someone like me who did this');

    // The decision log, as the user gets it: the exercise and why, beside the decision.
    await options.goto(app.url('options.html#data'));
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Prompt decisions as CSV' }).press('Enter')]);
    const [header, row] = readFileSync(await file.path(), 'utf8').split('\r\n');
    const columns = fieldsOf(header!);
    const values = fieldsOf(row!);
    const column = (name: string) => values[columns.indexOf(name)];
    expect(column('trigger_id')).toBe('rehearse|moment:m1');
    expect(column('exercise')).toBe('role-model');
    expect(column('exercise_reason')).toBe('Your choice for interviews in the settings: someone like me.');
    expect(column('exercise_chosen_by')).toBe('user');
    expect(column('exercise_opens')).toBe('exercise');
    expect(column('opened_at')).not.toBe('');
  });
});

describe('Chromium: after rehearsing an interview alone', () => {
  it('the one next step is to ask someone for a mock run, for the same interview', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    await page.evaluate(async (start) => {
      const moment = { id: 'm1', title: 'Panel interview', start, kind: 'interview', createdAt: Date.now(), updatedAt: Date.now() };
      await chrome.storage.local.set({ stakes: { version: 1, value: { tags: [], rules: [], moments: [moment] } } });
    }, Date.now() + 20 * HOUR);
    await page.goto(app.url('flow.html?flow=rehearsal&event=moment%3Am1'));
    await expect.poll(() => page.locator('main').innerText()).toMatch(/For: Panel interview/);
    await begin(page);
    await completeByKeyboard(page);
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Ask someone for a mock run']);
    await page.getByRole('button', { name: 'Ask someone for a mock run' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/flow\.html\?flow=reach-out&event=moment%3Am1$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Reach out to a supporter');
  });
});
