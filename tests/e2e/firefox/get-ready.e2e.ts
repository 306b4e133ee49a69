// The get-ready exercise (turning nerves into readiness) in Firefox, from the
// keyboard alone, for an event: it rates energy and the ability to use it,
// never calm; keeps the nerves rather than breathing them away; shows the
// rehearsal's if-then plans for the same event beside the first move; and
// stores the answers as one entry for the event.
import { describe, expect, it } from 'vitest';
import { firefoxPerTest, goToExtensionPage } from './harness';
import { alertText, answerSteps, finishScreen, journalAnswers, onward, onwardByKeyboard, putEntry, putMoment, rateWithDigit, sliderNames, storedEntries, type, waitForHeading } from './exercise-steps';

const launch = firefoxPerTest();

const TITLE = 'Turn nerves into readiness';
const READINESS = 'How ready do you feel for what’s coming?';
const ENERGY = 'How energised do you feel?';
const ABILITY = 'How able are you to use it?';
const DAY = 86_400_000;

type Entry = { flowId: string; eventKey?: string; fields: Record<string, unknown> };

describe('Firefox: the get-ready exercise', () => {
  it('rates energy and the ability to use it, never calm, and stores the first move for the event', async () => {
    const page = (await launch()).welcome;
    const event = await putMoment(page, { id: 'demo', title: 'Board demo', start: Date.now() + 2 * DAY, kind: 'presentation' });
    // The rehearsal done earlier for the same event, whose if-then plans come back at the end.
    const at = Date.now() - DAY;
    await putEntry(page, {
      v: 1,
      id: `${at.toString(36).padStart(9, '0')}-rehear`,
      kind: 'flow',
      flowId: 'rehearsal',
      eventKey: event,
      fields: { moment: 'Board demo', risk1: 'The dashboard will not load', plan1: 'Switch to the screenshots in my notes', risk2: 'A question I cannot answer', plan2: 'Say I will follow up by Friday' },
      createdAt: at,
      updatedAt: at,
    });

    await goToExtensionPage(page, `/flow.html?flow=stress&event=${encodeURIComponent(event)}`);
    // Its first screen names the event it is for.
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('For: Board demo') && document.querySelector('.flow-begin'));
    await page.focus('.flow-begin');
    await page.keyboard.press('Enter');

    await waitForHeading(page, 'Before you start');
    expect(await sliderNames(page)).toEqual([READINESS]);
    expect(await rateWithDigit(page, READINESS, '4')).toBe('4 out of 10');
    await onwardByKeyboard(page);

    // Energy and the sense of being able to use it, both needed; calm is never asked.
    await waitForHeading(page, 'What is your body doing?');
    expect(await sliderNames(page)).toEqual([ENERGY, ABILITY]);
    await onward(page);
    expect(await alertText(page)).toBe(`Please answer first: ${ENERGY}, ${ABILITY}`);
    expect(await rateWithDigit(page, ENERGY, '8')).toBe('8 out of 10');
    expect(await rateWithDigit(page, ABILITY, '5')).toBe('5 out of 10');
    await type(page, 'What do you notice in your body?', 'Fast heartbeat, warm face');
    await onwardByKeyboard(page);

    await answerSteps(page, [['Feel your heartbeat']]);
    // The nerves are fuel: nothing asks to calm them.
    await waitForHeading(page, 'This energy is on your side');
    const reading = await page.$eval('.flow-step', (s) => s.textContent ?? '');
    expect(reading).toContain('Feeling it does not mean you will do badly.');
    expect(reading).toContain('There is no need to calm it down.');
    await onwardByKeyboard(page);
    await answerSteps(page, [['Give the energy a job', { 'Where in this moment could the energy help you most?': 'Thinking fast on their questions' }]]);

    // The first move, with the rehearsal's plans for this event at hand.
    await waitForHeading(page, 'Now point it at the task');
    const plans = await page.waitForSelector('::-p-aria([role="region"][name="Your if-then plans"])');
    expect(await plans!.evaluate((s) => [...s.querySelectorAll('dd')].map((d) => d.textContent))).toEqual([
      'The dashboard will not load',
      'Switch to the screenshots in my notes',
      'A question I cannot answer',
      'Say I will follow up by Friday',
    ]);
    await answerSteps(page, [['Now point it at the task', { 'What is the first thing you will do or say?': 'Open with the one-line summary' }]]);

    await waitForHeading(page, 'Before you go');
    expect(await rateWithDigit(page, READINESS, '7')).toBe('7 out of 10');
    await onwardByKeyboard(page);

    expect(await finishScreen(page)).toMatchObject({
      said: 'Your first move: “Open with the one-line summary”.',
      change: 'How ready you feel: 4 before, 7 now.',
      buttons: ['Back to your day'],
    });

    const entries = (await storedEntries(page)) as Entry[];
    expect(entries.map((e) => e.flowId).sort()).toEqual(['rehearsal', 'stress']);
    const stress = entries.find((e) => e.flowId === 'stress')!;
    expect(stress).toMatchObject({ kind: 'flow', eventKey: event });
    expect(stress.fields).toEqual({
      readinessBefore: 4,
      energy: 8,
      ability: 5,
      sensations: 'Fast heartbeat, warm face',
      energyUse: 'Thinking fast on their questions',
      firstMove: 'Open with the one-line summary',
      readinessAfter: 7,
    });

    const answers = await journalAnswers(page, TITLE);
    expect(answers).toEqual(
      expect.arrayContaining([
        [ENERGY, '8'],
        [ABILITY, '5'],
        ['What is the first thing you will do or say?', 'Open with the one-line summary'],
      ]),
    );
    expect(answers.map(([question]) => question).join('\n')).not.toMatch(/calm|tense/i);
  });
});
