// Care for hard moments, in a real Chromium: the support note beside every
// free-text field, kept to the end of an exercise, an urgent-care note of its
// own for chest pain or trouble breathing, and a cry for help never offered
// back as a win. Nothing here stops a save.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, openPopup, storedRecords, type Launched } from './harness';

let app: Launched | undefined;

// Every test also proves that extension pages talked to no one.
closeBrowserAfterEach(() => app, () => (app = undefined));

/** Screenshots for a person to look at, light and dark. */
const SHOTS = process.env.PRIMED_SAFETY_SHOTS ?? '/tmp/shots-safety';

async function shoot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, fullPage: true });
  }
  await page.emulateMedia({ colorScheme: null });
}

const heading = (page: Page) => page.locator('h1').textContent();
const note = (page: Page) => page.getByRole('complementary', { name: 'You don’t have to carry this alone' });
const urgent = (page: Page) => page.getByRole('complementary', { name: 'Chest pain or trouble breathing needs care now' });

async function storedTexts(a: Launched): Promise<string[]> {
  return (await storedRecords(a, 'entry/')).map((r) => (r.value as { text?: string }).text ?? '');
}

describe('Chromium: care for hard moments', () => {
  it('keeps the support note to the finish screen once crisis words were written in an exercise', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.setViewportSize({ width: 720, height: 900 });
    await page.goto(app.url('flow.html?flow=setback'));
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(page)).toBe('Before you start');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // The exercise's first written answer.
    await expect.poll(() => heading(page)).toBe('What you tried');
    expect(await note(page).count()).toBe(0);
    const attempted = page.getByLabel('What did you attempt?');
    await attempted.fill('Pitched the idea, and honestly no one would miss me if I left');
    await expect.poll(() => note(page).count()).toBe(1);
    // Rewriting the words does not take the note away: what was written still matters.
    await attempted.fill('Pitched the idea to the team');
    await page.waitForTimeout(100);
    expect(await note(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Next' }).click();

    for (const [title, label] of [
      ['What happened', 'What actually happened?'],
      ['What was in your hands', 'Which causes of what happened could you change next time?'],
      ['What it teaches you', 'What did you learn?'],
      ['Someone to learn from', 'Who could you watch or ask, someone who handles this kind of moment well?'],
      ['The next experiment', 'What will you try differently next time?'],
    ] as const) {
      await expect.poll(() => heading(page)).toBe(title);
      expect(await note(page).count()).toBe(1);
      await page.getByLabel(label).fill('Calm words');
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect.poll(() => heading(page)).toBe('Before you go');
    expect(await note(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Finish' }).click();

    await expect.poll(() => heading(page)).toBe('Saved');
    expect(await note(page).count()).toBe(1);
    expect(await note(page).getByRole('link', { name: 'Ways to get support' }).getAttribute('href')).toBe('/welcome.html#now');
    // Nothing is suggested next: only a way to close, beside the note.
    expect(await page.getByRole('button').allInnerTexts()).toEqual(['Close']);
    // The note never stood in the way of the save.
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(1);
    await shoot(page, 'finish-screen');

    // A fresh run of the same exercise starts without it.
    const again = await app.context.newPage();
    await again.goto(app.url('flow.html?flow=setback'));
    await again.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(again)).toBe('Before you start');
    expect(await note(again).count()).toBe(0);
  });

  it('shows the note under the popup’s win field for passive wording, and urgent care first for chest pain', async () => {
    app = await launch();
    const popup = await openPopup(app);
    await popup.keyboard.type('This deadline is killing me but I shipped');
    await popup.waitForTimeout(100);
    expect(await popup.locator('.crisis-panel').count()).toBe(0);

    const field = popup.getByLabel('What went well?');
    await field.fill("Made it through the day, but I don't want to be here anymore");
    await expect.poll(() => note(popup).count()).toBe(1);
    expect(await urgent(popup).count()).toBe(0);
    await shoot(popup, 'popup-note');

    await field.fill('Gave the talk with chest pain the whole time');
    await expect.poll(() => urgent(popup).count()).toBe(1);
    expect(await note(popup).count()).toBe(0);
    const text = await urgent(popup).innerText();
    expect(text).toMatch(/urgent medical help first/);
    expect(text).not.toMatch(/therapist|crisis line/);
    await shoot(popup, 'popup-urgent');

    // Saving goes ahead as always.
    await popup.keyboard.press('Enter');
    await expect.poll(() => storedTexts(app!)).toEqual(['Gave the talk with chest pain the whole time']);
    await expect.poll(() => popup.locator('.crisis-panel').count()).toBe(0);
  });

  it('checks a goal ladder’s fields and the words edited in the history', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#goals'));
    await page.getByRole('button', { name: 'Start a new goal' }).click();
    const title = page.getByLabel('What do you want to be able to do?');
    await title.fill('Speak up in the weekly meeting');
    await page.waitForTimeout(100);
    expect(await note(page).count()).toBe(0);
    await title.fill("Speak up, though what's the point of living");
    await expect.poll(() => note(page).count()).toBe(1);
    await title.fill('Speak up in the weekly meeting');
    await expect.poll(() => note(page).count()).toBe(0);

    const popup = await openPopup(app);
    await popup.keyboard.type('Asked a question in the all-hands');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(1);

    const history = await app.context.newPage();
    await history.goto(app.url('journal.html'));
    await history.getByRole('button', { name: /Asked a question in the all-hands/ }).click();
    await history.getByLabel('Your words').fill('Asked a question, but I should just die');
    await expect.poll(() => note(history).count()).toBe(1);
    await history.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => storedTexts(app!)).toEqual(['Asked a question, but I should just die']);
  });

  it('never offers a win in crisis words back as evidence, while it stays in the history', async () => {
    app = await launch();
    const popup = await openPopup(app);
    await popup.keyboard.type('Led the standup for the first time');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(1);
    await popup.keyboard.type('Finished the report, kms');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(2);

    // Each time the popup opens, the one piece of evidence it may pick is the real win.
    for (let i = 0; i < 3; i++) {
      await popup.reload();
      await expect.poll(() => popup.getByTestId('evidence').textContent()).toBe('From your own record: “Led the standup for the first time”');
    }

    const page = await app.context.newPage();
    await page.goto(app.url('journal.html'));
    await expect.poll(() => page.getByRole('button', { name: /Finished the report, kms/ }).count()).toBe(1);
    await page.getByRole('button', { name: 'Your evidence' }).click();
    await expect.poll(() => page.locator('.evidence-list').innerText()).toMatch(/Led the standup for the first time/);
    expect(await page.locator('.evidence-list').innerText()).not.toMatch(/kms/);

    // Nor is it offered as evidence inside the thought record.
    const reframe = await app.context.newPage();
    await reframe.goto(app.url('flow.html?flow=reframe'));
    await reframe.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(reframe)).toBe('Before you start');
    await reframe.getByRole('button', { name: 'Next' }).click();
    await reframe.getByLabel('The situation').fill('The quarterly review');
    await reframe.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(reframe)).toBe('What do you feel?');
    await reframe.getByLabel('Emotion 1', { exact: true }).fill('nervous');
    await reframe.getByRole('slider', { name: 'How strong is “nervous”?' }).fill('70');
    await reframe.getByRole('button', { name: 'Next' }).click();
    await reframe.getByLabel('What is the thought that worries you?').fill('They will see I do not know enough');
    await reframe.getByLabel('How strongly do you believe it?').fill('80');
    await reframe.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(reframe)).toBe('Any thinking traps?');
    await reframe.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(reframe)).toBe('Evidence for the thought');
    await reframe.getByLabel('What facts support it?').fill('I missed one question last time');
    await reframe.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(reframe)).toBe('Evidence against it');
    await reframe.getByRole('button', { name: /Add as evidence/ }).first().waitFor();
    const offered = await reframe.getByRole('button', { name: /Add as evidence/ }).allTextContents();
    expect(offered.join(' ')).toMatch(/Led the standup for the first time/);
    expect(offered.join(' ')).not.toMatch(/kms/);
  });
});
