// "Did your plan work?" in Firefox, from the keyboard alone: the plan made in
// problem solving for an event comes back after it, how it went is ticked,
// and what was learned is stored with the event and read back in the journal.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { alertText, answerSteps, journalAnswers, onwardByKeyboard, openAndBegin, storedEntries, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

const EVENT = 'moment:client-pitch';

type Entry = { flowId: string; eventKey?: string; fields: Record<string, unknown> };

describe('Firefox: did your plan work?', () => {
  it('shows the plan made for the event, and stores how it went and what was learned', async () => {
    const page = (await launch()).welcome;

    // The plan, made before the event with problem solving.
    await openAndBegin(page, 'problem-solving', 'Before you start', EVENT);
    await answerSteps(page, [
      ['Before you start'],
      ['Pin the problem down', { 'What is the “what if”?': 'What if the projector fails?', 'Now say it as a specific problem': 'The projector fails at the start of the pitch' }],
      ['Every option, no judging', { 'Your options, one a line (at least 3)': 'Bring a second laptop\nRecord a backup video\nPrint handouts' }],
      ['Weigh the best few', { 'For your best three to five: what speaks for each, what against, and how doable is it?': 'Video: safe and quick' }],
      [
        'Choose one, and plan it',
        {
          'Which option will you go with?': 'Record a backup video',
          'First step, and by when': 'Script it, by Monday',
          'Second step, and by when': 'Record it, by Tuesday',
          'Third step, and by when': 'Copy it to a stick, by Wednesday',
        },
      ],
      ['Afterwards'],
      ['Before you go'],
    ]);
    await waitForHeading(page, 'Saved');

    // After the event, the review.
    await openAndBegin(page, 'plan-review', 'Before you start', EVENT);
    await onwardByKeyboard(page);
    await waitForHeading(page, 'Your plan, looking back');
    await page.waitForSelector('section[aria-label="The plan you made"]');
    expect(
      await page.$$eval('section[aria-label="The plan you made"] dl > div', (pairs) => pairs.map((p) => [p.querySelector('dt')?.textContent, p.querySelector('dd')?.textContent])),
    ).toEqual([
      ['Now say it as a specific problem', 'The projector fails at the start of the pitch'],
      ['Which option will you go with?', 'Record a backup video'],
      ['First step, and by when', 'Script it, by Monday'],
      ['Second step, and by when', 'Record it, by Tuesday'],
      ['Third step, and by when', 'Copy it to a stick, by Wednesday'],
    ]);

    // From the heading, the second box is "Partly"; Space ticks it.
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
    await page.keyboard.press(' ');
    const ticked = () =>
      page.$$eval('.flow-choice', (choices) => choices.filter((c) => c.querySelector('input')?.checked).map((c) => c.querySelector('strong')?.textContent));
    expect(await ticked()).toEqual(['Partly']);
    await onwardByKeyboard(page);

    await waitForHeading(page, 'For the next “what if”');
    await onwardByKeyboard(page);
    expect(await alertText(page)).toBe('Please answer first: What did you learn about handling this kind of problem?');
    await answerSteps(page, [
      [
        'For the next “what if”',
        {
          'What did you learn about handling this kind of problem?': 'A backup ready the day before takes the fear out of it.',
          'What would you do differently next time?': 'Test the room’s cable too',
        },
      ],
      ['Before you go'],
    ]);

    await waitForHeading(page, 'Saved');
    expect(await page.$eval('.flow-done-said', (p) => p.textContent)).toBe(
      'What you learned: “A backup ready the day before takes the fear out of it”. That is yours for the next “what if”.',
    );
    expect(await page.$eval('.flow-next-step', (b) => b.textContent)).toBe('Back to your day');

    const entries = (await storedEntries(page)) as Entry[];
    expect(entries.map((e) => e.flowId).sort()).toEqual(['plan-review', 'problem-solving']);
    expect(entries.find((e) => e.flowId === 'plan-review')).toMatchObject({
      kind: 'flow',
      eventKey: EVENT,
      fields: { outcome: ['partly'], learned: 'A backup ready the day before takes the fear out of it.', change: 'Test the room’s cable too' },
    });

    expect(await journalAnswers(page, 'Did your plan work?')).toEqual(
      expect.arrayContaining([
        ['How did it go? Pick one or more.', 'Partly'],
        ['What did you learn about handling this kind of problem?', 'A backup ready the day before takes the fear out of it.'],
        ['What would you do differently next time?', 'Test the room’s cable too'],
      ]),
    );
  });
});
