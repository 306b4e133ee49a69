// The practices added beside the first six exercises: mental rehearsal, problem
// solving and its review, someone like me who did this, values clarification.
import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, launch, putStoredRecord, storedRecords, type Launched } from './harness';
import { answerByKeyboardUntil, begin, completeByKeyboard, heading } from './exercise-steps';

let app: Launched | undefined;

closeBrowserAfterEach(() => app, () => (app = undefined));

const EVENT = 'moment:interview-1';

/** Stores a finished exercise done for EVENT, as the exercise window would. */
async function storeExercise(flowId: string, fields: Record<string, unknown>) {
  const at = Date.now() - 86_400_000;
  const id = `${at.toString(36).padStart(9, '0')}-${flowId.slice(0, 6)}`;
  await putStoredRecord(app!, `entry/${id}`, { v: 1, id, kind: 'flow', flowId, fields, eventKey: EVENT, createdAt: at, updatedAt: at });
}

describe('Chromium: the new practices', () => {
  for (const [flowId, steps] of [
    ['rehearsal', 7],
    ['problem-solving', 7],
    ['role-model', 5],
    ['values-clarification', 5],
  ] as const) {
    it(`completes ${flowId} by keyboard alone and stores the entry`, async () => {
      app = await launch();
      const page = await app.context.newPage();
      await page.goto(app.url(`flow.html?flow=${flowId}&trigger=t-1`));
      await begin(page);
      expect(await completeByKeyboard(page)).toBe(steps);
      const entries = await storedRecords(app, 'entry/');
      expect(entries).toHaveLength(1);
      expect(entries[0]!.value).toMatchObject({ kind: 'flow', flowId, triggerId: 't-1' });
    });
  }

  it('problem solving asks for at least three options, one a line', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=problem-solving'));
    await begin(page);
    await answerByKeyboardUntil(page, 'Every option, no judging');
    const options = page.getByRole('textbox', { name: 'Your options, one a line (at least 3)' });
    await options.fill('Bring a second laptop\n\nRecord a backup video');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Please answer first: Your options, one a line (at least 3)');
    await options.fill('Bring a second laptop\nRecord a backup video\nDo it on paper');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page)).toBe('Weigh the best few');
    // The options come back above the weighing.
    expect(await page.locator('.flow-recall').innerText()).toMatch(/Record a backup video/);
  });

  it('the values a values clarification finds join the list the affirmation ranks', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=values-clarification'));
    await begin(page);
    await completeByKeyboard(page);
    const stored = await page.evaluate(async () => ((await chrome.storage.local.get('values')) as { values?: { value: string[] } }).values?.value ?? []);
    expect(stored).toEqual(expect.arrayContaining(['Second line', 'Third line']));
    expect(stored[0]).toBe('Relationships with friends and family');
  });

  it('the get-ready exercise for an event shows the if-then plans of its rehearsal', async () => {
    app = await launch();
    await storeExercise('rehearsal', {
      moment: 'Interview',
      risk1: 'They ask about the gap in my CV',
      plan1: 'Tell them about the year caring for my dad',
      risk2: 'My mind goes blank on the numbers',
      plan2: 'Look at my one-page notes',
    });
    const page = await app.context.newPage();
    await page.goto(app.url(`flow.html?flow=stress&event=${encodeURIComponent(EVENT)}`));
    await begin(page);
    await answerByKeyboardUntil(page, 'Now point it at the task');
    const plans = page.getByRole('region', { name: 'Your if-then plans' });
    await expect.poll(() => plans.innerText().catch(() => '')).toMatch(/They ask about the gap in my CV\s+Then I will…\s+Tell them about the year caring for my dad/);
    expect(await plans.innerText()).toMatch(/Look at my one-page notes/);

    // The same exercise opened for another event shows none.
    await page.goto(app.url('flow.html?flow=stress&event=moment%3Aother'));
    await begin(page);
    await answerByKeyboardUntil(page, 'Now point it at the task');
    expect(await page.getByRole('region', { name: 'Your if-then plans' }).count()).toBe(0);
  });

  it('the review after the event shows the plan made for it, and stores what was learned', async () => {
    app = await launch();
    await storeExercise('problem-solving', { problem: 'The projector fails', choice: 'Record a backup video', step1: 'Script it, by Monday', step2: 'Record it', step3: 'Copy it to a stick' });
    const page = await app.context.newPage();
    await page.goto(app.url(`flow.html?flow=plan-review&event=${encodeURIComponent(EVENT)}&trigger=feedback%7C${encodeURIComponent(EVENT)}`));
    await begin(page);
    await answerByKeyboardUntil(page, 'Your plan, looking back');
    await expect.poll(() => page.getByRole('region', { name: 'The plan you made' }).innerText().catch(() => '')).toMatch(/Record a backup video/);
    await page.getByRole('checkbox', { name: /Partly/ }).check();
    await completeByKeyboard(page);
    const entries = (await storedRecords(app, 'entry/')).map((e) => e.value as { flowId: string; fields: Record<string, unknown> });
    const review = entries.find((e) => e.flowId === 'plan-review')!;
    expect(review.fields.outcome).toEqual(['partly']);
    expect(review.fields.learned).toMatch(/^Answer/);
  });
});
