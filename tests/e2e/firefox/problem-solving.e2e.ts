// Five-step problem solving in Firefox, from the keyboard alone: the worry
// pinned down, at least three options, the weighing and a dated plan, stored
// as one entry.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { alertText, answerSteps, onwardByKeyboard, openAndBegin, onlyEntry, type, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

describe('Firefox: problem solving', () => {
  it('turns a “what if” into options and a plan with three dated steps, by keyboard', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'problem-solving', 'Before you start');
    await answerSteps(page, [
      ['Before you start'],
      ['Pin the problem down', { 'What is the “what if”?': 'What if the demo breaks?', 'Now say it as a specific problem': 'The laptop loses the projector in the first five minutes' }],
      // Enter in the field starts the next line; two options are not yet enough.
      ['Every option, no judging', { 'Your options, one a line (at least 3)': 'Bring a second laptop\nRecord a backup video' }],
    ]);
    expect(await alertText(page)).toBe('Please answer first: Your options, one a line (at least 3)');
    await type(page, 'Your options, one a line (at least 3)', '\nAsk IT to test the room');
    await onwardByKeyboard(page);
    await answerSteps(page, [
      ['Weigh the best few', { 'For your best three to five: what speaks for each, what against, and how doable is it?': 'Backup video: safe, doable tonight' }],
      [
        'Choose one, and plan it',
        {
          'Which option will you go with?': 'Record a backup video',
          'First step, and by when': 'Write the script, by Monday',
          'Second step, and by when': 'Record it, by Tuesday evening',
          'Third step, and by when': 'Put it on a USB stick, by Wednesday',
        },
      ],
      ['Afterwards'],
      ['Before you go'],
    ]);
    await waitForHeading(page, 'Saved');

    const entry = await onlyEntry(page);
    expect(entry).toMatchObject({
      kind: 'flow',
      flowId: 'problem-solving',
      fields: {
        worry: 'What if the demo breaks?',
        problem: 'The laptop loses the projector in the first five minutes',
        options: 'Bring a second laptop\nRecord a backup video\nAsk IT to test the room',
        weighing: 'Backup video: safe, doable tonight',
        choice: 'Record a backup video',
        step1: 'Write the script, by Monday',
        step2: 'Record it, by Tuesday evening',
        step3: 'Put it on a USB stick, by Wednesday',
      },
    });
  });
});
