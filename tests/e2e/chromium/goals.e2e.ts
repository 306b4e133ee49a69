// The goal ladder from day 4 on, in a real Chromium: what was done, written
// before each tick and logged as the win; the confidence rating after the
// second micro-action; how hard the step feels after the third; and, after
// the week, the ladder going on to step 2. And the value a ladder serves,
// picked by keyboard, shown on the ladder and in the day 7 reflection. And a
// ladder past its week: the week and each climbed step folded into a line
// that opens again from the keyboard, above the step being climbed.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Goal } from '@/lib/goals/model';
import { closeBrowserAfterEach, launch, putStoredRecord, storedRecords, type Launched } from './harness';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

const SHOTS = process.env.PRIMED_LADDER_SHOTS ?? '/tmp/shots-ladder';

/**
 * Stores a goal written down `daysAgo` days ago, with seven steps rated 3 and
 * the first step split into three five-minute micro-actions, as `change` makes it.
 */
async function putGoal(daysAgo: number, change: (goal: Goal) => Goal): Promise<void> {
  const now = Date.now();
  const goal: Goal = {
    v: 1,
    id: '000000001-test',
    kind: 'goal',
    title: '',
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step number ${i + 1}`, difficulty: 3 })),
    microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `Tiny thing ${i + 1}`, minutes: 5 })),
    createdAt: now - daysAgo * 86_400_000,
    updatedAt: now,
  };
  await putStoredRecord(app!, `goal/${goal.id}`, change(goal));
}

const storedGoal = async () => (await storedRecords(app!, 'goal/'))[0]?.value as Goal;
const winTexts = async () => (await storedRecords(app!, 'entry/')).map((r) => (r.value as { text: string }).text);

describe('Chromium: a goal ladder from day 4', () => {
  it('asks what was done, then for confidence and how the step feels, and goes on to step 2 after the week', async () => {
    app = await launch();
    // Written down three days ago: steps rated (the first at 4) and the first step split.
    await putGoal(3, (goal) => ({
      ...goal,
      title: 'Give the team update without notes by Friday',
      difficulty: 9,
      confidenceBefore: 4,
      steps: goal.steps.map((step, i) => (i === 0 ? { ...step, difficulty: 4 } : step)),
    }));
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
    // Just closed, the week stays open where the user is; it folds on demand.
    const week = page.getByRole('button', { name: /^Week 1 done/ });
    expect(await week.getAttribute('aria-expanded')).toBe('true');
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

describe('Chromium: the value a goal ladder serves', () => {
  it('is picked from the user’s values by keyboard, shown on the ladder and in the day 7 reflection, and can go back to None', async () => {
    app = await launch();
    // Day 7: the three micro-actions of step 1 done, the look back still to write.
    const now = Date.now();
    await putGoal(6, (goal) => ({
      ...goal,
      title: 'Run the family budget talk on Sunday',
      difficulty: 7,
      confidenceBefore: 3,
      microActions: goal.microActions.map((action, i) => ({ ...action, doneAt: now - (3 - i) * 86_400_000, winId: `w${i}` })),
    }));
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#goals'));
    // The user's own list, with a value of their own ("Family") among the suggested ones.
    await page.evaluate(() => chrome.storage.local.set({ values: { version: 2, value: ['Kindness', 'Family', 'Health'] } }));
    await page.reload();
    await page.bringToFront();

    const picker = page.getByRole('combobox', { name: 'Which of your values does it serve?' });
    await picker.waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['None', 'Kindness', 'Family', 'Health']);
    expect(await picker.inputValue()).toBe('');
    const reflect = page.locator('li.goal-stage').filter({ has: page.getByRole('heading', { name: 'Day 7: look back' }) });
    expect(await reflect.innerText()).not.toMatch(/serves/);

    // Picked by keyboard: from None, two down is Family.
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => picker.inputValue()).toBe('Family');
    await expect.poll(async () => (await storedGoal()).value).toBe('Family');
    const row = page.getByRole('button', { name: /Run the family budget talk/ });
    await expect.poll(() => row.innerText()).toMatch(/Serves: Family/);
    await expect.poll(() => reflect.innerText()).toMatch(/This goal serves Family\. Keep that in mind as you look back\./);

    // It stays after a reload, and the row says it while the ladder is closed.
    await page.reload();
    await expect.poll(() => picker.inputValue()).toBe('Family');
    await row.click();
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('false');
    expect(await row.innerText()).toMatch(/Serves: Family/);
    await row.press('Enter');
    await expect.poll(() => row.getAttribute('aria-expanded')).toBe('true');

    await mkdir(SHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${SHOTS}/ladder-value-${colorScheme}.png`, fullPage: true });
      // The row and day 1, where the value is picked.
      await page.evaluate(() => window.scrollTo(0, 0));
      const top = (await row.boundingBox())!;
      const day1 = (await page.locator('li.goal-stage').first().boundingBox())!;
      await page.screenshot({ path: `${SHOTS}/ladder-day1-${colorScheme}.png`, fullPage: true, clip: { x: top.x - 8, y: top.y - 8, width: top.width + 16, height: day1.y + day1.height - top.y + 16 } });
      await reflect.screenshot({ path: `${SHOTS}/ladder-day7-${colorScheme}.png` });
    }

    // Back to None: the value is left out, and neither place names it.
    await picker.focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => 'value' in (await storedGoal())).toBe(false);
    await expect.poll(() => row.innerText()).not.toMatch(/Serves/);
    expect(await reflect.innerText()).not.toMatch(/serves/);
  });
});

describe('Chromium: a goal ladder past its first week', () => {
  it('folds the week and each climbed step into a line that opens by keyboard, with the step being climbed in full below', async () => {
    app = await launch();
    const now = Date.now();
    const day = 86_400_000;
    const done = (daysAgo: number, id: string) => ({ doneAt: now - daysAgo * day, winId: `w-${id}` });
    // Ten days in: the week closed, step 2 climbed, step 3 split with one of three done.
    await putGoal(10, (goal) => ({
      ...goal,
      title: 'Give the team update without notes by Friday',
      difficulty: 8,
      confidenceBefore: 4,
      microActions: goal.microActions.map((a, i) => ({ ...a, note: `Week note ${i + 1}`, ...done(7 - i, a.id) })),
      steps: goal.steps.map((step, i) =>
        i === 1
          ? { ...step, confidence: 8, feelsNow: 2, microActions: [0, 1, 2].map((j) => ({ id: `b${j}`, text: `Second step thing ${j + 1}`, minutes: 4, ...done(3 - j, `b${j}`) })) }
          : i === 2
            ? { ...step, microActions: [0, 1, 2].map((j) => ({ id: `c${j}`, text: `Third step thing ${j + 1}`, minutes: 6, ...(j === 0 ? done(0, 'c0') : {}) })) }
            : step,
      ),
      reflection: { text: 'Three small things done: I can start the update.', confidenceAfter: 7 },
      finishedAt: now - 4 * day,
    }));
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(app.url('journal.html#goals'));
    await page.bringToFront();
    await page.locator('.goal-ladder').waitFor();

    // Folded: one line each, with the figures the ladder holds; the step being climbed in full below.
    const week = page.getByRole('button', { name: 'Week 1 done. Step 1 climbed in 3 micro-actions, confidence from 4 to 7' });
    const step2 = page.getByRole('button', { name: 'Step 2 climbed: “Step number 2”. 3 micro-actions, difficulty from 3 to 2, confidence 8' });
    expect(await week.getAttribute('aria-expanded')).toBe('false');
    expect(await step2.getAttribute('aria-expanded')).toBe('false');
    expect(await week.innerText()).toMatch(/confidence 4 → 7/);
    const reflection = page.getByRole('textbox', { name: 'What did this week show you about what you can do?' });
    const weekNote = page.getByRole('textbox', { name: 'What did you do? (micro-action 1)' });
    expect(await reflection.isVisible()).toBe(false);
    expect(await weekNote.isVisible()).toBe(false);
    expect(await page.getByRole('checkbox', { name: /Second step thing 1/ }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Step 3: three micro-actions, one a day' }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Third step thing 1/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Third step thing 2/ }).isVisible()).toBe(true);
    expect(await page.locator('.goal-today').innerText()).toBe('Step 3. Today’s step: one micro-action.');
    // The folds come before the step being climbed.
    const top = async (of: typeof week) => (await of.boundingBox())!.y;
    const climbing = page.getByRole('heading', { name: 'Step 3: three micro-actions, one a day' });
    expect(await top(week)).toBeLessThan(await top(step2));
    expect(await top(step2)).toBeLessThan(await top(climbing));

    await mkdir(SHOTS, { recursive: true });
    const ladder = page.locator('.goal-ladder');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await ladder.screenshot({ path: `${SHOTS}/ladder-folded-${colorScheme}.png` });
    }

    // Opened from the keyboard: the week's answers are all there, and can still be changed.
    await week.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => week.getAttribute('aria-expanded')).toBe('true');
    expect(await reflection.inputValue()).toBe('Three small things done: I can start the update.');
    expect(await weekNote.inputValue()).toBe('Week note 1');
    expect(await page.getByRole('textbox', { name: 'What do you want to be able to do?' }).inputValue()).toBe('Give the team update without notes by Friday');
    expect(await page.getByRole('checkbox', { name: /Tiny thing 3/ }).isChecked()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Step 3: three micro-actions, one a day' }).isVisible()).toBe(true);
    await reflection.fill('Three small things done: I can give the update.');
    await expect.poll(async () => (await storedGoal()).reflection?.text).toBe('Three small things done: I can give the update.');

    await step2.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => step2.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('checkbox', { name: /Second step thing 3/ }).isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: /^Three done\. How hard does step 2 feel now/ }).inputValue()).toBe('2');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await ladder.screenshot({ path: `${SHOTS}/ladder-opened-${colorScheme}.png` });
      // Close up: the opened week's top, and the opened step 2 under the week's end.
      for (const [name, from] of [['week', week], ['step2', step2]] as const) {
        const box = (await from.boundingBox())!;
        const edge = (await ladder.boundingBox())!;
        const y = box.y + (await page.evaluate(() => window.scrollY)) - (name === 'step2' ? 260 : 16);
        await page.screenshot({ path: `${SHOTS}/ladder-opened-${name}-${colorScheme}.png`, fullPage: true, clip: { x: edge.x, y, width: edge.width, height: 720 } });
      }
    }

    // Folded again, and still folded after the view is opened anew.
    await week.press('Enter');
    await expect.poll(() => week.getAttribute('aria-expanded')).toBe('false');
    expect(await reflection.isVisible()).toBe(false);
    await page.reload();
    await page.locator('.goal-ladder').waitFor();
    expect(await page.getByRole('button', { name: /^Week 1 done/ }).getAttribute('aria-expanded')).toBe('false');
  });
});
