// The confidence check in Firefox, from the keyboard alone: no readiness
// question around it (it is a measure itself), four ratings that must each be
// given, stored as one entry and read back in the journal.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { alertText, finishScreen, journalAnswers, onlyEntry, onward, onwardByKeyboard, openAndBegin, rateWithDigit, sliderNames, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

const TITLE = 'Check in on your confidence';
const SCALES = ['Handle unexpected problems', 'Accomplish difficult tasks', 'Stick to my goals', 'Overcome obstacles'];

describe('Firefox: the confidence check', () => {
  it('takes four ratings by keyboard, with no readiness question, and stores them', async () => {
    const page = (await launch()).welcome;
    // Straight to its own words: no "Before you start" rating first.
    await openAndBegin(page, 'self-check', 'How sure are you?');
    expect(await page.$$('input[type="range"]')).toHaveLength(0);
    await onwardByKeyboard(page);

    await waitForHeading(page, 'Today, I can…');
    expect(await sliderNames(page)).toEqual(SCALES);
    // Each one must be given; a slider left unset is named.
    await onward(page);
    expect(await alertText(page)).toBe(`Please answer first: ${SCALES.join(', ')}`);
    const said: Array<string | null> = [];
    for (const [scale, digit] of [
      ['Handle unexpected problems', '6'],
      ['Accomplish difficult tasks', '4'],
      ['Stick to my goals', '0'],
      ['Overcome obstacles', '7'],
    ] as const) {
      said.push(await rateWithDigit(page, scale, digit));
    }
    expect(said).toEqual(['6 out of 10', '4 out of 10', '10 out of 10', '7 out of 10']);
    await onwardByKeyboard(page);

    // Straight to the finish: no "Before you go", no before/after change, one way on.
    expect(await finishScreen(page)).toMatchObject({
      said: 'Your four ratings are kept, so you can see how they change from one check to the next.',
      change: undefined,
      buttons: ['Back to your day'],
    });
    expect(await page.$('.flow-change')).toBeNull();

    const entry = (await onlyEntry(page)) as { fields: Record<string, unknown> };
    expect(entry).toMatchObject({ kind: 'flow', flowId: 'self-check' });
    expect(entry.fields).toEqual({ unexpected: 6, difficult: 4, goals: 10, obstacles: 7 });

    expect(await journalAnswers(page, TITLE)).toEqual([
      ['Handle unexpected problems', '6'],
      ['Accomplish difficult tasks', '4'],
      ['Stick to my goals', '10'],
      ['Overcome obstacles', '7'],
    ]);
  });
});
