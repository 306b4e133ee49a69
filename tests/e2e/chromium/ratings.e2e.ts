// Every rating control, wherever it is: before any input it reads as unset,
// and one mouse click at its exact middle (where an unset slider's value
// already rests, so the browser reports no change) records the middle value,
// and lets Next through where the rating is required. The suite counts the
// controls it visited and fails if it found none.
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { flows } from '@/components/exercises/registry';
import { scalesOf, stepsOf } from '@/lib/exercises/runner';
import type { FlowBlock, FlowFields } from '@/lib/exercises/types';
import { closeBrowserAfterEach, launch, openPopup, putStoredRecord, storedRecords, type Launched } from './harness';

let app: Launched | undefined;
closeBrowserAfterEach(() => app, () => (app = undefined));

const visited: string[] = [];

afterAll(() => {
  // A rename or a new kind of control must not let this suite pass by finding nothing.
  expect(visited.length).toBeGreaterThan(0);
});

// An emotions block is a rating too: one slider per emotion named.
const isRating = (b: FlowBlock) => b.kind === 'rating' || b.kind === 'percent' || b.kind === 'emotions';

/** The scale of a slider, as the page gives it. */
async function scaleOf(slider: Locator): Promise<{ min: number; max: number; step: number }> {
  return slider.evaluate((el) => {
    const input = el as HTMLInputElement;
    return { min: Number(input.min), max: Number(input.max), step: Number(input.step) || 1 };
  });
}

/** Reads as unset to a screen reader (its value text) and to the eye (no thumb, empty track, the words beside it). */
async function expectUnset(slider: Locator, where: string) {
  expect(await slider.getAttribute('aria-valuetext'), where).toBe('not set yet');
  expect(await slider.getAttribute('data-unset'), where).not.toBeNull();
  const looks = await slider.evaluate((el) => ({
    fill: getComputedStyle(el).getPropertyValue('--rating-fill').trim(),
    words: el.parentElement?.querySelector('output')?.textContent ?? '',
  }));
  expect(looks, where).toEqual({ fill: '0', words: 'not set yet' });
}

/** One mouse click at the exact centre of the slider's box; returns the value it recorded, checked to be the scale's middle. */
async function clickMiddle(page: Page, slider: Locator, where: string): Promise<number> {
  const { min, max, step } = await scaleOf(slider);
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error(`${where}: the slider has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect.poll(() => slider.getAttribute('data-unset'), { message: where }).toBeNull();
  const value = Number(await slider.inputValue());
  // 0 to 100 has a middle, 50; 1 to 10 has none, so the click lands on 5 or 6.
  expect(Math.abs(value - (min + max) / 2), `${where}: ${value} is not the middle of ${min} to ${max}`).toBeLessThanOrEqual(step / 2);
  expect(await slider.getAttribute('aria-valuetext'), where).not.toBe('not set yet');
  visited.push(where);
  return value;
}

async function heading(page: Page) {
  return page.locator('h1').textContent();
}

describe('Chromium: every rating control', () => {
  for (const flow of flows) {
    const ratingSteps = stepsOf(flow).filter((s) => s.blocks.some(isRating));
    if (ratingSteps.length === 0) continue;

    it(`${flow.id}: each rating reads unset, and a click on its middle records it and lets Next through`, async () => {
      app = await launch();
      const page = await app.context.newPage();
      await page.goto(app.url(`flow.html?flow=${flow.id}`));
      // In front of the welcome tab the install opens, so its frames are not throttled.
      await page.bringToFront();
      // The first screen has no rating at all: nothing there can look answered.
      await page.getByRole('button', { name: 'Begin' }).waitFor();
      expect(await page.getByRole('slider').count()).toBe(0);
      await page.getByRole('button', { name: 'Begin' }).click();
      const recorded: Record<string, number> = {};
      // What has been typed so far, by field: an emotion's slider is named after the emotion.
      const typed: FlowFields = {};

      for (const step of stepsOf(flow)) {
        await expect.poll(() => heading(page)).toBe(step.title);
        for (const field of await page.locator('.flow-step textarea, .flow-step input[type="text"]').all()) {
          const name = (await field.getAttribute('id'))?.replace(/^field-/, '') ?? '';
          // Each answer different, so no two emotions (nor their sliders) share a name.
          // A text area gets three lines: enough for a list that asks for at least three.
          const more = (await field.evaluate((el) => el.tagName)) === 'TEXTAREA' ? '\nAnd another\nAnd a third' : '';
          if (!(await field.inputValue())) await field.fill(`Something true ${Object.keys(typed).length + 1}${more}`);
          typed[name] = await field.inputValue();
        }
        const ratings = step.blocks.flatMap((b) => scalesOf(b, typed));
        expect(await page.getByRole('slider').count(), step.id).toBe(ratings.length);
        for (const block of ratings) await expectUnset(page.getByRole('slider', { name: block.label, exact: true }), `${flow.id}: ${block.label}`);

        const required = ratings.filter((b) => !b.optional);
        if (required.length > 0) {
          // The trap this suite guards against: Next refused a rating that looked answered.
          await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
          await expect.poll(() => page.getByRole('alert').textContent()).toBe(`Please answer first: ${required.map((b) => b.label).join(', ')}`);
        }
        for (const block of ratings) {
          const slider = page.getByRole('slider', { name: block.label, exact: true });
          recorded[block.field] = await clickMiddle(page, slider, `${flow.id}: ${block.label}`);
          if (block.percent) expect(recorded[block.field]).toBe(50);
        }
        await page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
        await expect.poll(() => heading(page)).not.toBe(step.title);
      }

      await expect.poll(() => heading(page)).toBe('Saved');
      const entries = await storedRecords(app, 'entry/');
      expect(entries).toHaveLength(1);
      expect((entries[0]!.value as { fields: Record<string, unknown> }).fields).toMatchObject(recorded);
    });
  }

  it('a touch at the middle records it too, as a tap, with no mouse involved', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=self-check'));
    await page.bringToFront();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const slider = page.getByRole('slider', { name: 'Stick to my goals', exact: true });
    await expectUnset(slider, 'touch');
    const box = (await slider.boundingBox())!;
    const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => slider.getAttribute('data-unset'), { message: 'touch' }).toBeNull();
    expect(Math.abs(Number(await slider.inputValue()) - 5.5)).toBeLessThanOrEqual(0.5);
    visited.push('touch: Stick to my goals');
  });

  it('by keyboard: from unset, an arrow or page key lands on the middle, Home and End on the ends, and each counts as an answer', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=self-check'));
    await page.bringToFront();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    const sliders = await page.getByRole('slider').all();
    expect(sliders).toHaveLength(4);
    for (const [i, [key, words]] of ([['ArrowLeft', '6 out of 10'], ['Home', '1 out of 10'], ['End', '10 out of 10'], ['PageDown', '6 out of 10']] as const).entries()) {
      await expectUnset(sliders[i]!, `keyboard ${key}`);
      await sliders[i]!.press(key);
      await expect.poll(() => sliders[i]!.getAttribute('aria-valuetext')).toBe(words);
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Saved');
    expect((await storedRecords(app, 'entry/'))[0]?.value).toMatchObject({ fields: { unexpected: 6, difficult: 1, goals: 10, obstacles: 6 } });
  });

  it('the quick exercises in the popup: the same rating, and a click on its middle lets Next through', async () => {
    app = await launch();
    const popup = await openPopup(app);
    await popup.bringToFront();
    await popup.getByRole('button', { name: 'Exercises' }).click();
    await popup.getByRole('button', { name: 'Start: Check in on your confidence' }).click();
    await expect.poll(() => heading(popup)).toBe('How sure are you?');
    await popup.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(popup)).toBe('Today, I can…');
    await expect.poll(() => popup.getByRole('slider').count()).toBe(4);
    const sliders = await popup.getByRole('slider').all();
    for (const [i, slider] of sliders.entries()) await expectUnset(slider, `popup confidence check ${i + 1}`);
    for (const [i, slider] of sliders.entries()) await clickMiddle(popup, slider, `popup confidence check ${i + 1}`);
    await popup.getByRole('button', { name: 'Finish' }).click();
    await expect.poll(() => heading(popup)).toBe('Saved');
  });

  it('the popup: a win’s difficulty reads unset, and a click on its middle is saved with the win', async () => {
    app = await launch();
    const popup = await openPopup(app);
    await popup.bringToFront();
    await popup.keyboard.type('Asked a question in the all-hands');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: 'Add details' }).click();
    const difficulty = popup.getByRole('slider', { name: 'How hard was it?' });
    await difficulty.waitFor();
    await expectUnset(difficulty, 'win difficulty');
    const value = await clickMiddle(popup, difficulty, 'win difficulty');
    await popup.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(async () => (await storedRecords(app!, 'entry/'))[0]?.value).toMatchObject({ kind: 'win', difficulty: value });
  });

  it('goal ladders: every rating, from the goal’s difficulty to the last look back, reads unset and records a click on its middle', async () => {
    app = await launch();
    const now = Date.now();
    // Every stage written except its ratings: each one, once rated, opens the next.
    await putStoredRecord(app, 'goal/000000003-test', {
      v: 1,
      id: '000000003-test',
      kind: 'goal',
      title: 'Give the team update without notes by Friday',
      steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step ${i + 1}` })),
      microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `Micro-action ${i + 1}`, minutes: 5, doneAt: now - 1000 })),
      createdAt: now - 6 * 86_400_000,
      updatedAt: now,
    });
    const page = await app.context.newPage();
    await page.goto(app.url('journal.html#goals'));
    await page.bringToFront();
    await page.locator('.goal-ladder').waitFor();

    const labels: string[] = [];
    // New ratings appear as stages open, so take the first unset one until none is left.
    for (let round = 0; round < 20; round++) {
      const unset = page.locator('.goal-ladder input[type="range"][data-unset]');
      if ((await unset.count()) === 0) break;
      const slider = unset.first();
      const label = await slider.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '');
      await expectUnset(slider, `goal: ${label}`);
      await clickMiddle(page, page.getByRole('slider', { name: label, exact: true }), `goal: ${label}`);
      labels.push(label);
    }
    expect(labels).toHaveLength(1 + 1 + 7 + 2 + 1); // difficulty, confidence before, seven steps, confidence and step 1 after the micro-actions, confidence after

    await expect.poll(async () => (await storedRecords(app!, 'goal/'))[0]?.value).toMatchObject({
      difficulty: expect.any(Number),
      confidenceBefore: expect.any(Number),
      steps: [
        expect.objectContaining({ difficulty: expect.any(Number), confidence: expect.any(Number), feelsNow: expect.any(Number) }),
        ...Array.from({ length: 6 }, () => expect.objectContaining({ difficulty: expect.any(Number) })),
      ],
      reflection: expect.objectContaining({ confidenceAfter: expect.any(Number) }),
    });
  });
});
