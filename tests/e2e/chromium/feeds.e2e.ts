import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eExtensionDir, launch, removeProfile, type Launched } from './harness';

type Mode =
  | 'calendar'
  | 'error'
  | 'html'
  | 'hang'
  /** A redirect to the same server, which the permission covers. */
  | 'moved-here'
  /** A redirect to http://localhost, another origin the test build has no permission for. */
  | 'moved-away'
  /** The same, to a server that allows any page to read it (CORS), so the browser follows it. */
  | 'moved-away-open'
  | 'denied'
  /** 429 with Retry-After: 1200. */
  | 'busy'
  /** A calendar with no events at all. */
  | 'empty';

const token = `tok${randomBytes(12).toString('hex')}`;
let mode: Mode = 'calendar';
let requests = 0;
/** Requests that reached the redirect's target. */
let moved = 0;
let server: Server;
let feedUrl: string;
const consoleLines: string[] = [];

function stamp(ms: number) {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

const EMPTY_CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test server//EN', 'END:VCALENDAR'].join('\r\n');

function calendar(): string {
  const soon = Date.now() + 2 * 3_600_000;
  const tomorrow = Date.now() + 26 * 3_600_000;
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test server//EN',
    'BEGIN:VEVENT',
    'UID:pitch-1',
    'SUMMARY:Investor pitch',
    `DTSTART:${stamp(soon)}`,
    'DURATION:PT1H',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:review-1',
    'SUMMARY:Design review',
    `DTSTART:${stamp(tomorrow)}`,
    'DURATION:PT30M',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

let app: Launched;

beforeAll(async () => {
  server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    if (req.url?.startsWith(`/moved/${token}.ics`)) {
      moved += 1;
      const open = req.url.includes('open=1') ? { 'Access-Control-Allow-Origin': '*' } : {};
      return void res.writeHead(200, { 'Content-Type': 'text/calendar', ...open }).end(calendar());
    }
    if (!req.url?.startsWith(`/cal/${token}.ics`)) return void res.writeHead(404).end();
    requests += 1;
    if (mode === 'calendar') return void res.writeHead(200, { 'Content-Type': 'text/calendar' }).end(calendar());
    if (mode === 'moved-here') return void res.writeHead(302, { Location: `http://127.0.0.1:${port}/moved/${token}.ics` }).end();
    if (mode === 'moved-away') return void res.writeHead(302, { Location: `http://localhost:${port}/moved/${token}.ics` }).end();
    if (mode === 'moved-away-open') return void res.writeHead(302, { Location: `http://localhost:${port}/moved/${token}.ics?open=1` }).end();
    if (mode === 'denied') return void res.writeHead(403).end('Forbidden');
    if (mode === 'busy') return void res.writeHead(429, { 'Retry-After': '1200' }).end('Slow down');
    if (mode === 'empty') return void res.writeHead(200, { 'Content-Type': 'text/calendar' }).end(EMPTY_CALENDAR);
    if (mode === 'error') return void res.writeHead(500).end('Internal error');
    if (mode === 'html') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><html><body><form>Sign in</form></body></html>');
    // hang: never answer
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cal/${token}.ics`;
  app = await launch(undefined, e2eExtensionDir);
  app.context.on('console', (m) => consoleLines.push(m.text()));
  app.worker.on('console', (m) => consoleLines.push(m.text()));
});

afterAll(async () => {
  await app?.close();
  removeProfile(app.profileDir);
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('Chromium: calendar feeds', () => {
  it('subscribes through the options page, lists the events, and keeps them through failures, never showing the address', async () => {
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#calendar'));
    await options.getByLabel('Calendar address (iCal)').fill(feedUrl);
    await options.getByLabel('Name (optional)').fill('Work');
    await options.getByRole('button', { name: 'Add calendar' }).click();

    const status = options.locator('.feed-status').first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Synced .*: 2 upcoming events\.$/);
    const upcoming = options.locator('.upcoming');
    await expect.poll(() => upcoming.innerText()).toMatch(/Investor pitch/);
    expect(await upcoming.innerText()).toMatch(/Design review/);

    const syncNow = options.getByRole('button', { name: /Sync now/ });
    const expectations: Array<[Mode, RegExp]> = [
      ['error', /^The server had a problem: showing events from .+\.$/],
      ['html', /^This address returned a web page, not a calendar: copy the secret address in iCal format: showing events from .+\.$/],
      ['hang', /^The server did not answer in time: showing events from .+\.$/],
    ];
    for (const [next, expected] of expectations) {
      mode = next;
      await syncNow.click();
      await expect.poll(() => status.textContent(), { timeout: 40_000 }).toMatch(expected);
      // The last good events stay in use.
      expect(await upcoming.innerText()).toMatch(/Investor pitch/);
    }

    // The toolbar popup says what went wrong (the list of events is on the settings page).
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    const problem = popup.getByTestId('calendar-problem');
    await expect.poll(() => problem.innerText().catch(() => '')).toBe('Work: The server did not answer in time.');

    // The address is a secret: not in any page, status or console line.
    const pages = app.context.pages().filter((p) => p.url().startsWith('chrome-extension://'));
    for (const page of pages) {
      expect(await page.locator('body').innerText()).not.toContain(token);
    }
    expect(consoleLines.join('\n')).not.toContain(token);
  }, 120_000);

  it('syncs on its alarm, even when the worker had been stopped, and follows the interval setting', async () => {
    const alarm = () => app.worker.evaluate(() => chrome.alarms.get('feeds-sync'));
    await expect.poll(async () => (await alarm())?.periodInMinutes).toBe(15);

    // The server answers again; "Sync now" clears the back-off left by the failures above.
    mode = 'calendar';
    const page = await app.context.newPage();
    await page.goto(app.url('options.html'));
    await page.getByRole('button', { name: /Sync now/ }).click();
    await expect.poll(() => page.locator('.feed-status').first().textContent(), { timeout: 10_000 }).toMatch(/^Synced /);

    // Fire the sync alarm in a second, then stop the worker as Chrome does when it idles.
    requests = 0;
    await app.worker.evaluate(() => chrome.alarms.create('feeds-sync', { when: Date.now() + 1000 }));
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => requests, { timeout: 15_000 }).toBeGreaterThan(0);
    // The worker came back for the alarm, synced, and put the periodic alarm back.
    app.worker = app.context.serviceWorkers()[0] ?? (await app.context.waitForEvent('serviceworker'));
    await expect.poll(async () => (await alarm())?.periodInMinutes, { timeout: 10_000 }).toBe(15);
    await expect.poll(() => page.locator('.feed-status').first().textContent(), { timeout: 10_000 }).toMatch(/^Synced /);

    await page.getByLabel('Check calendars every').selectOption('30');
    await expect.poll(async () => (await alarm())?.periodInMinutes).toBe(30);
  });

  it('follows a redirect only within the permission, and says what to do about odd failures without the address', async () => {
    mode = 'calendar';
    const page = await app.context.newPage();
    await page.goto(app.url('options.html#calendar'));
    const status = page.locator('.feed-status').first();
    const upcoming = page.locator('.upcoming');
    const syncNow = page.getByRole('button', { name: /Sync now/ });
    await syncNow.click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Synced /);

    const showing = String.raw`Showing events from .+\.`;
    const expectations: Array<[Mode, RegExp]> = [
      ['moved-here', /^Synced .*: 2 upcoming events\.$/],
      ['moved-away', /^This address now sends Primed to another server; add that calendar's address again to allow it: showing events from .+\.$/],
      ['calendar', /^Synced /],
      ['moved-away-open', /^This address now sends Primed to another server; add that calendar's address again to allow it: showing events from .+\.$/],
      [
        'denied',
        new RegExp(
          `^This address has expired or been reset\\. Your calendar service can give you a new secret iCal address in its sharing settings\\. Then remove this calendar here and add the new address\\. ${showing}$`,
        ),
      ],
      ['busy', new RegExp(`^The server asked Primed to wait; next try in about 20 minutes\\. ${showing}$`)],
      [
        'empty',
        new RegExp(`^Your calendar came back with no events, which is usually a passing glitch, so its last events are kept for about 24 hours\\. ${showing}$`),
      ],
      ['calendar', /^Synced .*: 2 upcoming events\.$/],
    ];
    for (const [next, expected] of expectations) {
      mode = next;
      const movedBefore = moved;
      const before = await status.textContent();
      await syncNow.click();
      // The redirect was really taken.
      if (next === 'moved-here' || next === 'moved-away-open') await expect.poll(() => moved, { timeout: 15_000 }).toBeGreaterThan(movedBefore);
      await expect.poll(async () => (await status.textContent()) !== before || expected.test(before ?? ''), { timeout: 15_000 }).toBe(true);
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(expected);
      // Whatever happened, the last good events stay in use.
      expect(await upcoming.innerText()).toMatch(/Investor pitch/);
    }

    // The server asked for twenty minutes: the periodic sync leaves it alone meanwhile.
    mode = 'busy';
    await syncNow.click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^The server asked Primed to wait/);
    requests = 0;
    await app.worker.evaluate(() => chrome.alarms.create('feeds-sync', { when: Date.now() + 500 }));
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(requests).toBe(0);
    mode = 'calendar';
    await syncNow.click();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Synced /);

    // The test server is on http://: the list and the add form say what that means.
    expect(await page.locator('.feed-unencrypted').first().innerText()).toMatch(/^Read over http:\/\/: this address and your calendar travel unencrypted\./);
    const field = page.getByLabel('Calendar address (iCal)');
    await field.fill('http://cal.example.com/feed.ics');
    await expect.poll(() => page.locator('#feed-url-unencrypted').count()).toBe(1);
    expect(await field.getAttribute('aria-describedby')).toContain('feed-url-unencrypted');
    await field.fill('https://cal.example.com/feed.ics');
    await expect.poll(() => page.locator('#feed-url-unencrypted').count()).toBe(0);

    for (const p of app.context.pages().filter((p) => p.url().startsWith('chrome-extension://'))) {
      expect(await p.locator('body').innerText()).not.toContain(token);
    }
    expect(consoleLines.join('\n')).not.toContain(token);
  }, 120_000);

  it('renames a calendar', async () => {
    const page = await app.context.newPage();
    await page.goto(app.url('options.html'));
    await page.getByRole('button', { name: 'Rename Work' }).click();
    const field = page.getByLabel('Calendar name');
    await field.fill('Day job');
    await field.press('Enter');
    await expect.poll(() => page.locator('.feed-name').first().textContent()).toBe('Day job');
    const stored = await app.worker.evaluate(() => chrome.storage.local.get('feeds'));
    expect(JSON.stringify(stored)).toContain('Day job');
  });

  it('turns on the demo calendar from the welcome page', async () => {
    const welcome = await app.context.newPage();
    await welcome.goto(app.url('welcome.html'));
    await welcome.getByRole('button', { name: 'Try the demo' }).click();
    await expect.poll(() => welcome.getByRole('status').first().textContent(), { timeout: 15_000 }).toMatch(/The demo calendar is on/);
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#calendar'));
    await expect.poll(() => options.locator('.upcoming').innerText(), { timeout: 15_000 }).toMatch(/Quarterly review presentation/);
    expect(await options.locator('.feed-list').innerText()).toMatch(/Demo calendar/);
  });
  it('sets a damaged calendar list aside with its reason and every address masked; a saved copy has them only when asked', async () => {
    const damaged = {
      version: 1,
      value: [{ id: 'broken', name: 'Broken', source: { kind: 'url', url: feedUrl }, enabled: 'yes', addedAt: 0 }],
    };
    // Only the page opened below reads the list, so it is set aside once.
    for (const open of app.context.pages()) await open.close();
    await app.worker.evaluate((value) => chrome.storage.local.set({ feeds: value }), damaged);
    const page = await app.context.newPage();
    await page.goto(app.url('options.html'));
    await page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', { name: /^Data/ }).click();
    const item = page.locator('.quarantine-item');
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    const shown = await item.innerText();
    expect(shown).toMatch(/Your list of calendars could not be read, so it was set aside here\. Calendar addresses are hidden/);
    expect(shown).toMatch(/enabled/);
    expect(shown).toContain('http://127.0.0.1/…');
    expect(shown).not.toContain(token);
    expect(await page.locator('body').innerText()).not.toContain(token);

    const save = async () => {
      const downloading = page.waitForEvent('download');
      await item.getByRole('button', { name: /Save a copy/ }).click();
      return readFileSync((await (await downloading).path())!, 'utf8');
    };
    const masked = await save();
    expect(masked).not.toContain(token);
    expect(JSON.parse(masked)).toMatchObject({ key: 'feeds', raw: { value: [{ source: { url: 'http://127.0.0.1/…' } }] } });
    await item.getByLabel('Include the calendar addresses in the saved copy').check();
    expect(JSON.parse(await save())).toMatchObject({ raw: { value: [{ source: { url: feedUrl } }] } });
  });
});
