// The setback log in Firefox, opened on its own from the list of exercises
// rather than from the reflection after an event: from the keyboard alone,
// how capable the user feels before and after, the experiment written down,
// the next one named on the finish screen, stored as one entry and read back
// in the journal.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest, goToExtensionPage } from './harness';
import { answerSteps, finishScreen, journalAnswers, onlyEntry, onwardByKeyboard, rateWithDigit, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

const TITLE = 'Log a setback as an experiment';
const CAPABILITY = 'How capable do you feel of handling the next one like it?';

describe('Firefox: the setback log on its own', () => {
  it('opens from the list of exercises, walks the experiment by keyboard, names the next one and stores it', async () => {
    const page = (await launch()).welcome;
    await goToExtensionPage(page, '/flow.html');
    // The list's link, found by its role and name, followed with Enter.
    const link = await page.waitForSelector(`::-p-aria([role="link"][name="${TITLE}"])`);
    await link!.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('flow') === 'setback' && document.querySelector('.flow-begin') !== null);
    // Opened on its own, it is for no event.
    expect(await page.$eval('main', (m) => m.textContent ?? '')).not.toContain('For:');
    await page.focus('.flow-begin');
    await page.keyboard.press('Enter');

    // Not readiness: after a setback the question is how capable the user feels of the next one.
    await waitForHeading(page, 'Before you start');
    expect(await page.$$('input[type="range"]')).toHaveLength(1);
    expect(await rateWithDigit(page, CAPABILITY, '3')).toBe('3 out of 10');
    await onwardByKeyboard(page);

    await waitForHeading(page, 'An experiment, not a verdict');
    expect(await page.$eval('.flow-step', (s) => s.textContent)).toContain('I haven’t mastered this yet');
    await answerSteps(page, [
      ['An experiment, not a verdict'],
      ['What you tried', { 'What did you attempt?': 'Asking for a raise in my one-to-one' }],
      ['What happened', { 'What actually happened?': 'I rushed it and she asked me to come back with numbers' }],
      ['What was in your hands', { 'Which causes of what happened could you change next time?': 'I had no figures ready and raised it in the last minute' }],
      ['What it teaches you', { 'What did you learn?': 'A case on paper carries more than how I feel on the day' }],
      ['Someone to learn from', { 'Who could you watch or ask, someone who handles this kind of moment well?': 'Dana, who negotiated last spring' }],
      ['The next experiment', { 'What will you try differently next time?': 'Book a slot for it alone, with three figures on one page.' }],
    ]);
    await waitForHeading(page, 'Before you go');
    expect(await rateWithDigit(page, CAPABILITY, '5')).toBe('5 out of 10');
    await onwardByKeyboard(page);

    // The finish names the next experiment in the user's words, with no praise, and offers only the way back.
    expect(await finishScreen(page)).toMatchObject({
      said: 'Your next experiment: “Book a slot for it alone, with three figures on one page”.',
      change: 'How capable you feel of the next one: 3 before, 5 now.',
      buttons: ['Back to your day'],
    });
    expect(await page.$eval('main', (m) => m.textContent ?? '')).not.toMatch(/well done|nicely done|great job/i);

    const entry = (await onlyEntry(page)) as { fields: Record<string, unknown> };
    expect(entry).toMatchObject({ kind: 'flow', flowId: 'setback' });
    expect(entry).not.toHaveProperty('eventKey');
    expect(entry.fields).toEqual({
      capabilityBefore: 3,
      attempted: 'Asking for a raise in my one-to-one',
      happened: 'I rushed it and she asked me to come back with numbers',
      causes: 'I had no figures ready and raised it in the last minute',
      learned: 'A case on paper carries more than how I feel on the day',
      watch: 'Dana, who negotiated last spring',
      differently: 'Book a slot for it alone, with three figures on one page.',
      capabilityAfter: 5,
    });

    expect(await journalAnswers(page, TITLE)).toEqual(
      expect.arrayContaining([
        ['What did you attempt?', 'Asking for a raise in my one-to-one'],
        ['Which causes of what happened could you change next time?', 'I had no figures ready and raised it in the last minute'],
        ['What will you try differently next time?', 'Book a slot for it alone, with three figures on one page.'],
      ]),
    );
  });
});
