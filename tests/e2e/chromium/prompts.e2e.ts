// The just-in-time engine in a real Chromium: a calendar served on 127.0.0.1
// with high-stakes events seconds away, the real alarms, the real worker
// (stopped through the DevTools protocol), real notifications, and the
// browser closed and started again on the same profile.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { e2eExtensionDir, launch, newProfileDir, removeProfile, storedRecords, type Launched } from './harness';

interface TestEvent {
  uid: string;
  title: string;
  start: number;
}

let events: TestEvent[] = [];
let server: Server;
let feedUrl: string;
let app: Launched | undefined;

function stamp(ms: number) {
  return new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
}

function calendar(): string {
  // Zero-length events: none makes the user busy during another's prompt.
  const body = events.flatMap((e) => ['BEGIN:VEVENT', `UID:${e.uid}`, `SUMMARY:${e.title}`, `DTSTART:${stamp(e.start)}`, `DTEND:${stamp(e.start)}`, 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test server//EN', ...body, 'END:VCALENDAR'].join('\r\n');
}

/**
 * Someone else's calendar with the 173-byte rule that once stopped the worker
 * for good (FREQ=DAILY;BYDAY=1MO loops forever inside ical.js), next to an
 * ordinary event.
 */
function hostileCalendar(): string {
  // The looping series starts a day ago, so its first instance is past at any
  // hour the suite runs; only the ordinary event is upcoming.
  const started = stamp(Date.now() - 26 * 3_600_000);
  const tomorrow = stamp(Date.now() + 26 * 3_600_000);
  return [
    'BEGIN:VCALENDAR',
    'BEGIN:VEVENT',
    'UID:a',
    `DTSTART:${started}`,
    'RRULE:FREQ=DAILY;BYDAY=1MO',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:normal-1',
    'SUMMARY:Lunch with Sam',
    `DTSTART:${tomorrow}`,
    'DURATION:PT30M',
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/shared.ics') return void res.writeHead(200, { 'Content-Type': 'text/calendar' }).end(hostileCalendar());
    if (req.url !== '/cal.ics') return void res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/calendar' }).end(calendar());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cal.ics`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(async () => {
  if (!app) return;
  await app.close();
  removeProfile(app.profileDir);
  app = undefined;
});

/** An event whose get-ready prompt (one minute before) is due `inMs` from now, on a whole second. */
function eventPromptingIn(uid: string, title: string, inMs: number): TestEvent {
  return { uid, title, start: Math.ceil((Date.now() + inMs + 60_000) / 1000) * 1000 };
}

const PROMPT_SETTINGS = {
  prompts: { affirm: { enabled: false, minutes: 45 }, ready: { enabled: true, minutes: 1 }, feedback: { enabled: false, minutes: 10 } },
  // Tests run at any hour: no quiet hours, and room for many prompts.
  quietHours: null,
  dailyCap: 50,
  days: [0, 1, 2, 3, 4, 5, 6],
  discreet: false,
  deliveryProbability: null,
};

/** Subscribes to the test feed with short lead times, and waits until its events are read. */
async function subscribe(page: Page, count: number) {
  await page.evaluate(
    async ([url, settings]) => {
      await chrome.storage.local.set({
        promptSettings: { version: 1, value: settings },
        feeds: { version: 1, value: [{ id: 'work', name: 'Work', source: { kind: 'url', url }, enabled: true, addedAt: Date.now() }] },
      });
      await chrome.runtime.sendMessage({ type: 'feeds/sync', payload: {} });
    },
    [feedUrl, PROMPT_SETTINGS] as const,
  );
  await expect.poll(() => promptAlarms(page), { timeout: 15_000 }).toHaveLength(count);
}

async function resync(page: Page) {
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'feeds/sync', payload: {} }));
}

/** The alarms of event prompts (not the monthly confidence-check reminder, nor the after-event check-ins). */
function promptAlarms(page: Page) {
  return page.evaluate(async () =>
    (await chrome.alarms.getAll())
      .filter((a) => a.name.startsWith('prompt:') && a.name !== 'prompt:selfcheck' && !a.name.startsWith('prompt:checkin|'))
      .map((a) => ({ name: a.name, at: a.scheduledTime })),
  );
}

function notificationIds(page: Page) {
  return page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

interface Decision {
  triggerId: string;
  plannedAt: number;
  action: string;
  engagement: Array<{ what: string; at: number }>;
}

/** The decision log, read from an extension page (the worker may be stopped). */
function decisions(page: Page): Promise<Decision[]> {
  return page.evaluate(
    () =>
      new Promise<Decision[]>((resolve, reject) => {
        const open = indexedDB.open('primed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll(IDBKeyRange.bound('decision/', 'decision/\uffff'));
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as Decision[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function stopWorker(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

describe('Chromium: prompts at the right minute', () => {
  it('fires at the planned minute, shows a notification, and Start opens the exercise for that event', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    events = [eventPromptingIn('pitch-1', 'Investor pitch', 10_000)];
    await subscribe(page, 1);
    const [alarm] = await promptAlarms(page);
    expect(alarm).toEqual({ name: 'prompt:ready|work:pitch-1', at: events[0]!.start - 60_000 });

    await expect.poll(() => notificationIds(page), { timeout: 20_000 }).toEqual(['prompt:ready|work:pitch-1']);
    const [decision] = await decisions(page);
    const shown = decision!.engagement.find((e) => e.what === 'shown')!;
    expect(shown.at).toBeGreaterThanOrEqual(alarm!.at);
    // The badge carries it too, in the brand's accent (#a8432b).
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(await page.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([168, 67, 43, 255]);

    // The popup carries the waiting prompt too (it is the only place when notifications are blocked).
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    const card = popup.getByTestId('pending-prompts');
    await expect.poll(() => card.innerText()).toMatch(/“Investor pitch” starts in \d+ min: a moment to get ready/);
    // The prompt names the event and starts its exercise: it is not shown again as the next high-stakes moment.
    expect(await popup.getByTestId('next-high-stakes').count()).toBe(0);
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().includes('/flow.html?') });
    await card.getByRole('button', { name: 'Start' }).press('Enter');
    const window = await opened;
    expect(new URL(window.url()).search).toBe('?flow=stress&event=work%3Apitch-1&trigger=ready%7Cwork%3Apitch-1');
    await expect.poll(() => window.locator('main').innerText()).toMatch(/For: Investor pitch/);
    await expect.poll(() => notificationIds(page)).toEqual([]);
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    await expect.poll(async () => (await decisions(page))[0]!.engagement.map((e) => e.what)).toEqual(['shown', 'opened']);
  });

  it('a new install with the demo calendar invites without apologising, names the time left, and the demo holds still', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    // What each notification says (Chromium lists only their ids), recorded in the worker.
    await app.worker.evaluate(() => {
      const said: Array<{ title?: string; message?: string }> = [];
      (globalThis as unknown as { said: typeof said }).said = said;
      const notifications = chrome.notifications as unknown as { create: (...args: unknown[]) => unknown };
      const create = notifications.create.bind(notifications);
      notifications.create = (...args: unknown[]) => {
        const options = args.find((a): a is { title?: string; message?: string } => typeof a === 'object' && a !== null);
        said.push({ title: options?.title, message: options?.message });
        return create(...args);
      };
    });
    // No quiet hours (tests run at any hour), and a get-ready prompt 30 minutes ahead, so that the
    // demo's presentation (20 to 25 minutes away) is past both prompts' planned times at once.
    await page.evaluate(
      (settings) => chrome.storage.local.set({ promptSettings: { version: 1, value: settings } }),
      { ...PROMPT_SETTINGS, prompts: { affirm: { enabled: true, minutes: 45 }, ready: { enabled: true, minutes: 30 }, feedback: { enabled: true, minutes: 10 } } },
    );
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} }));
    // Both prompts come at once, unless the demo's standup or 1:1 is under way right now (then a prompt waits for its end).
    await expect.poll(async () => (await notificationIds(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    await sleep(1000);
    const said = await app.worker.evaluate(() => (globalThis as unknown as { said: Array<{ title?: string; message?: string }> }).said);
    expect(said.length).toBe((await notificationIds(page)).length);
    const demoTitles = ['Quarterly review presentation', 'Job interview', 'Certification exam', '1:1 with your manager'];
    for (const { title = '', message = '' } of said) {
      expect(`${title} ${message}`).not.toMatch(/sorry|later than planned/i);
      if (demoTitles.some((t) => title.includes(t) || message.includes(t))) expect(title).toMatch(/ starts in \d+ minutes?$/);
    }
    const shownIds = (await decisions(page)).filter((d) => d.action === 'prompted').map((d) => d.triggerId.split('|')[0]);
    for (const [type, title] of [['affirm', /^A few quiet minutes for you$/], ['ready', /^Quarterly review presentation starts in 2\d minutes$/]] as const) {
      if (shownIds.includes(type)) expect(said.map((s) => s.title)).toContainEqual(expect.stringMatching(title));
    }

    // The demo week is made once: a sync later leaves its presentation where it was.
    const reviewStart = async () =>
      (await storedRecords(app!, 'upcoming/demo'))
        .flatMap((r) => (r.value as { occurrences: Array<{ title: string; start: number }> }).occurrences)
        .find((o) => o.title === 'Quarterly review presentation')?.start;
    const before = await reviewStart();
    expect(before).toBeTypeOf('number');
    await sleep(1500);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'feeds/sync', payload: {} }));
    expect(await reviewStart()).toBe(before);
  });

  it("a feed with a rule that loops forever in ical.js: its other events show, the status says what was left out, another feed's prompt fires on time, the worker answers", async () => {
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    events = [eventPromptingIn('pitch-1', 'Investor pitch', 12_000)];
    const shared = feedUrl.replace('/cal.ics', '/shared.ics');
    await page.evaluate(
      async ([work, other, settings]) => {
        await chrome.storage.local.set({
          promptSettings: { version: 1, value: settings },
          feeds: {
            version: 1,
            value: [
              { id: 'shared', name: 'Shared team calendar', source: { kind: 'url', url: other }, enabled: true, addedAt: Date.now() },
              { id: 'work', name: 'Work', source: { kind: 'url', url: work }, enabled: true, addedAt: Date.now() },
            ],
          },
        });
        await chrome.runtime.sendMessage({ type: 'feeds/sync', payload: {} });
      },
      [feedUrl, shared, PROMPT_SETTINGS] as const,
    );
    await expect.poll(async () => (await promptAlarms(page)).map((a) => a.name), { timeout: 15_000 }).toEqual(['prompt:ready|work:pitch-1']);
    const [alarm] = await promptAlarms(page);

    const options = await app.context.newPage();
    await options.goto(app.url('options.html#calendar'));
    const status = options.locator('.feed-status').first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^Synced .*: 1 upcoming event\. Some events were left out: a repeat rule that cannot work\.$/);
    await expect.poll(() => options.locator('.upcoming').innerText()).toMatch(/Lunch with Sam/);

    // The worker still answers: a sync of both feeds comes back.
    const answered = await page.evaluate(async () => {
      const started = Date.now();
      await chrome.runtime.sendMessage({ type: 'feeds/sync', payload: {} });
      return Date.now() - started;
    });
    expect(answered).toBeLessThan(5000);
    // And the other feed's prompt comes at its minute.
    await expect.poll(() => notificationIds(page), { timeout: 20_000 }).toEqual(['prompt:ready|work:pitch-1']);
    const [decision] = await decisions(page);
    const shown = decision!.engagement.find((e) => e.what === 'shown')!;
    expect(shown.at).toBeGreaterThanOrEqual(alarm!.at);
    expect(shown.at - alarm!.at).toBeLessThan(2000);
  });

  it('after every high-stakes event, even with every prompt off, the popup asks one check-in question, saved with its event', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    const end = Math.ceil((Date.now() + 8_000) / 1000) * 1000;
    events = [{ uid: 'retro-1', title: 'Team retro', start: end }];
    await page.evaluate(
      async ([url, settings]) => {
        await chrome.storage.local.set({
          promptSettings: { version: 1, value: settings },
          feeds: { version: 1, value: [{ id: 'work', name: 'Work', source: { kind: 'url', url }, enabled: true, addedAt: Date.now() }] },
          stakes: { version: 1, value: { tags: [{ target: 'work:retro-1', scope: 'occurrence', mode: 'high-stakes', kind: 'review', updatedAt: Date.now() }], rules: [], moments: [] } },
        });
        await chrome.runtime.sendMessage({ type: 'feeds/sync', payload: {} });
      },
      [feedUrl, { ...PROMPT_SETTINGS, prompts: { affirm: { enabled: false, minutes: 45 }, ready: { enabled: false, minutes: 1 }, feedback: { enabled: false, minutes: 10 } } }] as const,
    );
    await expect.poll(async () => (await page.evaluate(() => chrome.alarms.getAll())).map((a) => a.name), { timeout: 15_000 }).toContain('prompt:checkin|work:retro-1');
    await expect.poll(() => page.evaluate(() => chrome.action.getBadgeText({})), { timeout: 30_000 }).toBe('1');
    // No notification of its own: it arrives the same quiet way after every event.
    expect(await notificationIds(page)).toEqual([]);

    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    const question = 'How capable do you feel of handling the next one like it?';
    const card = popup.getByRole('group', { name: 'After “Team retro”' });
    await expect.poll(() => card.innerText()).toContain(question);
    // One line in the popup's first view; the rating opens with room of its own.
    await card.getByRole('button', { name: 'Answer' }).press('Enter');
    await popup.getByRole('heading', { name: 'Waiting for you' }).waitFor();
    const rating = card.getByRole('slider', { name: question });
    expect(await rating.getAttribute('aria-valuetext')).toBe('not set yet');
    await card.getByRole('button', { name: 'Save' }).press('Enter');
    await expect.poll(() => card.getByRole('alert').innerText()).toBe('Choose a number from 1 to 10 first.');
    await rating.focus();
    await rating.press('7');
    await card.getByRole('button', { name: 'Save' }).press('Enter');
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(1);
    expect(await card.count()).toBe(0);
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
    const [checkIn] = await storedRecords(app, 'checkin/');
    expect(checkIn!.value).toMatchObject({ eventKey: 'work:retro-1', kind: 'review', eventEnd: end, capability: 7, via: 'popup' });
    // Its own decision points were never drawn: the prompts were off.
    expect(await decisions(page)).toEqual([]);
  });

  it('adds a moment from the popup, shows it as the next high-stakes moment, and plans its prompts', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    // The default prompts, but no quiet hours: this test may run at any hour.
    await popup.evaluate(
      (settings) => chrome.storage.local.set({ promptSettings: { version: 1, value: settings } }),
      { ...PROMPT_SETTINGS, prompts: { affirm: { enabled: true, minutes: 45 }, ready: { enabled: true, minutes: 5 }, feedback: { enabled: true, minutes: 10 } } },
    );
    // The form is a view of its own, so the popup stays within its 600 px. With
    // no calendar and no moment yet, the popup offers it as one of two ways to start.
    await popup.getByRole('button', { name: 'Add a moment by hand' }).click();
    await popup.getByRole('heading', { name: 'Add a high-stakes moment' }).waitFor();
    await popup.getByLabel('What is it?').fill('Salary talk with Dana');
    const inTwoHours = await popup.evaluate(() => {
      const d = new Date(Date.now() + 2 * 3_600_000);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
    });
    await popup.getByLabel('When').fill(inTwoHours);
    await popup.getByLabel('Kind').selectOption({ label: 'Difficult conversation' });
    await popup.getByRole('button', { name: 'Add moment' }).press('Enter');
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Added.' }).count()).toBe(1);
    const stakes = await popup.evaluate(() => chrome.storage.local.get('stakes'));
    expect((stakes.stakes as { value: { moments: unknown[] } }).value.moments).toEqual([
      expect.objectContaining({ title: 'Salary talk with Dana', kind: 'conversation' }),
    ]);
    // The background planned its three prompts.
    await expect.poll(async () => (await promptAlarms(popup)).map((a) => a.name.split('|')[0]).sort()).toEqual([
      'prompt:affirm',
      'prompt:feedback',
      'prompt:ready',
    ]);
    await popup.reload();
    await expect.poll(() => popup.getByTestId('next-high-stakes').innerText()).toMatch(/Salary talk with Dana, in 2 h/);
  });

  it('leaves the list of upcoming events to the settings, one press away', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} }));
    await popup.reload();
    expect(await popup.locator('body').innerText()).not.toMatch(/Team standup/);
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html#calendar') });
    await popup.getByRole('button', { name: 'Upcoming events' }).focus();
    // The popup closes itself once the settings are open, so the key's release can find no page.
    await popup.keyboard.press('Enter').catch((err: unknown) => {
      if (!popup.isClosed()) throw err;
    });
    const options = await opened;
    await expect.poll(() => options.locator('.upcoming').innerText().catch(() => '')).toMatch(/Team standup/);
  });

  it('fires exactly once with the worker stopped before the minute', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    events = [eventPromptingIn('exam-1', 'Final exam', 10_000)];
    await subscribe(page, 1);
    await stopWorker(page);
    await expect.poll(() => notificationIds(page), { timeout: 20_000 }).toEqual(['prompt:ready|work:exam-1']);
    await sleep(3000);
    const log = await decisions(page);
    expect(log.map((d) => [d.triggerId, d.action, d.engagement.filter((e) => e.what === 'shown').length])).toEqual([
      ['ready|work:exam-1', 'prompted', 1],
    ]);
  });

  it('fires exactly once when the browser is closed and started again before the minute', async () => {
    const profile = newProfileDir();
    app = await launch(profile, e2eExtensionDir);
    let page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    // Far enough ahead to close the browser and start it again before it is due.
    events = [eventPromptingIn('interview-1', 'Job interview', 20_000)];
    await subscribe(page, 1);
    await app.close();

    app = await launch(profile, e2eExtensionDir);
    page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    await expect.poll(() => notificationIds(page), { timeout: 25_000 }).toEqual(['prompt:ready|work:interview-1']);
    await sleep(3000);
    const log = await decisions(page);
    expect(log.map((d) => [d.triggerId, d.engagement.filter((e) => e.what === 'shown').length])).toEqual([['ready|work:interview-1', 1]]);
  });

  it('fires nothing for an event removed from the feed before its minute', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    events = [eventPromptingIn('review-1', 'Performance review', 10_000)];
    await subscribe(page, 1);
    const due = events[0]!.start - 60_000;
    // Another event stays: a feed that suddenly has no events at all is kept as it was, in case it is a glitch.
    events = [{ uid: 'lunch-1', title: 'Lunch', start: due + 3_600_000 }];
    await resync(page);
    await expect.poll(() => promptAlarms(page)).toEqual([]);
    await sleep(due - Date.now() + 3000);
    expect(await notificationIds(page)).toEqual([]);
    expect(await decisions(page)).toEqual([]);
  });

  it('prints how late prompts are (20 prompts, half with the worker stopped first) and the idle wake-ups', { timeout: 240_000 }, async () => {
    const count = 20;
    const spacing = 3000;
    const first = 15_000;
    app = await launch(undefined, e2eExtensionDir);
    const page = await app.context.newPage();
    await page.goto(app.url('popup.html'));
    events = Array.from({ length: count }, (_, i) => eventPromptingIn(`pitch-${i}`, `Pitch ${i}`, first + i * spacing));
    await subscribe(page, count);
    const planned = new Map((await promptAlarms(page)).map((a) => [a.name.slice('prompt:'.length), a.at]));
    // Watches for each notification from this page, as the issue measures it: the first moment it is in notifications.getAll().
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { seen: Record<string, number> }).seen = seen;
      void (async () => {
        for (;;) {
          const all = await chrome.notifications.getAll();
          const at = Date.now();
          for (const id of Object.keys(all)) seen[id] ??= at;
          await new Promise((r) => setTimeout(r, 2));
        }
      })();
    });

    const stoppedFirst = new Set<string>();
    for (const [i, event] of events.entries()) {
      const due = event.start - 60_000;
      if (i % 2 === 1) {
        // Stop the worker a second before this one is due: the alarm must wake it.
        await sleep(due - 1000 - Date.now());
        await stopWorker(page);
        stoppedFirst.add(`ready|work:${event.uid}`);
      }
    }
    const last = events.at(-1)!.start - 60_000;
    await expect.poll(async () => (await decisions(page)).filter((d) => d.engagement.some((e) => e.what === 'shown')).length, {
      timeout: last - Date.now() + 15_000,
    }).toBe(count);

    const log = await decisions(page);
    expect(new Set(log.map((d) => d.triggerId)).size).toBe(count);
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, number> }).seen);
    const lateness = log.map((d) => {
      const appeared = seen[`prompt:${d.triggerId}`];
      expect(appeared, `notification for ${d.triggerId}`).toBeTypeOf('number');
      return { id: d.triggerId, ms: appeared! - planned.get(d.triggerId)!, stopped: stoppedFirst.has(d.triggerId) };
    });
    expect(lateness.every((l) => l.ms >= 0)).toBe(true);
    const sorted = lateness.map((l) => l.ms).sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
    const stopped = lateness.filter((l) => l.stopped).map((l) => l.ms).sort((a, b) => a - b);
    console.log(
      `PROMPT LATENESS over ${count} prompts (${stopped.length} with the worker stopped first), from each alarm's scheduledTime ` +
        `until its notification is in notifications.getAll() (polled every few ms): ` +
        `median ${pick(0.5)} ms, 95th percentile ${pick(0.95)} ms, worst ${sorted.at(-1)} ms; ` +
        `stopped-worker median ${stopped[Math.floor(stopped.length / 2)]} ms`,
    );
    // The target is 250 ms; the limit here is looser so that a slow, shared CI machine does not fail on a figure it prints.
    expect(pick(0.95)).toBeLessThanOrEqual(250 + 1000);

    // Idle, once every prompt has stopped waiting (at its event's start): only the periodic sync is left to wake the worker.
    // What waits now is each event's check-in (these events end as they start), on the badge and in the popup.
    await sleep(events.at(-1)!.start - Date.now() + 2000);
    await expect.poll(() => page.evaluate(() => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe(String(count));
    const alarms = await page.evaluate(() => chrome.alarms.getAll());
    const perHour = alarms.reduce((sum, a) => sum + (a.periodInMinutes ? 60 / a.periodInMinutes : a.scheduledTime < Date.now() + 3_600_000 ? 1 : 0), 0);
    console.log(`WAKE-UPS PER IDLE HOUR at the default sync interval: ${perHour} (${alarms.map((a) => a.name).join(', ')})`);
    expect(perHour).toBeLessThanOrEqual(4);
  });
});
