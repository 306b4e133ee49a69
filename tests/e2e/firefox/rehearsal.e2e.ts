// Mental rehearsal in Firefox: the walk-through, the two risks, an if-then
// plan for each, stored as one entry.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { alertText, onward, openAndBegin, onlyEntry, type, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

describe('Firefox: mental rehearsal', () => {
  it('walks through the moment, names two risks and stores an if-then plan for each', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'rehearsal', 'Before you start');
    await onward(page);

    await waitForHeading(page, 'What are you rehearsing?');
    await type(page, 'The moment', 'Interview at Northwind, Thursday');
    await onward(page);

    await waitForHeading(page, 'Walk through it');
    await type(page, 'Arriving: what do you see, and what do you do first?', 'Sign in and sit down');
    await type(page, 'The opening: your first minute', 'Thank them, give my one-line story');
    await type(page, 'The hard part: what happens, and what do you do?', 'The gap question: I answer it plainly');
    await type(page, 'The close: how do you finish?', 'Ask about next steps');
    await onward(page);

    await waitForHeading(page, 'Where could it wobble?');
    await type(page, 'The first moment that could go wrong', 'They ask about the gap in my CV');
    await onward(page);
    expect(await alertText(page)).toBe('Please answer first: The second one');
    await type(page, 'The second one', 'My mind goes blank on the numbers');
    await onward(page);

    await waitForHeading(page, 'If that happens, then…');
    await type(page, 'Then I will…', 'Tell them about the year caring for my dad');
    await type(page, 'Then I will… (for the second moment)', 'Look at my one-page notes');
    await onward(page);
    await waitForHeading(page, 'Once more, all the way');
    await onward(page);
    await waitForHeading(page, 'Before you go');
    await onward(page);
    await waitForHeading(page, 'Saved');

    const entry = await onlyEntry(page);
    expect(entry).toMatchObject({
      kind: 'flow',
      flowId: 'rehearsal',
      fields: { risk1: 'They ask about the gap in my CV', plan1: 'Tell them about the year caring for my dad', risk2: 'My mind goes blank on the numbers', plan2: 'Look at my one-page notes' },
    });
  });
});
