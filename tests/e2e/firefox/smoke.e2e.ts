import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { goToExtensionPage, launchFirefox, waitForPage, type FirefoxApp } from './harness';

let app: FirefoxApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('Firefox: installed extension', () => {
  it('welcomes a new user, logs a win from the popup and reads it back', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await page.waitForSelector('h1');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Welcome to Primed');

    await goToExtensionPage(page, '/popup.html');
    await page.waitForSelector('#win-text');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('win-text');
    await page.keyboard.type('Spoke up in the planning meeting');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.recent-item')?.textContent?.includes('Spoke up'));

    // Read back after a fresh load of the page: the win came from IndexedDB.
    await goToExtensionPage(page, '/popup.html');
    await page.waitForFunction(() => document.querySelectorAll('.recent-item').length === 1);
    const items = await page.$$eval('.recent-item .recent-text', (els) => els.map((e) => e.textContent));
    expect(items).toEqual(['Spoke up in the planning meeting']);
    expect(await page.$eval('[data-testid="today-count"]', (e) => e.textContent)).toBe('1 today');
  });
});

describe('Firefox: calendars', () => {
  it('turns on the demo calendar from the welcome page and lists its events', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await page.waitForSelector('h1');
    // The welcome page's button sends the message to the background and stays on the page.
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Try the demo' && !b.disabled));
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Try the demo');
      button?.click();
    });
    await page.waitForFunction(() => document.querySelector('.setup-status')?.textContent?.includes('The demo calendar is on'), { timeout: 15_000 });
    expect(await page.evaluate(() => location.pathname)).toBe('/welcome.html');
    // The pin guide is drawn for Firefox's own menu.
    expect(await page.$eval('.pin-picture', (e) => e.getAttribute('data-browser'))).toBe('firefox');
    await goToExtensionPage(page, '/options.html');
    await page.waitForFunction(() => document.querySelector('.upcoming')?.textContent?.includes('Quarterly review presentation'), {
      timeout: 15_000,
    });
    const status = await page.$eval('.feed-status', (e) => e.textContent);
    expect(status).toMatch(/^Synced .*upcoming events\.$/);
  });
});

/** Answers each step the way a person would (the top of each rating not set yet, words in empty fields) until the exercise is saved. */
async function completeExercise(page: Page): Promise<number> {
  let steps = 0;
  while ((await page.$eval('h1', (h) => h.textContent)) !== 'Saved') {
    const title = await page.$eval('h1', (h) => h.textContent);
    for (const field of await page.$$('.flow-step textarea, .flow-step input[type="text"]')) {
      if (!(await field.evaluate((f) => (f as HTMLInputElement).value))) await field.type(`Answer ${steps}`);
    }
    for (const slider of await page.$$('.flow-step input[type="range"][data-unset]')) {
      await slider.focus();
      await page.keyboard.press('End');
    }
    await page.click('.flow-nav button[type="submit"]');
    await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, {}, title);
    steps += 1;
  }
  return steps;
}

/** What the extension stored in IndexedDB under keys starting with `prefix`, read from one of its pages. */
function storedRecords(page: Page, prefix: string): Promise<unknown[]> {
  return page.evaluate(
    (p) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('primed');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').getAll(IDBKeyRange.bound(p, `${p}\uffff`));
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    prefix,
  );
}

describe('Firefox: exercise window', () => {
  it('opens an exercise in its own window from the popup, keeps a draft across closing it, and stores the finished entry', async () => {
    app = await launchFirefox();
    const start = app.welcome;
    await goToExtensionPage(start, '/popup.html');
    await start.waitForSelector('#win-text');
    // The navigation arrives just after the field.
    await start.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Exercises'));
    await start.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Exercises')?.click());
    // A longer exercise gets a window of its own (the quick ones run inside the popup).
    await start.waitForSelector('[aria-label="Start in a window: Rehearse it, step by step"]');
    await start.click('[aria-label="Start in a window: Rehearse it, step by step"]');
    const window = await waitForPage(app.browser, (url) => url.endsWith('/flow.html?flow=rehearsal'));
    await window.waitForSelector('.flow-begin');
    await window.click('.flow-begin');
    await window.waitForSelector('.flow-step');

    // One step in (the optional readiness question skipped), type, and close the window 50 ms after the last key.
    await window.click('.flow-nav button[type="submit"]');
    await window.waitForFunction(() => document.querySelector('h1')?.textContent === 'What are you rehearsing?');
    const field = await window.waitForSelector('#field-moment');
    await field!.type('Interview at Northwind');
    // A page to come back through, since the popup page may have closed itself.
    await window.evaluate(() => void chrome.tabs.create({ url: '/options.html' }));
    const again = await waitForPage(app.browser, (url) => url.endsWith('/options.html'));
    await window.type('#field-moment', ', Thursday at ten');
    await new Promise((r) => setTimeout(r, 50));
    await window.close();

    await goToExtensionPage(again, '/flow.html?flow=rehearsal');
    await again.waitForSelector('#field-moment');
    expect(await again.$eval('#field-moment', (t) => (t as HTMLInputElement).value)).toBe('Interview at Northwind, Thursday at ten');

    expect(await completeExercise(again)).toBeGreaterThan(3);
    const entries = (await storedRecords(again, 'entry/')) as Array<{ kind: string; flowId: string; fields: Record<string, unknown> }>;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'flow', flowId: 'rehearsal', fields: { moment: 'Interview at Northwind, Thursday at ten' } });
    expect(await storedRecords(again, 'draft/')).toEqual([]);
  });
});

describe('Firefox: prompts', () => {
  it('shows a prompt for a moment at its minute, once, with the badge, and logs the decision', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await goToExtensionPage(page, '/popup.html');
    // A moment whose get-ready prompt (one minute before) is due in a few seconds; no quiet hours, whatever the hour.
    const due = await page.evaluate(async () => {
      const start = Math.ceil((Date.now() + 66_000) / 1000) * 1000;
      await chrome.storage.local.set({
        promptSettings: {
          version: 1,
          value: {
            prompts: { affirm: { enabled: false, minutes: 45 }, ready: { enabled: true, minutes: 1 }, feedback: { enabled: false, minutes: 10 } },
            quietHours: null,
            dailyCap: 50,
            days: [0, 1, 2, 3, 4, 5, 6],
            discreet: false,
            deliveryProbability: null,
          },
        },
        stakes: { version: 1, value: { tags: [], rules: [], moments: [{ id: 'm1', title: 'Thesis defense', start, kind: 'exam', createdAt: 1, updatedAt: 1 }] } },
      });
      return start - 60_000;
    });
    // "shown" when Firefox confirms the notification appeared (notifications.onShown), else
    // "delivered" (badge and popup only): either way once, and never both.
    const reached = async () =>
      ((await storedRecords(page, 'decision/')) as Array<{ triggerId: string; engagement: Array<{ what: string; at: number }> }>).map((d) => [
        d.triggerId,
        d.engagement.filter((e) => e.what === 'shown' || e.what === 'delivered').map((e) => e.what),
      ] as const);
    const deadline = due + 20_000;
    while (!(await reached()).some(([, ways]) => ways.length > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 2000));
    const log = await reached();
    expect(log.map(([id, ways]) => [id, ways.length])).toEqual([['ready|moment:m1', 1]]);
    console.log(`FIREFOX PROMPT: logged as ${log[0]![1][0]}`);
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    // The popup carries it, with a Start button.
    await goToExtensionPage(page, '/popup.html');
    await page.waitForSelector('[data-testid="pending-prompts"]');
    expect(await page.$eval('[data-testid="pending-prompts"]', (e) => e.textContent)).toMatch(/“Thesis defense” starts/);
  });
});

describe('Firefox: goal ladders', () => {
  it('keeps a goal as it is typed, and a check-off logs its win', async () => {
    app = await launchFirefox();
    const page = app.welcome;
    await page.waitForSelector('h1');
    await goToExtensionPage(page, '/journal.html#goals');
    await page.waitForSelector('.history-views');
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start a new goal')?.click());
    await page.waitForSelector('.goal-ladder textarea');
    await page.type('.goal-ladder textarea', 'Give the team update without notes by Friday');
    await page.focus('input[id^="goal-difficulty-"]');
    await page.keyboard.press('6');

    // Seven steps and three micro-actions, filled in as a person would.
    await page.waitForFunction(() => document.querySelectorAll('.goal-step input[type="text"]').length === 7);
    for (let i = 0; i < 7; i++) {
      await page.type(`input[type="text"][id^="goal-step-${i}-"]`, `Step ${i + 1}`);
      await page.focus(`input[id^="goal-step-${i}-difficulty-"]`);
      await page.keyboard.press('3');
    }
    await page.waitForFunction(() => document.querySelectorAll('[id^="goal-micro-"][type="text"]').length === 3);
    for (let i = 0; i < 3; i++) {
      await page.type(`[id^="goal-micro-${i}-"][type="text"]`, `Tiny thing ${i + 1}`);
      await page.type(`[id^="goal-micro-${i}-minutes-"]`, '5');
    }
    await page.waitForSelector('.goal-check input');
    await page.click('.goal-check input');
    await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Done, and logged as a win.');

    // A fresh load (a new address, so the page really reloads) reads it all back from IndexedDB, and the win is in the timeline.
    await goToExtensionPage(page, '/journal.html?again#goals');
    await page.waitForSelector('.goal-check input');
    expect(await page.$eval('.goal-ladder textarea', (t) => (t as HTMLTextAreaElement).value)).toBe('Give the team update without notes by Friday');
    expect(await page.$$eval('.goal-check input', (boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([true, false, false]);
    await goToExtensionPage(page, '/journal.html');
    await page.waitForFunction(() => document.querySelector('.history-row')?.textContent?.includes('Tiny thing 1'));
  });
});
