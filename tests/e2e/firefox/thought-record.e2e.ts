// The thought record in Firefox: every column of the standard form, answered
// through the labels a screen reader would announce, and stored as one entry.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { alertText, onward, openAndBegin, rate, onlyEntry, type, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

describe('Firefox: thought record', () => {
  it('records emotions, the thought, evidence on both sides, a balanced thought and the emotions again', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'reframe', 'Before you start');
    await onward(page);

    await waitForHeading(page, 'What is coming up?');
    await type(page, 'The situation', 'Team demo on Friday');
    await onward(page);

    await waitForHeading(page, 'What do you feel?');
    await type(page, 'Emotion 1', 'nervous');
    await rate(page, 'How strong is “nervous”?', 6); // 80
    await type(page, 'Emotion 2 (optional)', 'embarrassed');
    await onward(page);
    expect(await alertText(page)).toBe('Please answer first: How strong is “embarrassed”?');
    await rate(page, 'How strong is “embarrassed”?', -2); // 40
    await onward(page);

    await waitForHeading(page, 'The thought');
    await type(page, 'What is the thought that worries you?', 'The demo will crash and they will think I am careless');
    await rate(page, 'How strongly do you believe it?', 4); // 70
    await onward(page);
    await waitForHeading(page, 'Any thinking traps?');
    await onward(page);

    await waitForHeading(page, 'Evidence for the thought');
    await onward(page);
    expect(await alertText(page)).toBe('Please answer first: What facts support it?');
    await type(page, 'What facts support it?', 'The build failed once this week');
    await onward(page);
    await waitForHeading(page, 'Evidence against it');
    await type(page, 'What facts do not fit the thought?', 'The last four demos ran fine');
    await onward(page);

    await waitForHeading(page, 'A fairer thought');
    await type(page, 'With both sides in view, what is a more balanced way to see it?', 'A crash is possible, and I have a recording ready');
    await rate(page, 'How strongly do you believe this fairer thought?', 3); // 65
    await onward(page);

    await waitForHeading(page, 'How do you feel now?');
    expect(await page.$$eval('.flow-step input[type="range"]', (els) => els.length)).toBe(3);
    await rate(page, 'How strong is “nervous” now?', -2); // 40
    await rate(page, 'How strong is “embarrassed” now?', -6); // 20
    await rate(page, 'How strongly do you believe the first thought now?', -5); // 25
    await onward(page);

    await waitForHeading(page, 'What you will do');
    await type(page, 'What is the next thing you will do?', 'Record a backup run tonight');
    await onward(page);
    await waitForHeading(page, 'Before you go');
    await onward(page);
    await waitForHeading(page, 'Saved');

    const entry = await onlyEntry(page);
    expect(entry).toMatchObject({
      kind: 'flow',
      flowId: 'reframe',
      fields: {
        situation: 'Team demo on Friday',
        emotion1: 'nervous',
        emotion1Before: 80,
        emotion2: 'embarrassed',
        emotion2Before: 40,
        thought: 'The demo will crash and they will think I am careless',
        beliefBefore: 70,
        evidenceFor: 'The build failed once this week',
        evidenceAgainst: 'The last four demos ran fine',
        balanced: 'A crash is possible, and I have a recording ready',
        balancedBelief: 65,
        emotion1After: 40,
        emotion2After: 20,
        beliefAfter: 25,
        action: 'Record a backup run tonight',
      },
    });
  });
});
