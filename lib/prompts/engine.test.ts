import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { freshDb } from '../../tests/unit/helpers';
import { saveFeeds } from '../feeds/feed-list';
import type { FeedUpcoming, StoredOccurrence } from '../feeds/model';
import { upcomingKey } from '../feeds/upcoming-store';
import { parseFlowRequest, type FlowRequest } from '../exercises/url';
import type { Db } from '../store/db';
import { writeAtomically } from '../store/db';
import { saveEntry } from '../store/entries';
import { FlowEntry, newFlowEntry } from '../exercises/entry';
import { newGoal } from '../goals/model';
import { saveGoal } from '../goals/store';
import { readDecisions, writeDecision } from './decision-log';
import { answerCheckIn, betweenRuns, completePrompt, dismissPrompt, reconcile, skipCheckIn, snoozePrompt, startPrompt, type PromptDeps } from './engine';
import { readCheckIns } from './check-in';
import { changeStakes, loadPromptState, updatePromptSettings } from './items';
import { withTag } from './events';
import { saveSupporters } from '../supporters/supporters';
import type { PendingPrompt } from './model';
import type { PromptWords } from './words';
import { DEFAULT_SCHEDULE_SETTINGS, REHEARSE_DEFAULT_MINUTES } from '../planner/types';
import { setReminder, start } from '../program/progress';
import { NOT_STARTED, saveProgram } from '../program/state';
import { newPlan } from '../prep/plan';
import { savePlan } from '../prep/store';

const MIN = 60_000;
const DAY_MS = 24 * 60 * MIN;
// Monday 23 November 2026, 10:00 in Berlin.
const T0 = Date.parse('2026-11-23T09:00:00Z');
const START = T0 + 120 * MIN;

function occurrence(key: string, title: string, start: number, end = start + 60 * MIN): StoredOccurrence {
  return { key: `work:${key}`, feedId: 'work', uid: key, title, start, end, allDay: false, status: 'confirmed', transparent: false, recurring: false, declined: false };
}

async function setEvents(db: Db, occurrences: StoredOccurrence[]) {
  const upcoming: FeedUpcoming = { v: 1, feedId: 'work', failures: 0, skipped: 0, windowStart: T0 - 86_400_000, windowEnd: T0 + 14 * 86_400_000, occurrences };
  await writeAtomically(db, [{ put: upcomingKey('work'), value: upcoming }]);
}

interface Harness {
  deps: PromptDeps;
  clock: { now: number };
  shown: Array<{ prompt: PendingPrompt; words: PromptWords }>;
  reminders: string[];
  opened: FlowRequest[];
  /** The events whose prep plan was opened. */
  plans: string[];
  badge: number[];
  draws: number;
}

async function harness(options: { draw?: number; blocked?: boolean; unconfirmed?: boolean; rehearse?: boolean } = {}): Promise<Harness> {
  const db = freshDb();
  await saveFeeds([{ id: 'work', name: 'Work', source: { kind: 'url', url: 'https://cal.example.com/a.ics' }, enabled: true, addedAt: 0 }]);
  await setEvents(db, [occurrence('interview', 'Interview with Acme', START)]);
  // The day-before rehearsal has a test of its own; here it would add a prompt at T0 to every case.
  if (!options.rehearse) await updatePromptSettings({ prompts: { ...DEFAULT_SCHEDULE_SETTINGS.prompts, rehearse: { enabled: false, minutes: REHEARSE_DEFAULT_MINUTES } } });
  const h: Harness = {
    clock: { now: T0 },
    shown: [],
    reminders: [],
    opened: [],
    plans: [],
    badge: [],
    draws: 0,
    deps: undefined as unknown as PromptDeps,
  };
  h.deps = {
    db,
    now: () => h.clock.now,
    timeZone: () => 'Europe/Berlin',
    random: () => {
      h.draws += 1;
      return options.draw ?? 0.5;
    },
    alarms: fakeBrowser.alarms,
    show: async (prompt, words) => {
      if (options.blocked) throw new Error('Notifications are blocked');
      h.shown.push({ prompt, words });
      return !options.unconfirmed;
    },
    showReminder: async (id) => void h.reminders.push(id),
    hide: async () => undefined,
    setBadge: async (count) => void h.badge.push(count),
    openFlow: async (request) => void h.opened.push(request),
    openPlan: async (eventKey) => void h.plans.push(eventKey),
  };
  return h;
}

/** The engine's alarms by name; the monthly confidence-check reminder only when asked for. */
async function alarmTimes({ withSelfCheck = false } = {}) {
  const alarms = (await fakeBrowser.alarms.getAll()).filter((a) => withSelfCheck || a.name !== 'prompt:selfcheck');
  return Object.fromEntries(alarms.map((a) => [a.name, a.scheduledTime]));
}

describe('the prompt engine', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets one alarm per planned prompt of a high-stakes event, at its minute', async () => {
    const h = await harness();
    await reconcile(h.deps);
    expect(await alarmTimes()).toEqual({
      'prompt:affirm|work:interview': START - 45 * MIN,
      'prompt:ready|work:interview': START - 5 * MIN,
      'prompt:feedback|work:interview': START + 70 * MIN,
      // The after-event check-in, at the event's end, whatever the prompt settings.
      'prompt:checkin|work:interview': START + 60 * MIN,
    });
    expect(h.shown).toEqual([]);
  });

  it('offers a rehearsal the day before, or at once for an event first seen later with at least two hours to go', async () => {
    const h = await harness({ rehearse: true });
    // The interview is two hours off when first seen: its rehearsal comes now, without an apology.
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['rehearse|work:interview']);
    expect(h.shown[0]!.words.title).toBe('A dry run for Interview with Acme');
    expect(h.shown[0]!.words.message).not.toMatch(/sorry/i);
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.opened).toEqual([{ flowId: 'rehearsal', eventKey: 'work:interview', triggerId: 'rehearse|work:interview' }]);

    // An event two days off gets its alarm 20 hours before it starts.
    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', START), occurrence('panel', 'Second interview with Acme', T0 + 48 * 60 * MIN)]);
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:rehearse|work:panel']).toBe(T0 + 48 * 60 * MIN - REHEARSE_DEFAULT_MINUTES * MIN);
  });

  it('carries the if-then plans of the rehearsal done for the same event into its get-ready prompt', async () => {
    const h = await harness();
    const fields = { risk1: 'They ask about the gap', plan1: 'Tell the caring story', risk2: 'Blank on numbers', plan2: 'Read my notes' };
    await saveEntry(h.deps.db, FlowEntry, newFlowEntry('rehearsal', { ...fields, risk1: 'An older rehearsal' }, T0 - 3 * DAY_MS, { eventKey: 'work:interview' }));
    await saveEntry(h.deps.db, FlowEntry, newFlowEntry('rehearsal', fields, T0 - DAY_MS, { eventKey: 'work:interview' }));
    await saveEntry(h.deps.db, FlowEntry, newFlowEntry('rehearsal', { ...fields, risk1: 'Another event' }, T0 - DAY_MS + 1, { eventKey: 'work:other' }));
    h.clock.now = START - 5 * MIN;
    await reconcile(h.deps);
    const ready = (await loadPromptState()).pending.find((p) => p.type === 'ready')!;
    expect(ready.plans).toEqual([
      { when: 'They ask about the gap', then: 'Tell the caring story' },
      { when: 'Blank on numbers', then: 'Read my notes' },
    ]);
  });

  it('after an event for which a plan was made, opens the review of that plan in place of the reflection', async () => {
    const h = await harness();
    await saveEntry(h.deps.db, FlowEntry, newFlowEntry('problem-solving', { worry: 'What if the demo breaks?' }, T0 - DAY_MS, { eventKey: 'work:interview' }));
    h.clock.now = START + 70 * MIN;
    await reconcile(h.deps);
    const feedback = (await loadPromptState()).pending.find((p) => p.type === 'feedback')!;
    expect(feedback.flowId).toBe('plan-review');
    await startPrompt(h.deps, feedback.triggerId);
    expect(h.opened).toEqual([{ flowId: 'plan-review', eventKey: 'work:interview', triggerId: 'feedback|work:interview' }]);
  });

  it('opens the exercise chosen for interviews in the settings, and logs it with its reason', async () => {
    const h = await harness({ rehearse: true });
    await updatePromptSettings({ exercises: [{ kind: 'interview', type: 'rehearse', flowId: 'role-model' }] });
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.flowId)).toEqual(['role-model']);
    expect(h.shown[0]!.words.title).toBe('Someone who did this: Interview with Acme');
    const [decision] = await readDecisions(h.deps.db);
    expect(decision!.exercise).toEqual({ flowId: 'role-model', reason: 'Your choice for interviews in the settings: someone like me.', chosenBy: 'user' });
    // A change of mind after the decision does not change what the waiting prompt opens.
    await updatePromptSettings({ exercises: [] });
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.opened).toEqual([{ flowId: 'role-model', eventKey: 'work:interview', triggerId: 'rehearse|work:interview' }]);
    // Its notification, pressed once the prompt has left the popup, opens the same.
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.opened[1]).toEqual({ flowId: 'role-model', eventKey: 'work:interview', triggerId: 'rehearse|work:interview' });
  });

  it('the day before an event with a prep plan, opens the plan, and logs that it did', async () => {
    const h = await harness({ rehearse: true });
    await savePlan(h.deps.db, newPlan({ key: 'work:interview', title: 'Interview with Acme', start: START }, T0 - 3 * DAY_MS));
    await reconcile(h.deps);
    const [shown] = h.shown;
    expect(shown!.prompt).toMatchObject({ triggerId: 'rehearse|work:interview', opens: 'prep-plan', why: 'prep-plan' });
    // The rehearsal is still the exercise offered: the plan's last step.
    expect(shown!.prompt.flowId).toBeUndefined();
    expect(shown!.words.message).toMatch(/last step of your prep plan/);
    const [decision] = await readDecisions(h.deps.db);
    expect(decision!.exercise).toMatchObject({ flowId: 'rehearsal', chosenBy: 'primed', opens: 'prep-plan' });
    expect(decision!.exercise!.reason).toMatch(/prep plan/);
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.plans).toEqual(['work:interview']);
    expect(h.opened).toEqual([]);
    expect((await readDecisions(h.deps.db))[0]!.engagement.map((e) => e.what)).toEqual(['shown', 'opened']);
    // Its notification, pressed once the prompt has left the popup, opens the plan again.
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.plans).toEqual(['work:interview', 'work:interview']);
    expect(h.opened).toEqual([]);
  });

  it('the day before an event with a prep plan but an exercise chosen in the settings, opens that exercise', async () => {
    const h = await harness({ rehearse: true });
    await savePlan(h.deps.db, newPlan({ key: 'work:interview', title: 'Interview with Acme', start: START }, T0 - 3 * DAY_MS));
    await updatePromptSettings({ exercises: [{ kind: 'interview', type: 'rehearse', flowId: 'problem-solving' }] });
    await reconcile(h.deps);
    expect(h.shown[0]!.prompt).toMatchObject({ flowId: 'problem-solving', why: 'settings' });
    expect(h.shown[0]!.prompt.opens).toBeUndefined();
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.plans).toEqual([]);
    expect(h.opened.map((r) => r.flowId)).toEqual(['problem-solving']);
  });

  it('says on each waiting prompt why its exercise is offered, except on the values reflection', async () => {
    const h = await harness({ rehearse: true });
    await reconcile(h.deps);
    h.clock.now = START - 45 * MIN;
    await reconcile(h.deps);
    h.clock.now = START - 5 * MIN;
    await reconcile(h.deps);
    const pending = (await loadPromptState()).pending;
    expect(pending.map((p) => [p.type, p.why])).toEqual([
      ['rehearse', 'rehearse'],
      ['affirm', undefined],
      ['ready', 'ready'],
    ]);
    // Without a plan, the rehearsal itself opens, as before.
    await startPrompt(h.deps, 'rehearse|work:interview');
    expect(h.plans).toEqual([]);
    expect(h.opened.map((r) => r.flowId)).toEqual(['rehearsal']);
  });

  it('the day before an interview already rehearsed, asks a supporter for help', async () => {
    const h = await harness({ rehearse: true });
    await saveEntry(h.deps.db, FlowEntry, newFlowEntry('rehearsal', { risk1: 'A question on the gap' }, T0 - DAY_MS, { eventKey: 'work:interview' }));
    await saveSupporters([{ id: 's1', name: 'Sam', kind: 'mentor', createdAt: T0, updatedAt: T0 }]);
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.flowId)).toEqual(['reach-out']);
    const [decision] = await readDecisions(h.deps.db);
    expect(decision!.exercise).toMatchObject({ flowId: 'reach-out', chosenBy: 'primed' });
    expect(decision!.exercise!.reason).toMatch(/^The day before an interview you have already rehearsed/);
  });

  it('logs the usual exercise and its reason with each decision to prompt', async () => {
    const h = await harness();
    h.clock.now = START - 45 * MIN;
    await reconcile(h.deps);
    const [decision] = await readDecisions(h.deps.db);
    expect(decision!.exercise).toEqual({ flowId: 'affirmation', reason: 'A quiet reflection on what matters to you, well ahead of time.', chosenBy: 'primed' });
    // The usual exercise is not spelled out on the waiting prompt.
    expect((await loadPromptState()).pending[0]!.flowId).toBeUndefined();
  });

  it('shows a prompt at its minute exactly once, and logs the decision before showing it', async () => {
    const h = await harness();
    await reconcile(h.deps);
    // Alarms wake the worker a moment after their time: that is not late.
    h.clock.now = START - 45 * MIN + 300;
    await reconcile(h.deps);
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['affirm|work:interview']);
    // The values reflection is about the person: it does not name the event.
    expect(h.shown[0]!.words.title).toBe('A few quiet minutes for you');
    expect(JSON.stringify(h.shown[0]!.words)).not.toMatch(/Acme|later than planned|sorry/i);
    // The two prompts to come, and a wake-up for when the shown one stops being useful.
    expect(await alarmTimes()).toEqual({
      'prompt:ready|work:interview': START - 5 * MIN,
      'prompt:feedback|work:interview': START + 70 * MIN,
      'prompt:checkin|work:interview': START + 60 * MIN,
      'prompt:expiry': START,
    });
    const [decision] = await readDecisions(h.deps.db);
    expect(decision).toMatchObject({ triggerId: 'affirm|work:interview', available: true, action: 'prompted', probability: 1, late: false, kind: 'interview' });
    expect(decision!.engagement.map((e) => e.what)).toEqual(['shown']);
    expect(h.badge.at(-1)).toBe(1);
  });

  it('clears the alarms of an event removed from the feed, and of one marked "never prompt"', async () => {
    const h = await harness();
    await reconcile(h.deps);
    await setEvents(h.deps.db, []);
    await reconcile(h.deps);
    expect(await alarmTimes()).toEqual({});

    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', START)]);
    await reconcile(h.deps);
    expect(Object.keys(await alarmTimes())).toHaveLength(4);
    await changeStakes((s) => withTag(s, { target: 'work:interview', scope: 'occurrence', mode: 'never', kind: 'other', updatedAt: T0 }));
    await reconcile(h.deps);
    expect(await alarmTimes()).toEqual({});
    h.clock.now = START;
    await reconcile(h.deps);
    expect(h.shown).toEqual([]);
  });

  it('does not log as missed what was due before it first ran', async () => {
    const h = await harness();
    h.clock.now = START + 30 * MIN;
    await reconcile(h.deps);
    expect(await readDecisions(h.deps.db)).toEqual([]);
  });

  it('moves the alarms of a moved event', async () => {
    const h = await harness();
    await reconcile(h.deps);
    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', START + 60 * MIN)]);
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:ready|work:interview']).toBe(START + 55 * MIN);
  });

  it('after a sleep through the event: the prompts before it are logged as missed, the reflection comes late', async () => {
    const h = await harness();
    await reconcile(h.deps);
    h.clock.now = START + 30 * MIN;
    await reconcile(h.deps);
    expect(h.shown).toEqual([]);
    const missed = (await readDecisions(h.deps.db)).map((d) => [d.triggerId, d.action, d.reason]);
    expect(missed).toEqual([
      ['affirm|work:interview', 'not-prompted', 'missed'],
      ['ready|work:interview', 'not-prompted', 'missed'],
    ]);
    h.clock.now = START + 5 * 60 * MIN;
    await reconcile(h.deps);
    expect(h.shown.map((s) => [s.prompt.triggerId, s.words.message])).toEqual([
      ['feedback|work:interview', 'Later than planned, sorry. While you still remember it: what did you do that worked?'],
    ]);
  });

  it('a browser back three minutes before the start sends only the get-ready prompt, honestly late', async () => {
    const h = await harness();
    await reconcile(h.deps);
    h.clock.now = START - 3 * MIN;
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['ready|work:interview']);
    expect(h.shown[0]!.words.message).toMatch(/later than planned/i);
    expect((await readDecisions(h.deps.db)).find((d) => d.triggerId === 'affirm|work:interview')).toMatchObject({ reason: 'missed' });
  });

  it('shows nothing a moment before its time; the alarm is set again for the minute, and the prompt then comes', async () => {
    const h = await harness();
    await reconcile(h.deps);
    const due = START - 45 * MIN;
    // A sync (or an alarm that woke the worker early) half a second before.
    h.clock.now = due - 500;
    await fakeBrowser.alarms.clear('prompt:affirm|work:interview');
    const early = await reconcile(h.deps);
    expect(h.shown).toEqual([]);
    expect((await alarmTimes())['prompt:affirm|work:interview']).toBe(due);
    expect(early.nextAt).toBe(due);
    h.clock.now = due;
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['affirm|work:interview']);
  });

  it('a prompt already due when its event is first seen is a fresh invitation with the time left, not an apology', async () => {
    const h = await harness();
    // First run (a new install, calendar or mark) 25 minutes before the start: the
    // reflection's time has passed but it still fits, the get-ready prompt is ahead.
    h.clock.now = START - 25 * MIN;
    await reconcile(h.deps);
    expect(h.shown.map((s) => [s.prompt.triggerId, s.words.title])).toEqual([['affirm|work:interview', 'A few quiet minutes for you']]);
    expect(h.shown[0]!.words.message).not.toMatch(/later|sorry/i);
    expect((await readDecisions(h.deps.db))[0]).toMatchObject({ late: false, available: true });

    // An event added to the feed three minutes before it starts.
    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', START), occurrence('pitch', 'Pitch to Dana', START + 90 * MIN)]);
    h.clock.now = START + 87 * MIN;
    await reconcile(h.deps);
    const pitch = h.shown.find((s) => s.prompt.triggerId === 'ready|work:pitch')!;
    expect(pitch.words).toEqual({ title: 'Pitch to Dana starts in 3 minutes', message: 'Nerves are energy for this. A couple of minutes to put them to work?' });
    expect((await readDecisions(h.deps.db)).find((d) => d.triggerId === 'ready|work:pitch')).toMatchObject({ late: false });
  });

  it('keeps the honest "later than planned" for a prompt planned ahead and missed while the computer slept', async () => {
    const h = await harness();
    await reconcile(h.deps);
    // Asleep from before the get-ready prompt's minute until two minutes before the start.
    h.clock.now = START - 2 * MIN;
    await reconcile(h.deps);
    const ready = h.shown.find((s) => s.prompt.triggerId === 'ready|work:interview')!;
    expect(ready.words).toEqual({
      title: 'Interview with Acme starts in 2 minutes',
      message: 'Later than planned, sorry. There is still a minute to put those nerves to work.',
    });
    expect((await readDecisions(h.deps.db)).find((d) => d.triggerId === 'ready|work:interview')).toMatchObject({ late: true });
  });

  it('a prompt that waited out a meeting as planned is not late', async () => {
    const h = await harness();
    const meeting: StoredOccurrence = { ...occurrence('sync', 'Team sync', START - 60 * MIN, START - 30 * MIN) };
    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', START), meeting]);
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:affirm|work:interview']).toBe(START - 30 * MIN);
    h.clock.now = START - 30 * MIN + 200;
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.words.message)).toEqual(['Fifteen quiet minutes on something that matters to you?']);
  });

  it('finishes a decision a stopped worker began, without drawing again', async () => {
    const h = await harness({ draw: 0.1 });
    await updatePromptSettings({ deliveryProbability: 0.5 });
    h.clock.now = START - 5 * MIN;
    // The worker wrote the decision (with its draw) and stopped before showing anything.
    await writeDecision(h.deps.db, {
      v: 1,
      id: 'ready|work:interview',
      triggerId: 'ready|work:interview',
      type: 'ready',
      eventKey: 'work:interview',
      kind: 'interview',
      plannedAt: START - 5 * MIN,
      decidedAt: START - 5 * MIN,
      timeZone: 'Europe/Berlin',
      available: true,
      late: false,
      action: 'prompted',
      probability: 0.5,
      draw: 0.3,
      engagement: [],
    });
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['ready|work:interview']);
    // The affirmation was missed (no draw needed); the get-ready prompt kept its stored draw.
    expect(h.draws).toBe(0);
    expect((await readDecisions(h.deps.db)).find((d) => d.triggerId === 'ready|work:interview')!.draw).toBe(0.3);
  });

  it('with randomized delivery, draws once per decision point and stores the draw before anything is shown', async () => {
    const h = await harness({ draw: 0.7 });
    await updatePromptSettings({ deliveryProbability: 0.5 });
    h.clock.now = START - 45 * MIN;
    await reconcile(h.deps);
    await reconcile(h.deps);
    expect(h.draws).toBe(1);
    expect(h.shown).toEqual([]);
    expect((await readDecisions(h.deps.db))[0]).toMatchObject({ action: 'not-prompted', available: true, probability: 0.5, draw: 0.7 });
  });

  it('snoozes a get-ready prompt only to a time before the start, then shows it again', async () => {
    const h = await harness();
    await reconcile(h.deps);
    h.clock.now = START - 5 * MIN;
    await reconcile(h.deps);
    // Five minutes would end as it starts: only two are offered.
    expect(await snoozePrompt(h.deps, 'ready|work:interview', 'min-5')).toBe(false);
    expect(await snoozePrompt(h.deps, 'ready|work:interview', 'min-2')).toBe(true);
    expect((await loadPromptState()).pending).toEqual([]);
    expect((await alarmTimes())['prompt:ready|work:interview']).toBe(START - 3 * MIN);
    h.clock.now = START - 3 * MIN;
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['ready|work:interview', 'ready|work:interview']);
    const decisions = await readDecisions(h.deps.db);
    expect(decisions.map((d) => [d.id, d.engagement.map((e) => e.what)])).toEqual([
      ['affirm|work:interview', []],
      ['ready|work:interview', ['shown', 'snoozed']],
      [`ready|work:interview@${START - 3 * MIN}`, ['shown']],
    ]);
  });

  it('starts the exercise for the event by its address, and records opening and finishing', async () => {
    const h = await harness();
    h.clock.now = START - 5 * MIN;
    await reconcile(h.deps);
    await startPrompt(h.deps, 'ready|work:interview');
    expect(h.opened).toEqual([{ flowId: 'stress', eventKey: 'work:interview', triggerId: 'ready|work:interview' }]);
    expect(parseFlowRequest('?flow=stress&event=work%3Ainterview&trigger=ready%7Cwork%3Ainterview')).toEqual(h.opened[0]);
    expect(h.badge.at(-1)).toBe(0);
    await completePrompt(h.deps, 'ready|work:interview', { entryId: 'e1', readinessBefore: 4, readinessAfter: 7 });
    const decision = (await readDecisions(h.deps.db)).find((d) => d.triggerId === 'ready|work:interview')!;
    expect(decision.engagement.map((e) => e.what)).toEqual(['shown', 'opened', 'completed']);
    expect(decision.outcome).toEqual({ entryId: 'e1', readinessBefore: 4, readinessAfter: 7 });
  });

  it('keeps a prompt on the badge and in the popup when notifications are blocked, and logs it as delivered, not shown', async () => {
    const h = await harness({ blocked: true });
    h.clock.now = START - 45 * MIN;
    await reconcile(h.deps);
    expect((await loadPromptState()).pending.map((p) => p.triggerId)).toEqual(['affirm|work:interview']);
    expect((await readDecisions(h.deps.db))[0]!.engagement.map((e) => e.what)).toEqual(['delivered']);
    expect(h.badge.at(-1)).toBe(1);
    await dismissPrompt(h.deps, 'affirm|work:interview');
    expect(h.badge.at(-1)).toBe(0);
  });

  it('logs a prompt in quiet hours as unavailable, with the reason', async () => {
    const h = await harness();
    const late = Date.parse('2026-11-23T22:00:00Z'); // 23:00 in Berlin
    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', late)]);
    h.clock.now = late - 45 * MIN;
    await reconcile(h.deps);
    expect(h.shown).toEqual([]);
    expect((await readDecisions(h.deps.db)).map((d) => [d.triggerId, d.available, d.reason, d.probability])).toEqual([
      ['affirm|work:interview', false, 'quiet-hours', 0],
    ]);
  });

  it('reminds of the confidence check: a baseline on day 2, the re-rating 25 days later, then at the chosen interval; once each, and not in quiet hours', async () => {
    const h = await harness();
    await setEvents(h.deps.db, []);
    await reconcile(h.deps);
    const DAYS = 24 * 60 * MIN;
    const due = T0 + DAYS;
    expect((await alarmTimes({ withSelfCheck: true }))['prompt:selfcheck']).toBe(due);
    h.clock.now = due;
    await reconcile(h.deps);
    await reconcile(h.deps);
    expect(h.reminders).toEqual([`selfcheck@${due}`]);

    // The baseline taken: the same ratings again 25 days on, whatever the interval.
    const checkAt = (at: number) => saveEntry(h.deps.db, FlowEntry, newFlowEntry('self-check', { unexpected: 6, difficult: 5, goals: 7, obstacles: 4 }, at));
    await checkAt(due + MIN);
    await reconcile(h.deps);
    const rerate = due + MIN + 25 * DAYS;
    expect((await alarmTimes({ withSelfCheck: true }))['prompt:selfcheck']).toBe(rerate);
    h.clock.now = rerate;
    await reconcile(h.deps);
    expect(h.reminders).toEqual([`selfcheck@${due}`, `selfcheck@${rerate}`]);

    // The re-rating taken: from now on, a month after the last one.
    await checkAt(rerate + MIN);
    await reconcile(h.deps);
    expect((await alarmTimes({ withSelfCheck: true }))['prompt:selfcheck']).toBe(rerate + MIN + 30 * DAYS);

    // Due in quiet hours (23:00 in Berlin): it waits.
    await updatePromptSettings({ selfCheckDays: 7 });
    const night = Date.parse('2026-12-30T22:00:00Z');
    h.clock.now = night;
    await reconcile(h.deps);
    expect(h.reminders).toHaveLength(2);
    await updatePromptSettings({ selfCheckDays: null });
    await reconcile(h.deps);
    expect((await alarmTimes({ withSelfCheck: true }))['prompt:selfcheck']).toBeUndefined();
  });

  it('reminds each day of a goal ladder under way, once a day, at the time it was begun, and not when turned off', async () => {
    const h = await harness();
    await setEvents(h.deps.db, []);
    // Begun at 10:00 on Monday, with the goal written down.
    await saveGoal(h.deps.db, { ...newGoal(T0), id: 'g1', title: 'Lead the retro on Friday', difficulty: 6 });
    await reconcile(h.deps);
    const day2 = T0 + 24 * 60 * MIN;
    expect((await alarmTimes())['prompt:goal:g1']).toBe(day2);

    h.clock.now = day2;
    await reconcile(h.deps);
    await reconcile(h.deps);
    // The confidence baseline is due on day 2 as well; only the goal's reminders matter here.
    const goalOnes = () => h.reminders.filter((id) => id.startsWith('goal:'));
    expect(goalOnes()).toEqual(['goal:g1@2']);
    // The steps still to write: day 3 is next.
    expect((await alarmTimes())['prompt:goal:g1']).toBe(day2 + 24 * 60 * MIN);

    await updatePromptSettings({ goalReminders: false });
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:goal:g1']).toBeUndefined();
    h.clock.now = day2 + 24 * 60 * MIN;
    await reconcile(h.deps);
    expect(goalOnes()).toEqual(['goal:g1@2']);
  });

  it('reminds weekly to reach out to a supporter only when turned on, counted from the last reach-out', async () => {
    const h = await harness();
    await setEvents(h.deps.db, []);
    const WEEK = 7 * 24 * 60 * MIN;
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:supporters']).toBeUndefined();

    await updatePromptSettings({ supporterCheckIns: true });
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:supporters']).toBe(T0 + WEEK);
    h.clock.now = T0 + WEEK;
    await reconcile(h.deps);
    await reconcile(h.deps);
    const weekly = () => h.reminders.filter((id) => id.startsWith('supporters'));
    expect(weekly()).toEqual([`supporters@${T0 + WEEK}`]);

    // Reached out three days on: the next one is a week after that.
    const reached = T0 + WEEK + 3 * 24 * 60 * MIN;
    await saveEntry(h.deps.db, FlowEntry, newFlowEntry('reach-out', { person: 'Sam', request: 'Could you listen for ten minutes?' }, reached));
    h.clock.now = reached + MIN;
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:supporters']).toBe(reached + WEEK);

    await updatePromptSettings({ supporterCheckIns: false });
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:supporters']).toBeUndefined();
  });

  it('reminds of the 30-day program at the chosen time, not past the daily cap, and after quiet hours', async () => {
    const h = await harness();
    const program = () => h.reminders.filter((id) => id.startsWith('program'));
    // T0 is 10:00 in Berlin. A day whose prompts reached the cap: that day's reminder does not come.
    await updatePromptSettings({ dailyCap: 1 });
    await saveProgram(setReminder(start(NOT_STARTED, T0), '12:00', T0));
    await reconcile(h.deps);
    expect((await alarmTimes())['prompt:program']).toBe(T0 + 2 * 60 * MIN);
    h.clock.now = START - 45 * MIN;
    await reconcile(h.deps);
    expect(h.shown.map((s) => s.prompt.triggerId)).toEqual(['affirm|work:interview']);
    h.clock.now = T0 + 2 * 60 * MIN + MIN;
    await reconcile(h.deps);
    expect(program()).toEqual([]);

    // At 23:00, inside quiet hours, it waits.
    await updatePromptSettings({ dailyCap: 6 });
    await saveProgram(setReminder(start(NOT_STARTED, T0), '23:00', T0));
    await reconcile(h.deps);
    const late = T0 + 13 * 60 * MIN;
    expect((await alarmTimes())['prompt:program']).toBe(late);
    h.clock.now = late;
    await reconcile(h.deps);
    expect(program()).toEqual([]);
    // The first run after quiet hours, still within half a day, shows it once.
    h.clock.now = late + 8 * 60 * MIN + MIN;
    await reconcile(h.deps);
    await reconcile(h.deps);
    expect(program()).toEqual([`program@${late}`]);
  });

  it("runs work between its runs with no arguments (the last run's result is not passed on)", async () => {
    const h = await harness();
    void reconcile(h.deps);
    const seen = await betweenRuns(async (...args: unknown[]) => args);
    expect(seen).toEqual([]);
  });

  it('logs "shown" only when the browser confirms the notification appeared', async () => {
    const h = await harness({ unconfirmed: true });
    h.clock.now = START - 45 * MIN;
    await reconcile(h.deps);
    await reconcile(h.deps);
    expect(h.shown).toHaveLength(1);
    expect((await readDecisions(h.deps.db))[0]!.engagement.map((e) => e.what)).toEqual(['delivered']);
  });
});

describe('the after-event check-in', () => {
  beforeEach(() => fakeBrowser.reset());
  const END = START + 60 * MIN;

  async function checkInsWaiting() {
    return ((await loadPromptState()).checkIns ?? []).map((c) => c.eventKey);
  }

  it.each([
    ['a prompt was shown before it', {}],
    ['the draw left the prompts out', { deliveryProbability: 0.2 }],
    ['every prompt is turned off', { prompts: { rehearse: { enabled: false, minutes: 1200 }, affirm: { enabled: false, minutes: 45 }, ready: { enabled: false, minutes: 5 }, feedback: { enabled: false, minutes: 10 } } }],
    ['the daily cap was already reached', { dailyCap: 1 }],
  ] as const)('is asked after every high-stakes event, the same way, whatever was decided: %s', async (_, settings) => {
    const h = await harness({ draw: 0.9 });
    await updatePromptSettings(settings);
    await reconcile(h.deps);
    for (const at of [START - 45 * MIN, START - 5 * MIN, END - MIN]) {
      h.clock.now = at;
      await reconcile(h.deps);
    }
    expect(await checkInsWaiting()).toEqual([]);
    const shownBefore = h.shown.length;
    h.clock.now = END + 200;
    await reconcile(h.deps);
    expect(await checkInsWaiting()).toEqual(['work:interview']);
    // Never a notification of its own.
    expect(h.shown.length).toBe(shownBefore);
    const [record] = await readCheckIns(h.deps.db);
    expect(record).toEqual({ v: 1, eventKey: 'work:interview', kind: 'interview', eventEnd: END, askedAt: END + 200 });
    // Asked once.
    await reconcile(h.deps);
    expect(await checkInsWaiting()).toEqual(['work:interview']);
  });

  it('counts on the badge, takes the first answer only, and leaves the popup once answered', async () => {
    const h = await harness();
    await updatePromptSettings({ prompts: { rehearse: { enabled: false, minutes: 1200 }, affirm: { enabled: false, minutes: 45 }, ready: { enabled: false, minutes: 5 }, feedback: { enabled: false, minutes: 10 } } });
    await reconcile(h.deps);
    h.clock.now = END + 1000;
    await reconcile(h.deps);
    expect(h.badge.at(-1)).toBe(1);
    h.clock.now = END + 5 * MIN;
    expect(await answerCheckIn(h.deps, 'work:interview', 7, 'popup')).toBe(true);
    expect(h.badge.at(-1)).toBe(0);
    expect(await checkInsWaiting()).toEqual([]);
    // The reflection afterwards does not overwrite it.
    expect(await answerCheckIn(h.deps, 'work:interview', 3, 'reflection')).toBe(false);
    expect((await readCheckIns(h.deps.db))[0]).toMatchObject({ capability: 7, answeredAt: END + 5 * MIN, via: 'popup' });
    await reconcile(h.deps);
    expect(await checkInsWaiting()).toEqual([]);
  });

  it('is answered by the reflection after the event, and then not asked again', async () => {
    const h = await harness();
    await reconcile(h.deps);
    h.clock.now = END + 1000;
    await reconcile(h.deps);
    expect(await answerCheckIn(h.deps, 'work:interview', 8, 'reflection')).toBe(true);
    expect(await checkInsWaiting()).toEqual([]);
    expect((await readCheckIns(h.deps.db))[0]).toMatchObject({ capability: 8, via: 'reflection' });
  });

  it('records "Not now", and leaves after a day unanswered', async () => {
    const h = await harness();
    await setEvents(h.deps.db, [occurrence('interview', 'Interview with Acme', START), occurrence('review', 'Design review', START + 3 * 60 * MIN)]);
    await changeStakes((s) => withTag(s, { target: 'work:review', scope: 'occurrence', mode: 'high-stakes', kind: 'review', updatedAt: T0 }));
    await reconcile(h.deps);
    h.clock.now = START + 4 * 60 * MIN + 1000;
    await reconcile(h.deps);
    expect(await checkInsWaiting()).toEqual(['work:interview', 'work:review']);
    await skipCheckIn(h.deps, 'work:review');
    expect(await checkInsWaiting()).toEqual(['work:interview']);
    h.clock.now = END + 24 * 60 * MIN + 1;
    await reconcile(h.deps);
    expect(await checkInsWaiting()).toEqual([]);
    const records = await readCheckIns(h.deps.db);
    expect(records.map((r) => [r.eventKey, r.capability, r.skippedAt !== undefined])).toEqual([
      ['work:interview', undefined, false],
      ['work:review', undefined, true],
    ]);
  });

  it('does not ask about an event that ended before Primed first ran', async () => {
    const h = await harness();
    h.clock.now = END + 30 * MIN;
    await reconcile(h.deps);
    expect(await checkInsWaiting()).toEqual([]);
    expect(await readCheckIns(h.deps.db)).toEqual([]);
  });
});
