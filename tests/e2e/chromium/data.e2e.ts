import { afterEach, describe, expect, it } from 'vitest';
import { closeAndCollect, launch, storedRecords, type Launched } from './harness';

let app: Launched | undefined;

afterEach(async () => {
  if (!app) return;
  const outside = await closeAndCollect(app);
  app = undefined;
  expect(outside).toEqual([]);
});

describe('Chromium: your data', () => {
  it('deletes everything behind a confirmation, and Primed starts again as new', async () => {
    app = await launch();
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    await popup.keyboard.type('Asked for a raise');
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(1);
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} }));
    await expect.poll(async () => (await storedRecords(app!, 'upcoming/')).length).toBe(1);

    const options = await app.context.newPage();
    await options.goto(app.url('options.html#data'));
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    // Nothing happens until the user confirms; "Keep my data" backs out.
    await options.getByRole('button', { name: 'Keep my data' }).click();
    expect(await storedRecords(app, 'entry/')).toHaveLength(1);
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    const yes = options.getByRole('button', { name: 'Yes, delete everything' });
    await expect.poll(() => yes.evaluate((b) => b === document.activeElement)).toBe(true);
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Everything is deleted.' }).count(), { timeout: 10_000 }).toBe(1);

    expect((await storedRecords(app, '')).map((r) => r.key)).toEqual([]);
    const local = await options.evaluate(() => chrome.storage.local.get(null));
    expect(Object.keys(local).filter((k) => k !== 'promptState')).toEqual([]);
    const alarms = await options.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual(['feeds-sync']);
    expect(await options.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await popup.reload();
    await expect.poll(() => popup.getByText('Your first win goes here.').count()).toBe(1);
  });
});
