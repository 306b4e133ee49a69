import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, putStoredRecord, storedRecords, type Launched } from './harness';

let app: Launched | undefined;

// Every test also proves that extension pages talked to no one.
closeBrowserAfterEach(() => app, () => (app = undefined));

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
    // As after installing: the periodic sync, and at most the reminder of the baseline confidence check, a day away.
    const alarms = await options.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name).filter((name) => name !== 'prompt:selfcheck')).toEqual(['feeds-sync']);
    expect(alarms.every((a) => a.name === 'feeds-sync' || a.scheduledTime > Date.now() + 23 * 3_600_000)).toBe(true);
    expect(await options.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await popup.reload();
    await expect.poll(() => popup.getByText('Your first win goes here.').count()).toBe(1);
  });
});

describe('Chromium: backups', () => {
  it('downloads a backup and the CSVs, refuses a corrupted file, and brings everything back after deleting it all', async () => {
    app = await launch();
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    for (const win of ['Asked for feedback, "on the demo"', 'Said no to a meeting']) {
      await popup.keyboard.type(win);
      await popup.keyboard.press('Enter');
    }
    await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(2);
    const before = (await storedRecords(app, 'entry/')).map((r) => r.value);
    const now = Date.now();
    await putStoredRecord(app, 'goal/000000003-test', {
      v: 1,
      id: '000000003-test',
      kind: 'goal',
      title: 'Ask for the promotion criteria by Friday',
      difficulty: 6,
      steps: [{ id: 's1', text: 'Find a time', difficulty: 3 }],
      microActions: [],
      createdAt: now,
      updatedAt: now,
    });
    const goalsBefore = (await storedRecords(app, 'goal/')).map((r) => r.value);

    const options = await app.context.newPage();
    await options.goto(app.url('options.html#data'));
    const [backupFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(backupFile.suggestedFilename()).toMatch(/^primed-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = await backupFile.path();
    const [csvFile] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Wins as CSV' }).click()]);
    const csv = readFileSync(await csvFile.path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('id,created_at,updated_at,text,event_key,event_title,difficulty,goal_id,goal_title');
    expect(csv).toContain('"Asked for feedback, ""on the demo"""');

    // A damaged copy changes nothing and says where it is damaged.
    const damaged = JSON.parse(readFileSync(backupPath, 'utf8'));
    damaged.entries[0].createdAt = 'yesterday';
    const damagedPath = join(app.profileDir, 'damaged.json');
    writeFileSync(damagedPath, JSON.stringify(damaged));
    await options.getByLabel('Choose a backup file').setInputFiles(damagedPath);
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('Nothing was imported. Entry 1 (win “Asked for feedback, "on the demo"”): the date it was made is text, not a number.');
    expect((await storedRecords(app, 'entry/')).map((r) => r.value)).toEqual(before);

    // The file is held to the limits of what is stored: a value is at most 80 characters.
    const tooLong = JSON.parse(readFileSync(backupPath, 'utf8'));
    tooLong.values[0] = 'Being someone my friends can count on, whatever the hour and whatever the weather';
    const tooLongPath = join(app.profileDir, 'too-long.json');
    writeFileSync(tooLongPath, JSON.stringify(tooLong));
    await options.getByLabel('Choose a backup file').setInputFiles(tooLongPath);
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/^Nothing was imported\. Value 1 \(“Being someone .+”\) is longer than 80 characters\.$/);
    await expect.poll(() => options.locator('.import-preview').count()).toBe(0);

    // Delete everything, then bring the backup back.
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    await options.getByRole('button', { name: 'Yes, delete everything' }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Everything is deleted.' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await storedRecords(app, 'entry/')).toEqual([]);
    await options.getByLabel('Choose a backup file').setInputFiles(backupPath);
    await expect.poll(() => options.locator('.import-preview').textContent()).toMatch(/: 2 entries \(2 new\), 1 goal ladder \(1 new\) and /);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => options.getByRole('status').filter({ hasText: 'Imported.' }).count()).toBe(1);
    expect((await storedRecords(app, 'entry/')).map((r) => r.value)).toEqual(before);
    expect((await storedRecords(app, 'goal/')).map((r) => r.value)).toEqual(goalsBefore);

    // A file holding one entry three times counts it once.
    const repeated = JSON.parse(readFileSync(backupPath, 'utf8'));
    repeated.entries = [repeated.entries[0], repeated.entries[0], repeated.entries[0]];
    const repeatedPath = join(app.profileDir, 'repeated.json');
    writeFileSync(repeatedPath, JSON.stringify(repeated));
    await options.getByLabel('Choose a backup file').setInputFiles(repeatedPath);
    await expect.poll(() => options.locator('.import-preview').textContent()).toMatch(/: 1 entry \(1 already here, 2 duplicates in the file\), 1 goal ladder \(1 already here\) and /);
  });
});
