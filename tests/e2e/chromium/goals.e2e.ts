// The goal ladder from day 4 on, in a real Chromium: what was done, written
// before each tick and logged as the win; the confidence rating after the
// second micro-action; how hard the step feels after the third; and, after
// the week, the ladder going on to step 2.
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, putStoredRecord, storedRecords, type Launched } from './harness';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

interface StoredAction {
  text: string;
  note?: string;
  doneAt?: number;
  winId?: string;
}
interface StoredGoal {
  steps: Array<{ confidence?: number; feelsNow?: number; microActions?: StoredAction[] }>;
  microActions: StoredAction[];
  finishedAt?: number;
}

const storedGoal = async () => (await storedRecords(app!, 'goal/'))[0]?.value as StoredGoal;
const winTexts = async () => (await storedRecords(app!, 'entry/')).map((r) => (r.value as { text: string }).text);

describe('Chromium: a goal ladder from day 4', () => {
  it('asks what was done, then for confidence and how the step feels, and goes on to step 2 after the week', async () => {
    app = await launch();
    const now = Date.now();
    // Written down three days ago: steps rated (the first at 4) and the first step split.
    await putStoredRecord(app, 'goal/000000004-test', {
      v: 1,
      id: '000000004-test',
      kind: 'goal',
      title: 'Give the team update without notes by Friday',
      difficulty: 9,
      confidenceBefore: 4,
      steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step number ${i + 1}`, difficulty: i === 0 ? 4 : 3 })),
      microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `Tiny thing ${i + 1}`, minutes: 5 })),
      createdAt: now - 3 * 86_400_000,
      updatedAt: now,
    });
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#goals'));
    await page.bringToFront();
    await page.locator('.goal-ladder').waitFor();

    // A very hard goal is recorded, not argued with.
    expect(await page.locator('.goal-hints').innerText()).toMatch(/How hard it feels: noted\./);
    expect(await page.locator('.goal-ladder').innerText()).not.toMatch(/smaller version|very hard;/);

    // Day 4: tick it, then say what was done; the win says it.
    const first = page.getByRole('checkbox', { name: /Tiny thing 1/ });
    await first.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Done, and logged as a win.');
    await expect.poll(winTexts).toEqual(['Tiny thing 1']);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('id') ?? '')).toMatch(/micro-0-note/);
    await page.keyboard.type('Wrote the three opening lines on the train');
    await expect.poll(winTexts).toEqual(['Wrote the three opening lines on the train']);
    await expect.poll(async () => (await storedGoal()).microActions[0]).toMatchObject({ note: 'Wrote the three opening lines on the train', doneAt: expect.any(Number) });

    // Nothing to rate after one; after the second (ticked without a note: its own words are the win), the confidence rating.
    const confidence = page.getByRole('slider', { name: /^Two done\. How sure are you now/ });
    expect(await confidence.count()).toBe(0);
    await page.getByRole('checkbox', { name: /Tiny thing 2/ }).check();
    await expect.poll(async () => (await winTexts()).sort()).toEqual(['Tiny thing 2', 'Wrote the three opening lines on the train']);
    await confidence.fill('7');
    await page.getByText('On day 1 you said 4.').waitFor();
    await expect.poll(async () => (await storedGoal()).steps[0]?.confidence).toBe(7);

    // Day 6: after the third, how hard step 1 feels now, beside its day-2 rating.
    const feels = page.getByRole('slider', { name: 'Three done. How hard does step 1 feel now? (1 easy, 10 very hard)' });
    expect(await feels.count()).toBe(0);
    // Written before the tick works as well.
    await page.getByRole('textbox', { name: 'What did you do? (micro-action 3)' }).fill('Said it out loud once');
    await page.getByRole('checkbox', { name: /Tiny thing 3/ }).check();
    await expect.poll(async () => (await winTexts()).includes('Said it out loud once')).toBe(true);
    await feels.fill('2');
    await page.getByText('Less daunting than before: 4 when you wrote it down, 2 now.').waitFor();
    await expect.poll(async () => (await storedGoal()).steps[0]?.feelsNow).toBe(2);

    // Day 7, then the ladder goes on to step 2.
    await page.getByLabel('What did this week show you about what you can do?').fill('Three small things done: I can start the update.');
    await page.getByRole('button', { name: 'Close the week' }).click();
    await page.getByText('Week complete. Step 2 is below, whenever you are ready.').waitFor();
    await page.getByRole('heading', { name: 'Step 2: three micro-actions, one a day' }).waitFor();
    expect(await page.getByText('Next on your ladder: “Step number 2”.', { exact: false }).count()).toBe(1);
    expect(await page.locator('.goal-today').innerText()).toBe('Step 2. Today’s step: split it into three micro-actions.');
    for (let n = 1; n <= 3; n++) {
      await page.getByLabel(`Step 2, micro-action ${n}`, { exact: true }).fill(`Second step thing ${n}`);
      await page.getByLabel(`Minutes for step 2, micro-action ${n} (under 10)`).fill('4');
    }
    await expect.poll(() => page.locator('.goal-today').innerText()).toBe('Step 2. Today’s step: one micro-action.');
    await page.getByRole('textbox', { name: 'What did you do? (step 2, micro-action 1)' }).fill('Booked the meeting room');
    await page.getByRole('checkbox', { name: /Second step thing 1/ }).check();
    await expect.poll(async () => (await winTexts()).includes('Booked the meeting room')).toBe(true);
    await expect.poll(async () => (await storedGoal()).steps[1]?.microActions?.[0]).toMatchObject({ text: 'Second step thing 1', note: 'Booked the meeting room', doneAt: expect.any(Number) });
    expect((await storedGoal()).finishedAt).toBeTypeOf('number');

    // The list says where the ladder is now.
    expect(await page.getByRole('button', { name: /Give the team update/ }).innerText()).toMatch(/Step 2/);
  });
});
