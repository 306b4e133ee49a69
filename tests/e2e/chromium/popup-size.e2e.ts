// Chrome shows a toolbar popup at most 600 px high. At the popup's 400 px
// width, every state of it must fit, counting all of its content: a box that
// scrolls or clips inside the popup only hides the overflow, so it fails too.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, e2eExtensionDir, launch, openPopup, storedRecords, type Launched } from './harness';

const WIDTH = 400;
const MAX_HEIGHT = 600;
/** Screenshots of each state, light and dark, for a person to look at. */
const SHOTS = process.env.PRIMED_POPUP_SHOTS ?? '/tmp/primed-popup-shots';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

interface Measured {
  height: number;
  width: number;
  /** Elements whose own box hides part of their content. */
  clipped: string[];
}

/** The height the popup needs to show all of its content, and anything that hides content inside it. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    // The document's own scroll height is at least the tab's (tall) viewport,
    // so the content is measured: the root's box, the body's scroll height,
    // and the lowest edge of anything in it, positioned or not.
    let height = Math.max(document.documentElement.getBoundingClientRect().height, document.body.scrollHeight);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // A field scrolls its own text; a screen-reader-only label is meant to take no room.
      if (el.matches('input, select, textarea, option, .visually-hidden, .visually-hidden *')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none') continue;
      height = Math.max(height, el.getBoundingClientRect().bottom + window.scrollY);
      const boxes = `${style.overflowX} ${style.overflowY}`;
      if (!/auto|scroll|hidden|clip/.test(boxes)) continue;
      if (el.scrollHeight > el.clientHeight + 1) {
        clipped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${el.scrollHeight} > ${el.clientHeight})`);
      }
    }
    return {
      height: Math.ceil(height),
      width: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      clipped,
    };
  });
}

/** Lets late chunks and storage reads land, so the measure is of the settled popup. */
async function settled(page: Page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300))));
}

async function checkFits(page: Page, state: string): Promise<number> {
  // Every view of the popup carries its navigation, and it counts towards the height.
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
  await settled(page);
  const measured = await measure(page);
  await shoot(page, state);
  expect(measured.clipped, `${state}: content hidden inside the popup`).toEqual([]);
  expect(measured.width, `${state}: width`).toBeLessThanOrEqual(WIDTH);
  expect(measured.height, `${state}: height`).toBeLessThanOrEqual(MAX_HEIGHT);
  return measured.height;
}

async function shoot(page: Page, state: string) {
  mkdirSync(SHOTS, { recursive: true });
  const viewport = page.viewportSize();
  // Tall enough for a state that does not fit yet, so that its screenshot shows by how much.
  await page.setViewportSize({ width: WIDTH, height: Math.max(MAX_HEIGHT, (await measure(page)).height) });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${SHOTS}/${state}-${scheme}.png` });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (viewport) await page.setViewportSize(viewport);
}

/** The popup, in a tab as wide as Chrome's popup and tall enough that nothing is cut off. */
async function popupAt400(a: Launched): Promise<Page> {
  const page = await openPopup(a);
  await page.setViewportSize({ width: WIDTH, height: 1200 });
  return page;
}

async function logWins(page: Page, wins: string[]) {
  for (const win of wins) {
    await page.keyboard.type(win);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('#win-text')).toBe('');
  }
  await expect.poll(async () => (await storedRecords(app!, 'entry/')).length).toBe(wins.length);
}

const WINS = [
  'Asked my question in the standup',
  'Sent the email I had been putting off for a week',
  'Went for a run before work',
  'Said no to the extra project, kindly and clearly',
  'Rehearsed the opening of the quarterly review twice',
];

/** Three prompts waiting at once, as after notifications were missed. */
async function seedWaitingPrompts(page: Page) {
  await page.evaluate(async () => {
    const now = Date.now();
    const minute = 60_000;
    const pending = [
      { triggerId: 'feedback|demo:standup', type: 'feedback', eventKey: 'demo:standup', eventTitle: 'Team standup', eventStart: now - 60 * minute, eventEnd: now - 45 * minute, kind: 'other', shownAt: now - 30 * minute, expiresAt: now + 6 * 60 * minute, why: 'after' },
      {
        triggerId: 'ready|demo:pitch',
        type: 'ready',
        eventKey: 'demo:pitch',
        eventTitle: 'Investor pitch',
        eventStart: now + 8 * minute,
        eventEnd: now + 68 * minute,
        kind: 'presentation',
        shownAt: now - minute,
        expiresAt: now + 8 * minute,
        // Why it is offered: a line of its own on the card.
        why: 'ready',
        // The two if-then plans from a rehearsal of the pitch.
        plans: [
          { when: 'They ask why now, and not in a year', then: 'Show the waiting list and the three pilots that are ready to sign' },
          { when: 'The demo laptop will not find the projector', then: 'Switch to the recorded video on the USB stick in my jacket' },
        ],
      },
      { triggerId: 'affirm|demo:interview', type: 'affirm', eventKey: 'demo:interview', eventTitle: 'Interview with the design team', eventStart: now + 40 * minute, eventEnd: now + 100 * minute, kind: 'interview', shownAt: now - 5 * minute, expiresAt: now + 40 * minute },
    ];
    const { promptState } = await chrome.storage.local.get('promptState');
    const value = (promptState as { value?: object } | undefined)?.value ?? { decided: {}, shown: {}, snoozed: {} };
    await chrome.storage.local.set({ promptState: { version: 1, value: { ...value, pending } } });
  });
}

describe('Chromium: the toolbar popup fits in 400 × 600', () => {
  it('fits when empty, with five wins, with prompts waiting, and with the exercises open', async () => {
    app = await launch(undefined, e2eExtensionDir);
    const heights: Record<string, number> = {};

    const empty = await popupAt400(app);
    await empty.getByText('Your first win goes here.').waitFor();
    // No calendar and no moment yet: the two ways to add one, with the empty wins, all at once.
    await empty.getByRole('button', { name: 'Add a calendar' }).waitFor();
    await empty.getByRole('button', { name: 'Add a moment by hand' }).waitFor();
    heights.empty = await checkFits(empty, 'empty');

    // Five wins and a calendar, the last win just logged (Undo showing). The
    // default prompts without quiet hours or days off, so that the demo's
    // presentation has its prompt waiting at any hour this runs.
    await empty.evaluate(async () => {
      await chrome.storage.local.set({
        promptSettings: {
          version: 1,
          value: {
            prompts: { affirm: { enabled: true, minutes: 45 }, ready: { enabled: true, minutes: 5 }, feedback: { enabled: true, minutes: 10 } },
            quietHours: null,
            dailyCap: 50,
            days: [0, 1, 2, 3, 4, 5, 6],
            discreet: false,
            deliveryProbability: null,
          },
        },
      });
      await chrome.runtime.sendMessage({ type: 'demo/enable', payload: {} });
    });
    await empty.close();
    const wins = await popupAt400(app);
    // The demo's presentation is close enough that its prompt is already waiting: the prompt names it, once.
    await wins.getByTestId('pending-prompts').waitFor();
    expect(await wins.getByTestId('next-high-stakes').count()).toBe(0);
    await logWins(wins, WINS);
    await wins.getByRole('button', { name: 'Undo' }).waitFor();
    heights.wins = await checkFits(wins, 'wins');
    // A compact header: the day's count and the streak on the question's line, not under it.
    await wins.getByTestId('streak').waitFor();
    const headerOnOneLine = await wins.evaluate(() => {
      const question = document.querySelector('label[for="win-text"]')!.getBoundingClientRect();
      const streak = document.querySelector('[data-testid="streak"]')!.getBoundingClientRect();
      return streak.top < question.bottom;
    });
    expect(headerOnOneLine, 'the tally beside the question').toBe(true);

    // The details form open under the win just logged.
    await wins.getByRole('button', { name: 'Add details' }).click();
    await wins.getByLabel('Part of an event?').locator('option').nth(1).waitFor({ state: 'attached' });
    heights.details = await checkFits(wins, 'details');
    await wins.close();

    // Three prompts waiting: one shows, the others are a press away.
    const seeding = await popupAt400(app);
    await seedWaitingPrompts(seeding);
    await seeding.close();
    const prompt = await popupAt400(app);
    await prompt.getByTestId('pending-prompts').waitFor();
    await prompt.getByTestId('next-high-stakes').waitFor();
    // The one shown is the one that matters now: the soonest event's, not the oldest or the first stored.
    expect(await prompt.getByTestId('pending-prompts').locator('.prompt-card').allInnerTexts()).toEqual([expect.stringMatching(/^“Investor pitch” starts in \d+ min: a moment to get ready\n+Why: it is about to start\./)]);
    heights.prompt = await checkFits(prompt, 'prompt');
    // The rehearsal's if-then plans, one press away on the get-ready prompt, in a view of their own.
    await prompt.getByRole('button', { name: 'Your 2 if-then plans' }).click();
    await expect.poll(() => prompt.locator('.if-then-plans li').allInnerTexts()).toEqual([
      'If They ask why now, and not in a year,\n\nthen Show the waiting list and the three pilots that are ready to sign',
      'If The demo laptop will not find the projector,\n\nthen Switch to the recorded video on the USB stick in my jacket',
    ]);
    expect(await prompt.getByRole('button', { name: 'Start' }).count()).toBe(1);
    heights.plans = await checkFits(prompt, 'plans');
    await prompt.getByRole('button', { name: 'Back' }).click();
    await prompt.getByRole('button', { name: '2 more waiting' }).click();
    await expect.poll(() => prompt.locator('.prompt-card').count()).toBe(3);
    // The values reflection's card says nothing of why: not what it is for, not the event.
    expect(await prompt.locator('.prompt-card', { hasText: 'A few quiet minutes' }).innerText()).not.toMatch(/Why/);
    expect(await prompt.locator('.prompt-card', { hasText: 'Team standup' }).innerText()).toMatch(/Why: it is still fresh in your mind\./);
    heights.allPrompts = await checkFits(prompt, 'all-prompts');
    await prompt.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => prompt.evaluate(() => document.activeElement?.id)).toBe('win-text');

    // Words that read like a crisis: the support note, in full, with the field and the wins.
    await prompt.keyboard.type("I can't go on like this");
    await prompt.locator('.crisis-panel').waitFor();
    heights.crisis = await checkFits(prompt, 'crisis');
    await prompt.keyboard.press('Control+A');
    await prompt.keyboard.press('Backspace');
    await expect.poll(async () => (await storedRecords(app!, 'draft/')).length).toBe(0);
    await prompt.close();

    // Nothing waiting: the next high-stakes moment, and a piece of the user's own evidence.
    const calm = await popupAt400(app);
    await calm.evaluate(async () => {
      const { promptState } = await chrome.storage.local.get('promptState');
      await chrome.storage.local.set({ promptState: { ...(promptState as object), value: { ...(promptState as { value: object }).value, pending: [] } } });
    });
    await calm.reload();
    await calm.getByTestId('next-high-stakes').waitFor();
    await calm.getByTestId('evidence').waitFor();
    heights.calm = await checkFits(calm, 'calm');
    await calm.getByRole('button', { name: 'Add a high-stakes moment' }).click();
    await calm.getByLabel('What is it?').waitFor();
    heights.moment = await checkFits(calm, 'moment');
    await calm.close();

    // An after-event check-in waiting, with its rating (the tallest card), after five wins.
    const checkIn = await popupAt400(app);
    await checkIn.evaluate(async () => {
      const now = Date.now();
      const { promptState } = await chrome.storage.local.get('promptState');
      const value = (promptState as { value: object }).value;
      const checkIns = [{ eventKey: 'demo:review', eventTitle: 'Quarterly review with the leadership team', eventEnd: now - 60_000, kind: 'review', askedAt: now, expiresAt: now + 86_400_000 }];
      await chrome.storage.local.set({ promptState: { version: 1, value: { ...value, pending: [], checkIns } } });
    });
    await checkIn.reload();
    await checkIn.getByRole('group', { name: /After “Quarterly review/ }).waitFor();
    heights.checkIn = await checkFits(checkIn, 'checkin');
    await checkIn.getByRole('button', { name: 'Answer' }).click();
    await checkIn.getByRole('slider', { name: 'How capable do you feel of handling the next one like it?' }).waitFor();
    heights.checkInAnswer = await checkFits(checkIn, 'checkin-answer');
    expect(await scalesAt380(checkIn, 'checkin-answer')).toEqual([]);
    await checkIn.close();

    const exercises = await popupAt400(app);
    await exercises.getByRole('button', { name: 'Exercises' }).click();
    await exercises.getByRole('heading', { name: 'Exercises' }).waitFor();
    heights.exercises = await checkFits(exercises, 'exercises');
    // Two tiles to a row: a twelfth exercise fills the empty slot, and the next row of two still fits.
    expect(heights.exercises, 'the exercises list: room for a row more').toBeLessThanOrEqual(540);

    // A quick exercise running, and the way back to the list beside its title.
    await exercises.getByRole('button', { name: 'Start: Turn nerves into readiness' }).click();
    await exercises.locator('.flow-step').waitFor();
    await settled(exercises);
    await shoot(exercises, 'exercise-running');
    heights.running = (await measure(exercises)).height;
    expect(heights.running, 'a running exercise: height').toBeLessThanOrEqual(MAX_HEIGHT);

    console.log(
      `POPUP HEIGHTS empty=${heights.empty} wins=${heights.wins} prompt=${heights.prompt} exercises=${heights.exercises} running=${heights.running}` +
        ` (also plans=${heights.plans} details=${heights.details} all-prompts=${heights.allPrompts} crisis=${heights.crisis} calm=${heights.calm} moment=${heights.moment} checkin=${heights.checkIn} checkin-answer=${heights.checkInAnswer}; at most ${MAX_HEIGHT})`,
    );
  });
});

const slug = (title: string) => title.replace(/\W+/g, '-').toLowerCase();

/** The text of the step's heading, which names each screen of an exercise. */
function stepHeading(page: Page): Promise<string> {
  return page.locator('main h1').first().innerText();
}

/** Answers what the step shows, as briefly as a person in a hurry would, so that Next goes through. */
async function answerStep(page: Page) {
  for (const slider of await page.getByRole('slider').all()) {
    // An arrow on an unset rating lands on its middle, and records it.
    if ((await slider.getAttribute('data-unset')) === null) continue;
    await slider.focus();
    await slider.press('ArrowRight');
  }
  for (const field of await page.getByRole('textbox').all()) {
    if ((await field.inputValue()) === '') await field.fill('Open with the summary');
  }
}

/**
 * Where a rating scale breaks at 380 px (a popup a little narrower than
 * Primed's own, as with a scrollbar): its value in words wrapping or pushed
 * off its line, or its two end labels wrapping or no longer side by side.
 */
async function scalesAt380(page: Page, state: string): Promise<string[]> {
  const problems = await page.evaluate(() => {
    const width = document.body.style.width;
    document.body.style.width = '380px';
    const found: string[] = [];
    for (const el of document.querySelectorAll('.rating')) {
      const name = el.querySelector('label')?.textContent ?? '';
      const label = el.querySelector('label')!.getBoundingClientRect();
      const slider = el.querySelector('input')!.getBoundingClientRect();
      const value = el.querySelector('output')!;
      const box = value.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(value).fontSize) * 2;
      const beside = (other: DOMRect) => box.top < other.bottom && box.bottom > other.top;
      if (box.height > line || !(beside(label) || beside(slider))) found.push(`“${name}”: its value takes a line of its own`);
      const ends = [...el.querySelectorAll('.rating-ends span')].map((e) => e.getBoundingClientRect());
      const endLine = ends.length ? parseFloat(getComputedStyle(el.querySelector('.rating-ends')!).fontSize) * 2 : 0;
      if (ends.length === 2 && (ends[0]!.top !== ends[1]!.top || Math.max(ends[0]!.height, ends[1]!.height) > endLine)) {
        found.push(`“${name}”: its end labels break`);
      }
    }
    document.body.style.width = width;
    return found;
  });
  return problems.map((p) => `${state} at 380 px: ${p}`);
}

/** Like checkFits, but notes a misfit and goes on, so that one run measures every step. */
async function noteFit(page: Page, state: string, misfits: string[]): Promise<number> {
  await settled(page);
  const measured = await measure(page);
  await shoot(page, state);
  if (measured.clipped.length > 0) misfits.push(`${state}: content hidden inside the popup: ${measured.clipped.join(', ')}`);
  if (measured.width > WIDTH) misfits.push(`${state}: ${measured.width} px wide`);
  if (measured.height > MAX_HEIGHT) misfits.push(`${state}: ${measured.height} px high`);
  misfits.push(...(await scalesAt380(page, state)));
  return measured.height;
}

describe('Chromium: the exercises that run inside the popup fit in 400 × 600', () => {
  it('fits every step of every exercise the popup runs inline, with the crisis note too', async () => {
    app = await launch(undefined, e2eExtensionDir);
    // The user's own wins are offered as evidence in some steps: the longest those steps get.
    const first = await popupAt400(app);
    await first.getByText('Your first win goes here.').waitFor();
    await logWins(first, WINS);
    await first.close();

    const list = await popupAt400(app);
    await list.getByRole('button', { name: 'Exercises' }).click();
    await list.getByRole('heading', { name: 'Exercises' }).waitFor();
    const inline = (await list.getByRole('button', { name: /^Start: / }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))).map((name) =>
      name.replace(/^Start: /, ''),
    );
    await list.close();
    expect(inline.length, 'exercises offered to run in the popup').toBeGreaterThan(0);

    const lines: string[] = [];
    const misfits: string[] = [];
    for (const title of inline) {
      const page = await popupAt400(app);
      await page.getByRole('button', { name: 'Exercises' }).click();
      await page.getByRole('button', { name: `Start: ${title}` }).click();
      await page.locator('.flow-step').waitFor();
      const heights: string[] = [];
      let crisisChecked = false;
      for (let n = 1; n <= 20; n++) {
        const heading = await stepHeading(page);
        const state = `exercise-${slug(title)}-step${n}`;
        // The step as it opens, then answered (a value in words, a field filled in).
        let height = await noteFit(page, state, misfits);
        // Next before answering: a step that needs answers says which, in a note that must fit too.
        const onward = async () => {
          const finish = (await page.getByRole('button', { name: 'Finish' }).count()) > 0;
          await page.getByRole('button', { name: finish ? 'Finish' : 'Next' }).click();
          return finish;
        };
        const finishedEarly = await onward();
        await settled(page);
        if ((await page.getByRole('alert').count()) > 0) {
          height = Math.max(height, await noteFit(page, `${state}-needs`, misfits));
        } else if (finishedEarly) {
          heights.push(`step${n}=${height}`);
          break;
        } else {
          // Nothing was needed, so Next went on: back to answer the step anyway.
          await expect.poll(() => stepHeading(page)).not.toBe(heading);
          await page.getByRole('button', { name: 'Back' }).click();
          await expect.poll(() => stepHeading(page)).toBe(heading);
        }
        await answerStep(page);
        height = Math.max(height, await noteFit(page, `${state}-answered`, misfits));
        heights.push(`step${n}=${height}`);
        const field = page.getByRole('textbox').first();
        if (!crisisChecked && (await field.count()) > 0) {
          // Words that read like a crisis: the support note, in full, in the step.
          // It stays to the end of the exercise, so every later step and the
          // finish screen are measured with it.
          const before = await field.inputValue();
          await field.fill("I can't go on like this");
          await page.locator('.crisis-panel').waitFor();
          heights.push(`crisis${n}=${await noteFit(page, `${state}-crisis`, misfits)}`);
          await field.fill(before);
          await settled(page);
          expect(await page.locator('.crisis-panel').count(), `${title}: the note stays`).toBe(1);
          crisisChecked = true;
        }
        if (await onward()) break;
        await expect.poll(() => stepHeading(page), { message: `${title}: past “${heading}”` }).not.toBe(heading);
      }
      await expect.poll(() => stepHeading(page)).toBe('Saved');
      heights.push(`done=${await noteFit(page, `exercise-${slug(title)}-done`, misfits)}`);
      lines.push(`POPUP EXERCISE HEIGHTS ${title}: ${heights.join(' ')}`);
      await page.close();
    }
    console.log(`${lines.join('\n')}\n(at most ${MAX_HEIGHT})`);
    expect(misfits, 'exercise steps that do not fit in the popup').toEqual([]);
  }, 300_000);
});
