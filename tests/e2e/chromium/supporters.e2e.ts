// Supporters: kept in the settings, asked in the reach-out exercise, carried
// by a backup, and gone after Delete everything.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, storedRecords, type Launched } from './harness';
import { answerByKeyboardUntil, begin, completeByKeyboard, focusedText, heading, next } from './exercise-steps';

let app: Launched | undefined;

closeBrowserAfterEach(() => app, () => (app = undefined));

interface StoredSupporter {
  name: string;
  kind: string;
  note?: string;
}

async function storedSupporters(page: Page): Promise<StoredSupporter[]> {
  return page.evaluate(async () => ((await chrome.storage.local.get('supporters')) as { supporters?: { value: StoredSupporter[] } }).supporters?.value ?? []);
}

/** Tabs until the focused element's text starts with `text`. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 30; i++) {
    if ((await focusedText(page)).startsWith(text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Nothing starting “${text}” reached by Tab`);
}

describe('Chromium: supporters', () => {
  it('are added in the settings, asked by keyboard in the reach-out exercise with the request copied, backed up, and removed by Delete everything', async () => {
    app = await launch();
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#exercises'));
    const section = options.getByRole('region', { name: 'Your supporters' });
    await expect.poll(() => section.getByText('No one yet. Even one name helps.').count()).toBe(1);
    for (const [name, kind] of [
      ['Sam', 'Practical help'],
      ['Ana', 'Has done this'],
    ] as const) {
      await section.getByRole('textbox', { name: 'Name' }).fill(name);
      await section.getByRole('combobox', { name: 'How they help' }).selectOption({ label: kind });
      await section.getByRole('button', { name: 'Add supporter' }).click();
      await expect.poll(() => section.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('');
    }
    const note = section.getByRole('textbox', { name: 'Note about Sam' });
    await note.fill('Ran mock interviews for my cohort');
    await note.press('Tab');
    await expect.poll(() => storedSupporters(options)).toEqual([
      expect.objectContaining({ name: 'Sam', kind: 'practical', note: 'Ran mock interviews for my cohort' }),
      expect.objectContaining({ name: 'Ana', kind: 'mentor' }),
    ]);
    await section.getByRole('combobox', { name: 'How Ana helps' }).selectOption({ label: 'Listens' });
    await expect.poll(async () => (await storedSupporters(options))[1]?.kind).toBe('listener');

    // The weekly check-in is off until turned on.
    await options.goto(app.url('options.html#prompts'));
    const weekly = options.getByRole('checkbox', { name: 'Once a week, remind me to reach out to one of my supporters' });
    expect(await weekly.isChecked()).toBe(false);

    // The exercise, by keyboard alone.
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=reach-out&trigger=t-1'));
    await begin(page);
    await answerByKeyboardUntil(page, 'Who will you ask?');
    await tabTo(page, 'Sam');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Who will you ask?' }).inputValue()).toBe('Sam');
    expect(await page.getByRole('button', { name: /^Sam/ }).getAttribute('aria-pressed')).toBe('true');
    await next(page);
    await expect.poll(() => heading(page)).toBe('What to ask for');
    await tabTo(page, '');
    for (let i = 0; i < 10; i++) {
      const label = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent ?? '');
      if (label.startsWith('A mock run')) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await next(page);
    await expect.poll(() => heading(page)).toBe('Your request');
    // Only the idea for the help chosen, to the person chosen.
    const idea = 'Hi Sam, could you do a mock interview with me on Tuesday? Half an hour would help a lot.';
    expect(await page.getByRole('button', { name: /^Use this/ }).count()).toBe(1);
    await tabTo(page, 'Use this');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Your request' }).inputValue()).toBe(idea);
    await tabTo(page, 'Copy your request');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Copied.' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(idea);
    expect(await completeByKeyboard(page)).toBe(2);
    const entries = await storedRecords(app, 'entry/');
    expect(entries.map((e) => e.value)).toEqual([
      expect.objectContaining({ flowId: 'reach-out', triggerId: 't-1', fields: expect.objectContaining({ person: 'Sam', askFor: ['practical'], request: idea }) }),
    ]);

    // In the backup file.
    await options.goto(app.url('options.html#data'));
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup' }).click()]);
    const backupPath = await download.path();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { supporters: StoredSupporter[] };
    expect(backup.supporters.map((s) => [s.name, s.kind])).toEqual([
      ['Sam', 'practical'],
      ['Ana', 'listener'],
    ]);

    // Gone after Delete everything, back after the import.
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Everything is deleted.' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await storedSupporters(options)).toEqual([]);
    await options.getByLabel('Choose a backup file').setInputFiles(backupPath);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Imported.' }).count()).toBe(1);
    await options.goto(app.url('options.html#exercises'));
    await expect.poll(() => options.locator('.supporter-name').allTextContents()).toEqual(['Sam', 'Ana']);
  });
});
