// The welcome page in a real Chromium: the pin guide drawn for the browser it
// runs in, and the setup questions answered in place, each saved to the same
// storage the settings page reads, without the page ever leaving.
import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, type Launched } from './harness';

const SHOTS = process.env.PRIMED_JOURNAL_SHOTS ?? '/tmp/shots-journal';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

interface StoredRule {
  kind: string;
  enabled: boolean;
}

async function stored<T>(a: Launched, key: string): Promise<T | undefined> {
  const all = await a.worker.evaluate((key) => chrome.storage.local.get(key), key);
  return (all[key] as { value: T } | undefined)?.value;
}

describe('Chromium: welcome page', () => {
  it('shows how to pin the icon in this browser, and in Firefox the gear menu instead', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('welcome.html'));
    const guide = page.getByRole('region', { name: 'Keep Primed one click away' });
    const picture = guide.getByRole('img', { name: /puzzle-piece menu open/ });
    await expect.poll(() => picture.isVisible()).toBe(true);
    expect(await picture.getAttribute('aria-label')).toBeNull();
    expect(await picture.getAttribute('data-browser')).toBe('chrome');
    expect(await guide.getByRole('listitem').allTextContents()).toEqual(['Click the puzzle piece at the top right of the window.', 'Click the pin beside Primed.']);

    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' });
    await page.reload();
    const firefox = page.getByRole('img', { name: /Firefox’s toolbar/ });
    await expect.poll(() => firefox.getAttribute('data-browser')).toBe('firefox');
    expect(await firefox.locator('text').allTextContents()).toContain('Pin to Toolbar');
    expect(await guide.getByRole('listitem').nth(1).textContent()).toBe('Click the gear beside Primed, then “Pin to Toolbar”.');
    await mkdir(SHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await guide.screenshot({ path: `${SHOTS}/welcome-pin-firefox-${colorScheme}.png` });
    }
  });

  it('asks the setup questions in place: the demo, the kinds of moment, quiet hours, all saved where the settings read them', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('welcome.html'));
    const welcomeUrl = page.url();
    const calendar = page.getByRole('group', { name: 'Where are your moments?' });

    // Add a calendar opens the settings in a tab of its own.
    // Another page (the welcome tab itself, on install) can open first: look for the settings by address.
    await calendar.getByRole('link', { name: 'Add a calendar' }).click();
    const settingsUrl = app.url('options.html');
    const context = app.context;
    const settingsPage = () => context.pages().find((p) => p.url().startsWith(settingsUrl));
    await expect.poll(() => settingsPage()?.url(), { timeout: 15_000 }).toBe(app.url('options.html#calendar'));
    const settingsTab = settingsPage()!;
    await settingsTab.close();
    expect(page.url()).toBe(welcomeUrl);

    // Try the demo: turned on here, the page stays, and the settings list it.
    await calendar.getByRole('button', { name: 'Try the demo' }).click();
    await expect.poll(() => calendar.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/The demo calendar is on/);
    expect(page.url()).toBe(welcomeUrl);
    const settings = await app.context.newPage();
    await settings.goto(app.url('options.html#calendar'));
    await expect.poll(() => settings.locator('.feed-list').innerText(), { timeout: 15_000 }).toMatch(/Demo calendar/);
    // Turned off elsewhere, the welcome page follows at once.
    await app.worker.evaluate(async () => {
      const { feeds } = (await chrome.storage.local.get('feeds')) as { feeds: { version: number; value: Array<{ id: string; enabled: boolean }> } };
      await chrome.storage.local.set({ feeds: { ...feeds, value: feeds.value.map((f) => (f.id === 'demo' ? { ...f, enabled: false } : f)) } });
    });
    await calendar.getByRole('button', { name: 'Try the demo' }).waitFor();
    // And back on from here, then off from here.
    await calendar.getByRole('button', { name: 'Try the demo' }).click();
    await calendar.getByRole('button', { name: 'Turn the demo off' }).click();
    await expect.poll(() => calendar.getByRole('status').textContent()).toBe('The demo calendar is off.');
    await expect.poll(async () => (await stored<Array<{ id: string; enabled: boolean }>>(app!, 'feeds'))?.find((f) => f.id === 'demo')?.enabled).toBe(false);

    // Kinds of moment: every kind the rules know starts on; one unticked turns all its words off.
    const kinds = page.getByRole('group', { name: 'Which moments matter to you?' });
    expect(await kinds.getByRole('checkbox').count()).toBe(6);
    const exam = kinds.getByRole('checkbox', { name: 'Exam' });
    await expect.poll(() => exam.isChecked()).toBe(true);
    await exam.uncheck();
    await expect.poll(() => kinds.getByRole('status').textContent()).toBe('Saved.');
    const examRules = async () => ((await stored<StoredRule[]>(app!, 'stakes')) as unknown as { rules: StoredRule[] } | undefined)?.rules.filter((r) => r.kind === 'exam');
    await expect.poll(async () => (await examRules())?.map((r) => r.enabled)).toEqual([false, false, false, false]);
    expect(await kinds.getByRole('checkbox', { name: 'Interview' }).isChecked()).toBe(true);
    // Keyboard: Space ticks it again.
    await exam.focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await examRules())?.every((r) => r.enabled)).toBe(true);

    // Quiet hours: on by default, from 22:00 to 07:00; a new start is saved, and they can be turned off.
    const quiet = page.getByRole('group', { name: 'When should Primed stay quiet?' });
    const on = quiet.getByRole('checkbox', { name: 'No prompts at night' });
    await expect.poll(() => on.isChecked()).toBe(true);
    await quiet.getByLabel('Quiet from').fill('21:30');
    await expect.poll(async () => (await stored<{ quietHours: { start: number; end: number } | null }>(app!, 'promptSettings'))?.quietHours).toEqual({ start: 21 * 60 + 30, end: 7 * 60 });
    await on.uncheck();
    await expect.poll(async () => (await stored<{ quietHours: unknown }>(app!, 'promptSettings'))?.quietHours).toBeNull();
    expect(await quiet.getByLabel('Quiet from').isDisabled()).toBe(true);
    await on.check();
    await expect.poll(async () => (await stored<{ quietHours: unknown }>(app!, 'promptSettings'))?.quietHours).toEqual({ start: 21 * 60 + 30, end: 7 * 60 });
    expect(page.url()).toBe(welcomeUrl);

    await mkdir(SHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${SHOTS}/welcome-${colorScheme}.png`, fullPage: true });
      await page.getByRole('region', { name: 'Keep Primed one click away' }).screenshot({ path: `${SHOTS}/welcome-pin-${colorScheme}.png` });
      await page.getByRole('region', { name: 'Three quick choices' }).screenshot({ path: `${SHOTS}/welcome-setup-${colorScheme}.png` });
    }
  });
});
