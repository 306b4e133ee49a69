// The reflection after an event in Firefox, from the keyboard alone. How it
// went leads the way: a low rating turns it into the setback log, whose finish
// names the next experiment; a good one asks what worked. Either way the
// answers are stored as one entry for the event, and the journal reads them
// back under their questions.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest } from './harness';
import { answerSteps, back, finishScreen, heading, journalAnswers, onlyEntry, onwardByKeyboard, openAndBegin, rateWithDigit, type, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

const EVENT = 'moment:team-demo';
const CAPABILITY = 'How capable do you feel of handling the next one like it?';
const OUTCOME = 'How it went, all in all';

describe('Firefox: the reflection after an event', () => {
  it('after a low rating becomes the setback log, names the next experiment and stores it', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'feedback', 'Before you start', EVENT);
    // After an event the question is how capable you feel of the next one, not readiness.
    expect(await rateWithDigit(page, CAPABILITY, '4')).toBe('4 out of 10');
    await onwardByKeyboard(page);

    // A good rating asks what worked; a low one, given on second thought, leads to the setback log instead.
    await waitForHeading(page, 'How did it go?');
    expect(await rateWithDigit(page, OUTCOME, '8')).toBe('8 out of 10');
    await onwardByKeyboard(page);
    await waitForHeading(page, 'What did you do that worked?');
    // Words begun there and left behind are not part of the setback's entry.
    await type(page, 'Which specific things you did led to what went well?', 'I kept going');
    await back(page);
    expect(await heading(page)).toBe('How did it go?');
    expect(await rateWithDigit(page, OUTCOME, '2')).toBe('2 out of 10');
    await onwardByKeyboard(page);
    await waitForHeading(page, 'An experiment, not a verdict');
    expect(await page.$eval('.flow-step', (s) => s.textContent)).toContain('I haven’t mastered this yet');

    await answerSteps(page, [
      ['An experiment, not a verdict'],
      ['What you tried', { 'What did you attempt?': 'Showing the new dashboard live' }],
      ['What happened', { 'What actually happened?': 'The data would not load and I lost my thread' }],
      ['What was in your hands', { 'Which causes of what happened could you change next time?': 'I never tried it on the meeting-room wifi' }],
      ['What it teaches you', { 'What did you learn?': 'A rehearsal in the real room catches what my desk does not' }],
      // Optional: left blank.
      ['Someone to learn from'],
      ['The next experiment', { 'What will you try differently next time?': 'Run it once in the room the day before.' }],
      ['Ask for feedback on the task', { 'Which part would you like feedback on?': 'the demo' }],
    ]);
    await waitForHeading(page, 'Before you go');
    expect(await rateWithDigit(page, CAPABILITY, '6')).toBe('6 out of 10');
    await onwardByKeyboard(page);

    // Nothing to celebrate after a setback: no win to log, and no praise.
    expect(await finishScreen(page)).toMatchObject({
      said: 'Your next experiment: “Run it once in the room the day before”.',
      change: 'How capable you feel of the next one: 4 before, 6 now.',
      next: 'Back to your day',
    });

    const entry = (await onlyEntry(page)) as { fields: Record<string, unknown> };
    expect(entry).toMatchObject({
      kind: 'flow',
      flowId: 'feedback',
      eventKey: EVENT,
      fields: {
        capabilityBefore: 4,
        outcome: 2,
        attempted: 'Showing the new dashboard live',
        happened: 'The data would not load and I lost my thread',
        causes: 'I never tried it on the meeting-room wifi',
        learned: 'A rehearsal in the real room catches what my desk does not',
        differently: 'Run it once in the room the day before.',
        feedbackPart: 'the demo',
        capabilityAfter: 6,
      },
    });
    expect(Object.keys(entry.fields)).not.toContain('actions');

    const answers = await journalAnswers(page, 'Learn from how it went');
    expect(answers).toEqual(
      expect.arrayContaining([
        [OUTCOME, '2'],
        ['What did you attempt?', 'Showing the new dashboard live'],
        ['What will you try differently next time?', 'Run it once in the room the day before.'],
        ['Which part would you like feedback on?', 'the demo'],
      ]),
    );
    expect(answers.map(([question]) => question)).not.toContain('Which specific things you did led to what went well?');
  });

  it('after a good rating asks what worked, offers questions about the task, and leads on to logging a win', async () => {
    const page = (await launch()).welcome;
    await openAndBegin(page, 'feedback', 'Before you start', EVENT);
    // The before question may be skipped.
    await onwardByKeyboard(page);
    await waitForHeading(page, 'How did it go?');
    expect(await rateWithDigit(page, OUTCOME, '0')).toBe('10 out of 10');
    await onwardByKeyboard(page);

    await answerSteps(page, [
      ['What did you do that worked?', { 'Which specific things you did led to what went well?': 'I paused after the key number' }],
      ['What does this show?', { 'What does this show about what you can do?': 'I can hold a room when I slow down' }],
      ['Next time', { 'What will you apply next time?': 'Pause after every number that matters' }],
    ]);
    await waitForHeading(page, 'Ask for feedback on the task');
    await type(page, 'Which part would you like feedback on?', 'my opening');
    await type(page, 'Did someone praise you? What did they say?', 'You are a natural presenter');
    // Praise about the person comes back as a question about the work.
    await page.waitForFunction(() => document.querySelector('.flow-ask')?.textContent?.includes('What specifically worked in my opening?'));
    expect(await page.$eval('.flow-ask', (a) => a.textContent)).toContain('What did I do in my opening that made it work for you?');
    await onwardByKeyboard(page);
    await waitForHeading(page, 'Before you go');
    await onwardByKeyboard(page);

    expect(await finishScreen(page)).toMatchObject({
      said: 'What worked, in your words: “I paused after the key number”. That is something you did, and can do again.',
      change: undefined,
      next: 'Log a win',
    });
    const entry = (await onlyEntry(page)) as { fields: Record<string, unknown> };
    expect(entry).toMatchObject({
      flowId: 'feedback',
      eventKey: EVENT,
      fields: {
        outcome: 10,
        actions: 'I paused after the key number',
        capability: 'I can hold a room when I slow down',
        nextTime: 'Pause after every number that matters',
        feedbackPart: 'my opening',
        praise: 'You are a natural presenter',
      },
    });
    expect(Object.keys(entry.fields)).not.toContain('attempted');
  });
});
