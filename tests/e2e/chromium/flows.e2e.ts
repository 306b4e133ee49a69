import { describe, expect, it } from 'vitest';
import { closeBrowserAfterEach, demoEventKey, launch, storedRecords, type Launched } from './harness';
import { begin, completeByKeyboard, heading, next } from './exercise-steps';

let app: Launched | undefined;

// Every test also proves that extension pages talked to no one.
closeBrowserAfterEach(() => app, () => (app = undefined));

describe('Chromium: exercises', () => {
  for (const flowId of ['affirmation', 'reframe', 'feedback', 'setback']) {
    it(`completes the ${flowId} exercise by keyboard alone and stores the entry`, async () => {
      app = await launch();
      const page = await app.context.newPage();
      await page.goto(app.url(`flow.html?flow=${flowId}&trigger=t-1`));
      await begin(page);
      expect(await completeByKeyboard(page)).toBe({ affirmation: 2, reframe: 11, setback: 9, feedback: 11 }[flowId]);
      const entries = await storedRecords(app, 'entry/');
      expect(entries).toHaveLength(1);
      expect(entries[0]!.value).toMatchObject({ kind: 'flow', flowId, triggerId: 't-1' });
    });
  }

  it('after a low rating the reflection becomes the setback log first; after a good one it asks what worked', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=feedback&event=moment%3Atest'));
    await begin(page);
    // After an event the question is how capable you feel of the next one, not readiness.
    await expect.poll(() => heading(page)).toBe('Before you start');
    expect(await page.getByRole('slider', { name: 'How capable do you feel of handling the next one like it?' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page)).toBe('How did it go?');
    const outcome = page.getByRole('slider', { name: 'How it went, all in all' });
    await outcome.focus();
    await outcome.press('2');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page)).toBe('An experiment, not a verdict');
    expect(await page.getByText('I haven’t mastered this yet').count()).toBe(1);

    // A better rating, given on second thought, leads to what worked instead.
    await page.getByRole('button', { name: 'Back' }).click();
    await outcome.focus();
    await outcome.press('8');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page)).toBe('What did you do that worked?');
    // Words begun in this branch and left behind are not stored with the setback (checked below).
    await page.getByRole('textbox', { name: 'Which specific things you did led to what went well?' }).fill('I kept going');

    // The hard way, to the end: the finish screen names the next experiment, in the user's words.
    await page.getByRole('button', { name: 'Back' }).click();
    await outcome.focus();
    await outcome.press('1');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await completeByKeyboard(page)).toBe(9);
    expect(await page.locator('main').innerText()).toMatch(/Your next experiment: “Answer \d+-\d+ Second line Third line”\./);
    expect(await page.locator('main').innerText()).not.toMatch(/Nicely done|Well done|Great/);
    const [entry] = await storedRecords(app, 'entry/');
    expect(entry!.value).toMatchObject({ flowId: 'feedback', fields: { outcome: 1 } });
    expect(Object.keys((entry!.value as { fields: object }).fields)).toEqual(expect.arrayContaining(['attempted', 'causes', 'differently']));
    expect(Object.keys((entry!.value as { fields: object }).fields)).not.toContain('actions');
  });

  it('starts the affirmation from the ranking the user left in the settings, with a timer that can be paused', async () => {
    app = await launch();
    const options = await app.context.newPage();
    await options.goto(app.url('options.html#values'));
    // Curiosity's handle, moved up from the keyboard to the top.
    const curiosity = options.getByRole('button', { name: /^Move Curiosity, \d+ of \d+$/ });
    await curiosity.focus();
    await options.keyboard.press('Home');
    await expect.poll(() => options.locator('.values-item .value-text').first().innerText()).toBe('Curiosity');

    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=affirmation'));
    // A tab in the background may have its timers slowed: the exercise is in front, as for a user.
    await page.bringToFront();
    await begin(page);
    await expect.poll(() => heading(page)).toBe('What matters most to you?');
    await expect.poll(() => page.locator('.flow-rank-value').first().textContent()).toBe('Curiosity');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => heading(page)).toBe('Write about your top value');
    expect(await page.locator('.flow-recall strong').textContent()).toBe('Curiosity');
    await expect.poll(() => page.getByRole('timer').textContent(), { timeout: 15_000 }).toMatch(/^14:5\d$/);
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await page.getByRole('timer').textContent();
    await page.waitForTimeout(1500);
    expect(await page.getByRole('timer').textContent()).toBe(paused);
  });

  it('takes the thought record through its seven columns, from the event, with the user’s own wins among the evidence', async () => {
    app = await launch();
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    await popup.keyboard.type('Answered every question in the last review');
    await popup.keyboard.press('Enter');
    await popup.getByRole('listitem').first().waitFor();
    const reviewKey = await demoEventKey(app, popup, 'Quarterly review presentation');

    const page = await app.context.newPage();
    await page.goto(app.url(`flow.html?flow=reframe&event=${encodeURIComponent(reviewKey)}`));
    const onward = () => page.getByRole('button', { name: /^(Next|Finish)$/ }).click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await onward();
    await expect.poll(() => heading(page)).toBe('What is coming up?');
    await expect.poll(() => page.getByRole('textbox', { name: 'The situation' }).inputValue()).toBe('Quarterly review presentation');
    await onward();

    // Emotions, each with its strength; a second one's slider appears once it is named.
    await expect.poll(() => heading(page)).toBe('What do you feel?');
    await onward();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Please answer first: Emotion 1, How strong is emotion 1?');
    await page.getByRole('textbox', { name: 'Emotion 1' }).fill('nervous');
    await page.getByRole('slider', { name: 'How strong is “nervous”?' }).fill('80');
    expect(await page.getByRole('slider').count()).toBe(1);
    await page.getByRole('textbox', { name: 'Emotion 2 (optional)' }).fill('ashamed');
    await onward();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Please answer first: How strong is “ashamed”?');
    await page.getByRole('slider', { name: 'How strong is “ashamed”?' }).fill('45');
    await onward();

    await expect.poll(() => heading(page)).toBe('The thought');
    await page.getByRole('textbox', { name: 'What is the thought that worries you?' }).fill('They will see I do not know enough');
    await page.getByRole('slider', { name: 'How strongly do you believe it?' }).fill('75');
    await onward();
    await page.getByRole('checkbox', { name: /Mind reading/ }).check();
    await onward();

    // Both sides of the evidence are required alike.
    await expect.poll(() => heading(page)).toBe('Evidence for the thought');
    await onward();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Please answer first: What facts support it?');
    await page.getByRole('textbox', { name: 'What facts support it?' }).fill('I could not answer one question last time');
    await onward();
    await expect.poll(() => heading(page)).toBe('Evidence against it');
    await onward();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Please answer first: What facts do not fit the thought?');
    await page.getByRole('button', { name: /^Add as evidence.*Answered every question in the last review/ }).click();
    const against = page.getByRole('textbox', { name: 'What facts do not fit the thought?' });
    expect(await against.inputValue()).toBe('Answered every question in the last review');
    await onward();

    await expect.poll(() => heading(page)).toBe('A fairer thought');
    await page.getByRole('textbox', { name: 'With both sides in view, what is a more balanced way to see it?' }).fill('One gap is not all of it; I can say I will check');
    await page.getByRole('slider', { name: 'How strongly do you believe this fairer thought?' }).fill('70');
    await onward();

    // The same emotions, by name, rated again; nothing else.
    await expect.poll(() => heading(page)).toBe('How do you feel now?');
    expect(await page.getByRole('slider').count()).toBe(3);
    await page.getByRole('slider', { name: 'How strong is “nervous” now?' }).fill('40');
    await page.getByRole('slider', { name: 'How strong is “ashamed” now?' }).fill('15');
    await page.getByRole('slider', { name: 'How strongly do you believe the first thought now?' }).fill('30');
    await onward();
    await expect.poll(() => heading(page)).toBe('What you will do');
    await page.getByRole('textbox', { name: 'What is the next thing you will do?' }).fill('Write down the three numbers they will ask about');
    await onward();
    await expect.poll(() => heading(page)).toBe('Before you go');
    await onward();
    await expect.poll(() => heading(page)).toBe('Saved');

    const entries = await storedRecords(app, 'entry/');
    const record = entries.map((e) => e.value as { kind: string; flowId?: string; fields?: Record<string, unknown> }).find((e) => e.flowId === 'reframe');
    expect(record?.fields).toEqual({
      situation: 'Quarterly review presentation',
      emotion1: 'nervous',
      emotion1Before: 80,
      emotion2: 'ashamed',
      emotion2Before: 45,
      thought: 'They will see I do not know enough',
      beliefBefore: 75,
      distortions: ['mind-reading'],
      evidenceFor: 'I could not answer one question last time',
      evidenceAgainst: 'Answered every question in the last review',
      balanced: 'One gap is not all of it; I can say I will check',
      balancedBelief: 70,
      emotion1After: 40,
      emotion2After: 15,
      beliefAfter: 30,
      action: 'Write down the three numbers they will ask about',
    });
  });

  it('offers task-focused questions, and a question in place of praise about the person', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=feedback'));
    await page.getByRole('button', { name: 'Begin' }).click();
    for (const [title, answer] of [
      ['Before you start', null],
      ['How did it go?', 'rating'],
      ['What did you do that worked?', 'Paused after the key number'],
      ['What does this show?', 'I can hold a room'],
      ['Next time', 'Pause again'],
    ] as const) {
      await expect.poll(() => heading(page)).toBe(title);
      if (answer === 'rating') await page.getByRole('slider', { name: 'How it went, all in all' }).fill('8');
      else if (answer) await page.keyboard.type(answer);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await expect.poll(() => heading(page)).toBe('Ask for feedback on the task');
    await page.getByLabel('Which part would you like feedback on?').fill('my opening');
    await page.getByLabel('Did someone praise you? What did they say?').fill("You're a natural presenter");
    const helper = page.locator('.flow-ask');
    await expect.poll(() => helper.innerText()).toMatch(/What specifically worked in my opening\?/);
    expect(await helper.innerText()).toMatch(/What did I do in my opening that made it work for you\?/);
  });

  it('completes stress reinterpretation by keyboard alone and stores the entry', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=stress'));
    await begin(page);
    await expect.poll(() => heading(page)).toBe('Before you start');
    // The step opens on its heading, not on the unset rating (a focus ring
    // there would look like an answer given). One Tab reaches the rating; the
    // first arrow places it in the middle (6 of 1 to 10), the next moves it.
    const readiness = page.getByRole('slider', { name: 'How ready do you feel for what’s coming?' });
    expect(await readiness.getAttribute('aria-valuetext')).toBe('not set yet');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readiness.getAttribute('aria-valuetext')).toBe('6 out of 10');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readiness.getAttribute('aria-valuetext')).toBe('5 out of 10');
    await next(page);

    await expect.poll(() => heading(page)).toBe('What is your body doing?');
    // Energy and the sense of being able to use it are asked for; calm never is.
    expect(await page.getByRole('slider', { name: /calm|tense/i }).count()).toBe(0);
    await next(page);
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe('Please answer first: How energised do you feel?, How able are you to use it?');
    await page.getByRole('slider', { name: 'How energised do you feel?' }).focus();
    await page.keyboard.press('8'); // a digit names its value
    await page.keyboard.press('Tab');
    await page.keyboard.press('4');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fast heartbeat, warm face');
    await next(page);

    await expect.poll(() => heading(page)).toBe('Feel your heartbeat');
    await next(page);
    await expect.poll(() => heading(page)).toBe('This energy is on your side');
    const message = await page.locator('.flow-read').innerText();
    expect(message).toMatch(/does not mean you will do badly/);
    expect(message).toMatch(/no need to calm it down/);
    await next(page);

    // In place of slow breathing: the energy is given a job.
    await expect.poll(() => heading(page)).toBe('Give the energy a job');
    expect(await page.getByText(/breathe in/i).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Where in this moment could the energy help you most?' }).fill('Thinking fast on their questions');
    await next(page);
    await expect.poll(() => heading(page)).toBe('Now point it at the task');
    await page.keyboard.type('Open with the one-line summary');
    await page.keyboard.press('Enter');

    await expect.poll(() => heading(page)).toBe('Before you go');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await next(page);
    await expect.poll(() => heading(page)).toBe('Saved');

    const entries = await storedRecords(app, 'entry/');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.value).toMatchObject({
      kind: 'flow',
      flowId: 'stress',
      fields: {
        readinessBefore: 5,
        energy: 8,
        ability: 4,
        sensations: 'Fast heartbeat, warm face',
        energyUse: 'Thinking fast on their questions',
        firstMove: 'Open with the one-line summary',
        readinessAfter: 10,
      },
    });
    expect(await storedRecords(app, 'draft/')).toEqual([]);
  });

  it('loses no character when the window closes 50 ms after the last keystroke', async () => {
    app = await launch();
    const page = await app.context.newPage();
    await page.goto(app.url('flow.html?flow=stress'));
    await begin(page);
    await next(page);
    await expect.poll(() => heading(page)).toBe('What is your body doing?');
    await page.getByLabel('What do you notice in your body?').focus();
    await page.keyboard.type('Tight shoulders and a dry mouth');
    await page.waitForTimeout(50);
    await page.close();

    const list = await app.context.newPage();
    await list.goto(app.url('flow.html'));
    await expect.poll(() => list.locator('main').innerText()).toMatch(/Pick up where you left off\s+Turn nerves into readiness/);
    await list.close();

    // The list of exercises offers the unfinished one, and it resumes where it was left, past the first screen.
    const again = await app.context.newPage();
    await again.goto(app.url('flow.html'));
    await again.getByRole('link', { name: 'Turn nerves into readiness' }).first().click();
    await expect.poll(() => heading(again)).toBe('What is your body doing?');
    expect(await again.getByLabel('What do you notice in your body?').inputValue()).toBe('Tight shoulders and a dry mouth');
    expect(await again.locator('.crisis-panel').count()).toBe(0);
    await again.getByLabel('What do you notice in your body?').fill('I feel completely hopeless about all of it');
    await expect.poll(() => again.locator('.crisis-panel').count()).toBe(1);
  });

  it('shows the event it was opened for, and opens in its own window from the popup', async () => {
    app = await launch();
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    const reviewKey = await demoEventKey(app, popup, 'Quarterly review presentation');
    const page = await app.context.newPage();
    await page.goto(app.url(`flow.html?flow=stress&event=${encodeURIComponent(reviewKey)}`));
    await expect.poll(() => page.locator('main').innerText()).toMatch(/For: Quarterly review presentation/);
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => page.locator('.flow-header').innerText()).toMatch(/For: Quarterly review presentation/);

    // From the popup, the 15-minute exercise gets a window of its own.
    await popup.getByRole('button', { name: 'Exercises' }).click();
    await expect.poll(() => heading(popup)).toBe('Exercises');
    const opened = app.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/flow.html?flow=affirmation') });
    await popup.getByRole('button', { name: 'Start in a window: Reflect on what matters to you' }).click();
    const window = await opened;
    await expect.poll(() => heading(window)).toBe('Reflect on what matters to you');
    await window.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => heading(window)).toBe('What matters most to you?');
  });

  it('runs a quick exercise inside the popup, and a draft begun there resumes in the window', async () => {
    app = await launch();
    const popup = await app.context.newPage();
    await popup.goto(app.url('popup.html'));
    await popup.getByRole('button', { name: 'Exercises' }).click();
    // Reframing lists the user's own wins as evidence, too long for the popup: it only opens in a window.
    expect(await popup.getByRole('button', { name: 'Start: Reframe a worrying thought' }).count()).toBe(0);
    await popup.getByRole('button', { name: 'Start in a window: Reframe a worrying thought' }).waitFor();
    await popup.getByRole('button', { name: 'Start: Turn nerves into readiness' }).focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => heading(popup)).toBe('Before you start');
    await next(popup);
    await expect.poll(() => heading(popup)).toBe('What is your body doing?');
    await popup.getByLabel('What do you notice in your body?').focus();
    await popup.keyboard.type('Tight shoulders');
    await popup.waitForTimeout(50);
    // Back to the list and in again: the exercise picks up where it was left.
    await popup.getByRole('button', { name: 'All exercises' }).click();
    await expect.poll(() => heading(popup)).toBe('Exercises');
    await popup.getByRole('button', { name: 'Start: Turn nerves into readiness' }).click();
    await expect.poll(() => heading(popup)).toBe('What is your body doing?');
    expect(await popup.getByLabel('What do you notice in your body?').inputValue()).toBe('Tight shoulders');
    await popup.close();

    const window = await app.context.newPage();
    await window.goto(app.url('flow.html?flow=stress'));
    await expect.poll(() => heading(window)).toBe('What is your body doing?');
    expect(await window.getByLabel('What do you notice in your body?').inputValue()).toBe('Tight shoulders');
  });
});
