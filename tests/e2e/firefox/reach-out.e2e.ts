// Reaching out in Firefox, from the keyboard alone: a person typed in (no
// supporters saved yet), one kind of help ticked, and the ready-made request
// for it taken into the field, stored as one entry.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { answerSteps, onlyEntry, onwardByKeyboard, openAndBegin, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

describe('Firefox: reach out to a supporter', () => {
  it('writes a specific request to one person, by keyboard', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'reach-out', 'Before you start');
    await answerSteps(page, [['Before you start'], ['Who will you ask?', { 'Who will you ask?': 'Sam' }]]);

    // From the step's heading, the third box is the mock run.
    await waitForHeading(page, 'What to ask for');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    expect(await page.$$eval('.flow-choice input', (boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([false, false, true]);
    await onwardByKeyboard(page);

    // Only the idea for the help chosen, greeting Sam; Enter takes it into the field.
    await waitForHeading(page, 'Your request');
    expect(await page.$$('.link-button')).toHaveLength(1);
    await page.focus('.link-button');
    await page.keyboard.press('Enter');
    const request = 'Hi Sam, could you do a mock interview with me on Tuesday? Half an hour would help a lot.';
    await page.waitForFunction((r) => document.querySelector('textarea')?.value === r, {}, request);
    await onwardByKeyboard(page);
    await answerSteps(page, [['Before you go']]);
    await waitForHeading(page, 'Saved');

    expect(await onlyEntry(page)).toMatchObject({ kind: 'flow', flowId: 'reach-out', fields: { person: 'Sam', askFor: ['practical'], request } });
  });
});
