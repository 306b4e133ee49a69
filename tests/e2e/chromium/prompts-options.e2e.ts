import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PromptSettings, Stakes } from '@/lib/prompts/model';
import { closeBrowserAfterEach, launch, type Launched } from './harness';

let app: Launched | undefined;

// Every test also proves that extension pages talked to no one.
closeBrowserAfterEach(() => app, () => (app = undefined));

/** What the options page stored, read the way the background reads it. */
async function stored<T>(page: Page, key: 'stakes' | 'promptSettings'): Promise<T | undefined> {
  const items = await page.evaluate((k) => chrome.storage.local.get(k), key);
  return (items[key] as { value: T } | undefined)?.value;
}

/** A time `offsetMs` from now as the page's <input type="datetime-local"> takes it, in the browser's zone. */
function localInput(page: Page, offsetMs: number): Promise<string> {
  return page.evaluate((offset) => {
    const d = new Date(Date.now() + offset);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, offsetMs);
}

async function optionsWithDemo(a: Launched): Promise<Page> {
  const page = await a.context.newPage();
  await page.goto(a.url('options.html#calendar'));
  await page.getByRole('button', { name: 'Turn on the demo calendar' }).press('Enter');
  await expect.poll(() => page.locator('.upcoming').innerText(), { timeout: 15_000 }).toMatch(/Team standup/);
  return page;
}

describe('Chromium: high-stakes marks and prompt settings on the options page', () => {
  it('shows what the rules catch, and marks a whole series high-stakes', async () => {
    app = await launch();
    const page = await optionsWithDemo(app);

    // The suggested rules catch the interview and the presentation.
    const badge = (title: string) => page.locator('.upcoming-item', { hasText: title }).locator('.stakes-badge');
    const interview = page.locator('.upcoming-item', { hasText: 'Job interview: product designer' });
    await expect.poll(() => badge('Job interview: product designer').textContent()).toBe('High-stakes · Interview');
    expect(await interview.innerText()).toMatch(/Prompts come, because the title has your word “interview”\./);
    expect(await badge('Quarterly review presentation').textContent()).toBe('High-stakes · Presentation');
    const standups = page.locator('.upcoming-item', { hasText: 'Team standup' });
    expect(await badge('Team standup').count()).toBe(0);

    // Every standup, from the first one's control.
    const choice = page.getByRole('combobox', { name: 'Prompts for Team standup' }).first();
    await choice.focus();
    await choice.selectOption({ label: 'Prompt me for every event in the series' });
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.tags).toEqual([
      { target: 'demo:demo-team-standup@primed.invalid', scope: 'series', mode: 'high-stakes', kind: 'other', updatedAt: expect.any(Number) },
    ]);
    await expect.poll(() => badge('Team standup').count()).toBe(await standups.count());
    expect(await standups.count()).toBeGreaterThan(1);
    expect(await badge('Team standup').allTextContents()).toContain('High-stakes · Other');
    // The choice says in words what it does.
    expect(await standups.first().locator('.stakes-hint').innerText()).toBe('Every event in this series gets prompts before and after.');

    // Its kind, which shapes the wording of prompts.
    await page.getByRole('combobox', { name: 'Kind of moment for Team standup' }).last().selectOption({ label: 'Presentation' });
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.tags[0]?.kind).toBe('presentation');
    await expect.poll(() => badge('Team standup').first().textContent()).toBe('High-stakes · Presentation');

    // Back to automatic: no rule names standups.
    await choice.selectOption({ label: 'Decide by my word rules' });
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.tags).toEqual([]);
    await expect.poll(() => badge('Team standup').count()).toBe(0);
  });

  it('adds a keyword rule with a live preview, and refuses an empty or repeated one', async () => {
    app = await launch();
    const page = await optionsWithDemo(app);
    const rules = page.locator('#rules');
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: 'Prompts' }).click();

    await expect.poll(() => rules.locator('[data-rule-preview="interview"]').textContent()).toMatch(/^Matches 1 upcoming event: Job interview: product designer$/);

    const keyword = rules.getByLabel('Word or phrase');
    await keyword.fill('standup');
    await rules.getByLabel('Kind of moment', { exact: true }).selectOption({ label: 'Other' });
    await keyword.press('Enter');
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.rules[0]).toMatchObject({
      keyword: 'standup',
      kind: 'other',
      matchDescription: false,
      enabled: true,
    });
    expect(await keyword.inputValue()).toBe('');
    await expect.poll(() => rules.locator('[data-rule-preview="standup"]').textContent()).toMatch(/^Matches \d+ upcoming events: Team standup$/);
    // The rule now makes the standups high-stakes.
    await page.goBack();
    const standup = page.locator('.upcoming-item', { hasText: 'Team standup' }).first();
    await expect.poll(() => standup.locator('.stakes-badge').textContent()).toBe('High-stakes · Other');
    expect(await standup.innerText()).toMatch(/Prompts come, because the title has your word “standup”\./);
    await page.goForward();

    const count = (await stored<Stakes>(page, 'stakes'))!.rules.length;
    await keyword.fill('  Standup ');
    await keyword.press('Enter');
    await expect.poll(() => rules.getByRole('alert').textContent()).toBe('There is already a rule for this word.');
    await keyword.fill('');
    await keyword.press('Enter');
    await expect.poll(() => rules.getByRole('alert').textContent()).toBe('Type a word or phrase first.');
    expect((await stored<Stakes>(page, 'stakes'))!.rules).toHaveLength(count);

    // Turned off, a rule still previews what it would catch.
    await rules.getByRole('checkbox', { name: 'Use this rule “standup”' }).press('Space');
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.rules[0]?.enabled).toBe(false);
    expect(await rules.locator('[data-rule-preview="standup"]').textContent()).toMatch(/^Turned off\. Matches/);

    // Removed, then a suggested rule restored.
    await rules.getByRole('button', { name: 'Remove the rule “pitch”' }).press('Enter');
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.rules.some((r) => r.keyword === 'pitch')).toBe(false);
    await rules.getByRole('button', { name: 'Restore the suggested rules' }).press('Enter');
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.rules.some((r) => r.keyword === 'pitch')).toBe(true);
    expect(await rules.getByRole('status').textContent()).toBe('Added back 1 suggested rule.');
  });

  it('adds a moment that is in no calendar, and refuses one in the past', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#moments'));
    const moments = page.locator('#moments');
    await moments.getByText('No moments coming up.').waitFor();

    const title = moments.getByLabel('What is it?');
    await title.fill('Call with the landlord');
    await moments.getByLabel('Date and time').fill(await localInput(page, 3 * 3_600_000));
    await moments.getByLabel('How long, in minutes (optional)').fill('30');
    await moments.getByLabel('Kind of moment', { exact: true }).selectOption({ label: 'Difficult conversation' });
    await moments.getByRole('button', { name: 'Add moment' }).press('Enter');

    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.moments).toEqual([
      {
        id: expect.any(String),
        title: 'Call with the landlord',
        start: expect.any(Number),
        durationMinutes: 30,
        kind: 'conversation',
        createdAt: expect.any(Number),
        updatedAt: expect.any(Number),
      },
    ]);
    const moment = (await stored<Stakes>(page, 'stakes'))!.moments[0]!;
    expect(Math.abs(moment.start - (moment.createdAt + 3 * 3_600_000))).toBeLessThan(2 * 60_000);
    await expect.poll(() => moments.locator('.moment-list').innerText()).toMatch(/Call with the landlord[\s\S]*30 min · Difficult conversation/);
    expect(await title.inputValue()).toBe('');

    await title.fill('Yesterday’s match');
    await moments.getByLabel('Date and time').fill(await localInput(page, -2 * 3_600_000));
    await title.press('Enter');
    await expect.poll(() => moments.getByRole('alert').textContent()).toBe('That time has already passed. Choose one still to come.');
    await title.fill('');
    await title.press('Enter');
    await expect.poll(() => moments.getByRole('alert').textContent()).toBe('Give it a short name first.');
    expect((await stored<Stakes>(page, 'stakes'))!.moments).toHaveLength(1);

    await moments.getByRole('button', { name: 'Remove Call with the landlord' }).press('Enter');
    await expect.poll(async () => (await stored<Stakes>(page, 'stakes'))?.moments).toEqual([]);
    await moments.getByText('No moments coming up.').waitFor();
  });

  it('saves valid prompt settings as they change and keeps invalid ones out', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#prompts'));
    // The prompt settings are in several cards of the Prompts group.
    const prompts = page.locator('#panel-prompts');

    const affirm = prompts.getByLabel('minutes before: Invitation to reflect on your values');
    await affirm.fill('30');
    await affirm.press('Tab');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.prompts.affirm).toEqual({ enabled: true, minutes: 30 });

    // The day-before rehearsal is timed in hours, two at the least.
    const rehearse = prompts.getByLabel('hours before: Rehearsal, the day before');
    expect(await rehearse.inputValue()).toBe('20');
    await rehearse.fill('1');
    await rehearse.press('Tab');
    await expect.poll(() => prompts.getByRole('alert').textContent()).toBe('Use whole hours from 2 to 24.');
    await rehearse.fill('16');
    await rehearse.press('Tab');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.prompts.rehearse).toEqual({ enabled: true, minutes: 16 * 60 });

    await prompts.getByRole('checkbox', { name: 'Reflection afterwards' }).press('Space');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.prompts.feedback.enabled).toBe(false);

    const cap = prompts.getByLabel('At most this many prompts a day');
    await cap.fill('99');
    await cap.press('Tab');
    await expect.poll(() => prompts.getByRole('alert').textContent()).toBe('Choose a whole number from 1 to 50.');
    expect((await stored<PromptSettings>(page, 'promptSettings'))?.dailyCap).toBe(6);
    await cap.fill('3');
    await cap.press('Tab');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.dailyCap).toBe(3);
    expect(await prompts.getByRole('alert').count()).toBe(0);

    await prompts.getByRole('checkbox', { name: 'No quiet hours' }).press('Space');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.quietHours).toBeNull();

    await prompts.getByRole('checkbox', { name: 'Discreet notifications (for shared screens)' }).press('Space');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.discreet).toBe(true);

    await prompts.getByText('Advanced: self-experiment').press('Enter');
    await prompts.getByRole('checkbox', { name: 'Show each prompt at random, with probability' }).press('Space');
    await expect.poll(async () => (await stored<PromptSettings>(page, 'promptSettings'))?.deliveryProbability).toBe(0.5);

    const test = page.locator('#test-prompt');
    await test.getByRole('button', { name: 'Send a test prompt' }).press('Enter');
    await expect.poll(() => test.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Sent, and your browser says it appeared.');
  });
});
