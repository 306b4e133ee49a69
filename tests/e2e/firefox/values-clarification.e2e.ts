// Values clarification in Firefox, from the keyboard alone: the five
// prompts, the values they point to stored with the entry and added to the
// list the values reflection ranks.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { answerSteps, openAndBegin, onlyEntry, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

describe('Firefox: values clarification', () => {
  it('answers the five prompts by keyboard, stores the entry and adds the values it names to the list', async () => {
    const page = (await launch()).welcome;
    // About the person, not an event: no readiness question first.
    await openAndBegin(page, 'values-clarification', 'You at your best');
    expect(await page.$$('input[type="range"]')).toHaveLength(0);
    await answerSteps(page, [
      ['You at your best', { 'When I am at my best, I am being…': 'Patient and curious', 'I feel most fulfilled when…': 'Helping a friend work something out' }],
      ['Looking further', { 'One day, I would like to be remembered for…': 'Being there for my family' }],
      ['What drains you, what absorbs you', { 'I feel resentful or drained when I spend time on…': 'Busywork nobody reads', 'I lose track of time when…': 'Taking a radio apart' }],
      // Enter in the field starts the next line: one value a line.
      ['Your values', { 'Your values, a word or a few each, one a line': 'Looking after my family\nTinkering' }],
      // The last question may be left blank.
      ['Your goals, in this light'],
    ]);
    await waitForHeading(page, 'Saved');

    const entry = await onlyEntry(page);
    expect(entry).toMatchObject({
      kind: 'flow',
      flowId: 'values-clarification',
      fields: {
        atBest: 'Patient and curious',
        fulfilled: 'Helping a friend work something out',
        remembered: 'Being there for my family',
        drained: 'Busywork nobody reads',
        absorbed: 'Taking a radio apart',
        values: 'Looking after my family\nTinkering',
      },
    });
    const stored = await page.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: { storage: { local: { get(key: string): Promise<Record<string, { value?: unknown }>> } } } };
      return (await browser.storage.local.get('values')).values?.value as string[] | undefined;
    });
    // After the suggested ones, in the order written.
    expect(stored?.slice(-2)).toEqual(['Looking after my family', 'Tinkering']);
  });
});
