// "Someone like me who did this" in Firefox, from the keyboard alone: the
// person, how they did it, one thing to borrow, stored as one entry; the
// optional questions may stay blank.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { answerSteps, openAndBegin, onlyEntry, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

describe('Firefox: someone like me', () => {
  it('names a peer, how they did it and one thing to borrow, by keyboard', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'role-model', 'Before you start');
    await answerSteps(page, [
      ['Before you start'],
      ['Someone a step ahead of you', { 'Who got through a moment like yours?': 'Priya from my cohort', 'How are they like you?': 'Same nerves before talks' }],
      ['How they did it', { 'What did they do?': 'Practised the first two minutes out loud' }],
      ['One thing to borrow', { 'One thing you will borrow from them': 'My three points on a card' }],
      ['Before you go'],
    ]);
    await waitForHeading(page, 'Saved');
    expect(await page.$eval('main', (m) => m.textContent ?? '')).toContain('From “Priya from my cohort”, you are borrowing “My three points on a card”.');

    const entry = await onlyEntry(page);
    expect(entry).toMatchObject({
      kind: 'flow',
      flowId: 'role-model',
      fields: { person: 'Priya from my cohort', likeMe: 'Same nerves before talks', whatTheyDid: 'Practised the first two minutes out loud', borrow: 'My three points on a card' },
    });
    expect(entry).not.toHaveProperty('fields.struggle');
  });
});
