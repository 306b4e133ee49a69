// The just-in-time engine: makes the alarms match the plan, and at each
// decision point decides, records, and shows. It reaches the browser only
// through `PromptDeps`, so the unit tests run it against the fake browser
// with a clock of their own.
//
// Exactly once: a decision is written to the log (with its random draw, when
// delivery is randomized) before anything is shown, and the trigger is marked
// decided before the notification is created. A worker stopped at any point
// finds the decision on waking and finishes what it began instead of
// deciding again.
import { readEnabledCalendars } from '../feeds/upcoming-store';
import type { FlowRequest } from '../exercises/url';
import { inQuietHours, plan, snoozeChoices, type SnoozeChoiceId } from '../planner/plan';
import { localMinutes } from '../planner/local-time';
import { FlowEntry } from '../exercises/entry';
import { readGoals } from '../goals/store';
import { walkEntriesOfKind } from '../store/entries';
import { PROMPT_TYPES, type Plan, type PlannedTrigger, type PromptType, type UnavailableTrigger } from '../planner/types';
import type { Db } from '../store/db';
import type { ItemDeps } from '../store/local-item';
import { readDecision, recordEngagement, writeDecision } from './decision-log';
import { type DecisionRecord } from './model';
import { scheduleEventsOf } from './events';
import { loadPromptSettings, loadPromptState, loadStakes, savePromptState } from './items';
import type { PendingCheckIn, PendingPrompt, PromptSettings, PromptState } from './model';
import { CHECK_IN_WAITS_MS, checkInId, checkInsAhead, checkInsDue, readCheckIn, writeCheckIn, type CheckInRecord } from './check-in';
import { detectHighStakes } from '../planner/detect';
import { goalReminders, programReminders, selfCheckReminder, supportersReminders, type Reminder, type SelfChecksTaken } from './reminders';
import { loadProgram } from '../program/state';
import { localDayNumber } from '../planner/local-time';
import { promptWords, type PromptWords } from './words';
import { FLOW_IDS, type FlowId } from '../exercises/ids';
import { ifThenPlansOf, type IfThenPlan } from '../exercises/if-then';
import { readPlan } from '../prep/store';
import { loadSupporters } from '../supporters/supporters';
import { chooseExercise, offerReason, type ChoiceFacts } from './choice';
import { latestEntryFor } from '../exercises/earlier';

export const PROMPT_ALARM_PREFIX = 'prompt:';
/** Well under the browser's 500 alarms; the rest are set as the nearer ones fire. */
const MAX_ALARMS = 200;
/** An alarm already set within this of the wanted time is kept rather than set again. */
const ALARM_MATCH_MS = 1000;
/** Decisions are remembered a little longer than any trigger can be planned (8 days ahead, 12 hours back). */
const DECIDED_KEEP_MS = 10 * 24 * 3_600_000;
const FEEDBACK_PENDING_MS = 12 * 3_600_000;
/** An alarm fires a moment after its time; only a prompt later than this after its planned time says it is late. */
const LATE_AFTER_MS = 60_000;
/**
 * Prompts due sooner than this also get a timer in the running worker:
 * packed builds fire no alarm sooner than 30 s after it is set, so an alarm
 * set again after an early wake would come that much late.
 */
export const TIMER_WITHIN_MS = 25_000;

/**
 * The reminders outside the event plan, due now or next: the confidence
 * check, and each open goal ladder's day (unless turned off).
 */
async function remindersOf(deps: PromptDeps, settings: PromptSettings, state: PromptState, now: number): Promise<Reminder[]> {
  // Newest first: the walk stops at the second check, since the timing needs only the last one and whether it was the first.
  const taken: SelfChecksTaken = { count: 0, last: undefined };
  const checkIns = settings.supporterCheckIns === true;
  let reachedOut: number | undefined;
  await walkEntriesOfKind(deps.db, 'flow', FlowEntry, (entry) => {
    if (entry.flowId === FLOW_IDS.selfCheck) {
      taken.last ??= entry.createdAt;
      taken.count += 1;
    }
    if (entry.flowId === FLOW_IDS.reachOut) reachedOut ??= entry.createdAt;
    // The weekly check-in needs only the newest reach-out, if it is on.
    return taken.count < 2 || (checkIns && reachedOut === undefined);
  });
  const selfCheck = selfCheckReminder(settings.selfCheckDays === undefined ? 30 : settings.selfCheckDays, taken, state.since ?? now);
  const goals = settings.goalReminders === false ? [] : goalReminders(await readGoals(deps.db), now, settings.discreet);
  const supporters = supportersReminders(checkIns, reachedOut, state.since ?? now, now);
  const timeZone = deps.timeZone();
  const shownToday = Object.values(state.shown).filter((at) => localDayNumber(at, timeZone) === localDayNumber(now, timeZone)).length;
  const program = programReminders(await loadProgram(deps.items), now, { timeZone, discreet: settings.discreet, capReached: shownToday >= settings.dailyCap });
  return [...(selfCheck ? [selfCheck] : []), ...goals, ...supporters, ...program];
}

/**
 * What the exercise choice needs to know about the event (lib/prompts/choice.ts):
 * what was done for it already, and what the get-ready prompt carries along
 * (the latest rehearsal's if-then plans). Read only for the prompt's own
 * moment, so a decision costs a walk or two, not a survey.
 */
async function choiceFacts(deps: PromptDeps, settings: PromptSettings, trigger: PlannedTrigger): Promise<{ facts: ChoiceFacts; plans: IfThenPlan[] }> {
  const facts: ChoiceFacts = {
    kind: trigger.kind,
    type: trigger.type,
    rehearsed: false,
    ifThenPlans: false,
    problemSolving: false,
    prepPlan: false,
    supporters: 0,
    ...(settings.exercises ? { overrides: settings.exercises } : {}),
  };
  let plans: IfThenPlan[] = [];
  if (trigger.type === 'ready' || trigger.type === 'rehearse') {
    const rehearsal = await latestEntryFor(deps.db, FLOW_IDS.rehearsal, trigger.eventKey);
    facts.rehearsed = rehearsal !== undefined;
    plans = rehearsal ? ifThenPlansOf(rehearsal.fields) : [];
    facts.ifThenPlans = plans.length > 0;
  }
  if (trigger.type === 'rehearse') {
    const [prep, supporters] = await Promise.all([readPlan(deps.db, trigger.eventKey), loadSupporters(deps.items)]);
    facts.prepPlan = prep !== undefined;
    facts.supporters = supporters.length;
  }
  if (trigger.type === 'feedback') facts.problemSolving = (await latestEntryFor(deps.db, FLOW_IDS.problemSolving, trigger.eventKey)) !== undefined;
  return { facts, plans };
}

/** Which exercise each prompt opens when nothing else was chosen (a decision logged before choices existed). */
const FLOW_FOR: Record<PromptType, FlowId> = { rehearse: FLOW_IDS.rehearsal, affirm: FLOW_IDS.affirmation, ready: FLOW_IDS.stress, feedback: FLOW_IDS.feedback };

interface AlarmsApi {
  getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
  create(name: string, info: { when: number }): Promise<void> | void;
  clear(name: string): Promise<boolean>;
}

export interface PromptDeps {
  db: Db;
  items?: ItemDeps;
  now(): number;
  timeZone(): string;
  random(): number;
  alarms: AlarmsApi;
  /**
   * Shows a prompt (a notification). Resolves true once the browser confirms
   * it can be seen, false when it cannot say (the prompt then reaches the
   * user by the badge and the popup only). Fails when notifications are blocked.
   */
  show(prompt: PendingPrompt, words: PromptWords): Promise<boolean>;
  /** Removes a prompt's notification, if it is still there. */
  hide(triggerId: string): Promise<void>;
  /** Shows a reminder that is not about an event (the confidence check, a goal ladder's day). */
  showReminder(id: string, words: PromptWords): Promise<void>;
  /** The toolbar badge: how many prompts wait. */
  setBadge(count: number): Promise<void>;
  openFlow(request: FlowRequest): Promise<void>;
  /** Opens an event's prep plan (lib/prep). */
  openPlan(eventKey: string): Promise<void>;
}

interface ReconcileResult {
  plan: Plan;
  shown: string[];
  alarms: number;
  /** The soonest time the engine wants to run again, if any. */
  nextAt?: number;
}

// One run at a time in a worker: two events arriving together (an alarm and
// a sync) must not both decide the same trigger.
let queue: Promise<unknown> = Promise.resolve();
function serialized<T>(work: () => Promise<T>): Promise<T> {
  // Called with no arguments: the last run's result is none of `work`'s business.
  const run = queue.then(
    () => work(),
    () => work(),
  );
  queue = run.catch(() => undefined);
  return run;
}

/** Runs `work` between the engine's runs, so that none of them writes its bookkeeping back in the middle of it. */
export function betweenRuns<T>(work: () => Promise<T>): Promise<T> {
  return serialized(work);
}

export function reconcile(deps: PromptDeps): Promise<ReconcileResult> {
  return serialized(() => reconcileNow(deps));
}

async function reconcileNow(deps: PromptDeps): Promise<ReconcileResult> {
  const now = deps.now();
  const timeZone = deps.timeZone();
  const [{ upcoming }, stakes, settings, loadedState] = await Promise.all([
    readEnabledCalendars(deps.db, deps.items),
    loadStakes(deps.items),
    loadPromptSettings(deps.items),
    loadPromptState(deps.items),
  ]);
  const state = pruned(loadedState, now);
  for (const gone of loadedState.pending.filter((p) => !state.pending.includes(p))) await deps.hide(gone.triggerId).catch(() => undefined);
  const events = scheduleEventsOf(upcoming);
  const planned = plan({
    events,
    tags: stakes.tags,
    rules: stakes.rules,
    moments: stakes.moments,
    settings,
    fired: state.decided,
    shownAt: Object.values(state.shown),
    snoozed: state.snoozed,
    now,
    timeZone,
  });

  // Nothing is shown before its time: a run a moment early (a sync, an
  // alarm that woke the worker early) leaves it to the alarm set below.
  const shown: string[] = [];
  for (const trigger of planned.triggers) {
    if (trigger.at > now) continue;
    if (await decideAndShow(deps, state, settings, trigger, now, timeZone)) shown.push(trigger.id);
  }
  for (const missed of planned.unavailable) {
    if (missed.at > now || state.decided[missed.id] !== undefined) continue;
    if (missed.at < (state.since ?? now)) continue;
    await logUnavailable(deps, state, missed, now, timeZone);
  }
  const highStakes = detectHighStakes(events, stakes.tags, stakes.rules, stakes.moments);
  await askCheckIns(deps, state, highStakes, now);
  const reminders = (await remindersOf(deps, settings, state, now)).filter((r) => state.decided[r.id] === undefined);
  const quiet = inQuietHours(localMinutes(now, timeZone), settings.quietHours);
  for (const reminder of reminders) {
    // In quiet hours a due reminder waits for the next run after them (the feed sync wakes the worker).
    if (reminder.at > now || quiet) continue;
    // Remembered before it is shown, like every prompt: once per due time.
    state.decided[reminder.id] = now;
    await savePromptState(state, deps.items);
    await deps.showReminder(reminder.id, reminder.words).catch(() => undefined);
  }
  // Unavailable decision points get alarms too, so that they are logged when they happen.
  const future = [...planned.triggers, ...planned.unavailable]
    .filter((t) => t.at > now && state.decided[t.id] === undefined)
    .sort((a, b) => a.at - b.at);
  const plannedAhead = { ...state.planned };
  for (const t of planned.triggers) if (t.at > now && state.decided[t.id] === undefined) plannedAhead[t.id] = t.at;
  state.planned = plannedAhead;
  await savePromptState(state, deps.items);
  await deps.setBadge(waitingCount(state));

  // Also wake when the soonest waiting prompt or check-in expires, so it leaves the badge on time.
  const expiry = Math.min(...state.pending.map((p) => p.expiresAt), ...(state.checkIns ?? []).map((c) => c.expiresAt));
  const checkIns = checkInsAhead(highStakes, now).filter((c) => state.decided[c.id] === undefined);
  const wakeUps: Array<{ id: string; at: number }> = [...future, ...checkIns].sort((a, b) => a.at - b.at).slice(0, MAX_ALARMS);
  if (Number.isFinite(expiry)) wakeUps.push({ id: 'expiry', at: expiry });
  for (const reminder of reminders) if (reminder.at > now) wakeUps.push({ id: reminder.alarm, at: reminder.at });
  const alarms = await matchAlarms(deps.alarms, wakeUps);
  const nextAt = Math.min(...wakeUps.map((w) => w.at));
  return { plan: planned, shown, alarms, ...(Number.isFinite(nextAt) ? { nextAt } : {}) };
}

/** Forgets what can no longer matter: expired prompts, old decisions, snoozes long over. */
function pruned(state: PromptState, now: number): PromptState {
  const recent = (record: Record<string, number>) =>
    Object.fromEntries(Object.entries(record).filter(([, at]) => at > now - DECIDED_KEEP_MS));
  return {
    since: state.since ?? now,
    decided: recent(state.decided),
    shown: recent(state.shown),
    snoozed: recent(state.snoozed),
    planned: recent(state.planned ?? {}),
    pending: state.pending.filter((p) => p.expiresAt > now),
    checkIns: (state.checkIns ?? []).filter((c) => c.expiresAt > now),
  };
}

/** What the toolbar badge counts: prompts and check-ins waiting for the user. */
function waitingCount(state: PromptState): number {
  return state.pending.length + (state.checkIns?.length ?? 0);
}

/**
 * Puts the check-in of each high-stakes event that has just ended in the
 * popup: for every such event, whatever was decided before it, outside the
 * daily cap and without a notification, so that it measures the same way in
 * every case. Written to the log before it is offered, like a decision.
 */
async function askCheckIns(deps: PromptDeps, state: PromptState, highStakes: Parameters<typeof checkInsDue>[0], now: number) {
  for (const { event, kind } of checkInsDue(highStakes, now, state.since ?? now)) {
    const id = checkInId(event.key);
    if (state.decided[id] !== undefined) continue;
    if (!(await readCheckIn(deps.db, event.key))) {
      await writeCheckIn(deps.db, { v: 1, eventKey: event.key, kind, eventEnd: event.end, askedAt: now });
    }
    const waiting: PendingCheckIn = { eventKey: event.key, eventTitle: event.title, eventEnd: event.end, kind, askedAt: now, expiresAt: event.end + CHECK_IN_WAITS_MS };
    state.checkIns = [...(state.checkIns ?? []).filter((c) => c.eventKey !== event.key), waiting];
    state.decided[id] = now;
  }
}

/**
 * A snoozed prompt comes back as a new decision point of the same trigger,
 * named by the snooze's end (fixed, unlike the moment the alarm wakes us), so
 * a worker stopped half-way finds the same record again.
 */
function decisionId(triggerId: string, state: PromptState): string {
  const until = state.snoozed[triggerId];
  return until === undefined ? triggerId : `${triggerId}@${until}`;
}

async function decideAndShow(
  deps: PromptDeps,
  state: PromptState,
  settings: PromptSettings,
  trigger: PlannedTrigger,
  now: number,
  timeZone: string,
): Promise<boolean> {
  const id = decisionId(trigger.id, state);
  // A worker stopped mid-way finds its own decision here and keeps it.
  let record = await readDecision(deps.db, id);
  const { facts, plans } = await choiceFacts(deps, settings, trigger);
  if (!record) {
    const probability = settings.deliveryProbability ?? 1;
    const draw = settings.deliveryProbability === null ? undefined : deps.random();
    record = {
      v: 1,
      id,
      triggerId: trigger.id,
      type: trigger.type,
      eventKey: trigger.eventKey,
      kind: trigger.kind,
      plannedAt: state.snoozed[trigger.id] ?? trigger.idealAt,
      decidedAt: now,
      timeZone,
      available: true,
      late: isLate(trigger, state, now),
      action: draw === undefined || draw < probability ? 'prompted' : 'not-prompted',
      probability,
      ...(draw === undefined ? {} : { draw }),
      engagement: [],
      // Chosen whether or not it is shown, so the log says what would have been offered.
      exercise: chooseExercise(facts),
    } satisfies DecisionRecord;
    await writeDecision(deps.db, record);
  }
  state.decided[trigger.id] = now;
  delete state.snoozed[trigger.id];
  delete state.planned?.[trigger.id];
  if (record.action !== 'prompted' || record.engagement.some((e) => e.what === 'shown' || e.what === 'delivered')) {
    await savePromptState(state, deps.items);
    return false;
  }

  const pending: PendingPrompt = {
    triggerId: trigger.id,
    type: trigger.type,
    eventKey: trigger.eventKey,
    eventTitle: trigger.eventTitle,
    eventStart: trigger.eventStart,
    eventEnd: trigger.eventEnd,
    kind: trigger.kind,
    shownAt: now,
    expiresAt: trigger.type === 'feedback' ? trigger.eventEnd + FEEDBACK_PENDING_MS : trigger.eventStart,
  };
  // The decision's own choice, even when the settings changed since it was made.
  const exercise = record.exercise ?? chooseExercise(facts);
  if (exercise.flowId !== FLOW_FOR[trigger.type]) pending.flowId = exercise.flowId;
  if (exercise.opens) pending.opens = exercise.opens;
  const why = offerReason(trigger.type, exercise);
  if (why) pending.why = why;
  if (trigger.type === 'ready' && plans.length > 0) pending.plans = plans;
  state.shown[id] = now;
  state.pending = [...state.pending.filter((p) => p.triggerId !== trigger.id), pending];
  // Marked before it is shown: if the worker stops in between, the prompt
  // waits in the popup and the badge rather than appearing twice.
  await savePromptState(state, deps.items);
  const words = promptWords({ ...pending, late: record.late, discreet: settings.discreet, now });
  // "Shown" only when the browser says it could be seen; otherwise (blocked,
  // or no notification service) the badge and the popup's card carry it.
  const seen = await deps.show(pending, words).catch(() => false);
  await recordEngagement(deps.db, trigger.id, seen ? 'shown' : 'delivered', deps.now());
  return true;
}

async function logUnavailable(deps: PromptDeps, state: PromptState, missed: UnavailableTrigger, now: number, timeZone: string) {
  const id = decisionId(missed.id, state);
  const record: DecisionRecord = {
    v: 1,
    id,
    triggerId: missed.id,
    type: missed.type,
    eventKey: missed.eventKey,
    kind: missed.kind,
    plannedAt: missed.at,
    decidedAt: now,
    timeZone,
    available: false,
    reason: missed.reason,
    late: false,
    action: 'not-prompted',
    probability: 0,
    engagement: [],
  };
  if (!(await readDecision(deps.db, id))) await writeDecision(deps.db, record);
  state.decided[missed.id] = now;
  delete state.snoozed[missed.id];
  delete state.planned?.[missed.id];
}

/**
 * Late means planned and missed: the engine had set this prompt for a time
 * still ahead, and that time passed unseen (the computer slept, the browser
 * was closed). A prompt whose time had already passed when its event was
 * first seen was never promised, so it comes as a fresh invitation. A snooze
 * is the user's own time, never late.
 */
function isLate(trigger: PlannedTrigger, state: PromptState, now: number): boolean {
  if (trigger.moved === 'snoozed') return false;
  const plannedFor = state.planned?.[trigger.id];
  return plannedFor !== undefined && now - plannedFor > LATE_AFTER_MS;
}

async function matchAlarms(alarms: AlarmsApi, triggers: ReadonlyArray<{ id: string; at: number }>): Promise<number> {
  const wanted = new Map(triggers.map((t) => [`${PROMPT_ALARM_PREFIX}${t.id}`, t.at]));
  const existing = (await alarms.getAll()).filter((a) => a.name.startsWith(PROMPT_ALARM_PREFIX));
  for (const alarm of existing) {
    const at = wanted.get(alarm.name);
    if (at === undefined || Math.abs(alarm.scheduledTime - at) > ALARM_MATCH_MS) await alarms.clear(alarm.name);
    else wanted.delete(alarm.name);
  }
  for (const [name, when] of wanted) await alarms.create(name, { when });
  return existing.length + wanted.size;
}

/** The user pressed Start (on the notification or the popup's card). */
export function startPrompt(deps: PromptDeps, triggerId: string): Promise<void> {
  return serialized(async () => {
    const state = await loadPromptState(deps.items);
    const pending = state.pending.find((p) => p.triggerId === triggerId);
    const eventKey = pending?.eventKey ?? eventKeyOf(triggerId);
    const type = pending?.type ?? typeOf(triggerId);
    if (!type) return;
    // A notification pressed after its prompt left the popup still opens what was chosen for it.
    const chosen = pending ?? (await readDecision(deps.db, triggerId))?.exercise;
    if (chosen?.opens === 'prep-plan' && eventKey) await deps.openPlan(eventKey);
    else await deps.openFlow({ flowId: chosen?.flowId ?? FLOW_FOR[type], ...(eventKey ? { eventKey } : {}), triggerId });
    await settle(deps, state, triggerId);
    await recordEngagement(deps.db, triggerId, 'opened', deps.now());
  });
}

/** Later, please: the prompt comes back after the chosen delay, if that choice still makes sense. */
export function snoozePrompt(deps: PromptDeps, triggerId: string, choiceId: SnoozeChoiceId): Promise<boolean> {
  return serialized(async () => {
    const [state, settings] = await Promise.all([loadPromptState(deps.items), loadPromptSettings(deps.items)]);
    const pending = state.pending.find((p) => p.triggerId === triggerId);
    if (!pending) return false;
    const choice = snoozeChoices(pending, deps.now(), deps.timeZone(), settings.quietHours).find((c) => c.id === choiceId);
    if (!choice) return false;
    state.snoozed[triggerId] = choice.until;
    // Not decided any more: it is planned again, for `until`.
    delete state.decided[triggerId];
    await settle(deps, state, triggerId);
    await recordEngagement(deps.db, triggerId, 'snoozed', deps.now());
    return true;
  }).then(async (snoozed) => {
    if (snoozed) await reconcile(deps);
    return snoozed;
  });
}

/** The user closed the notification. */
export function dismissPrompt(deps: PromptDeps, triggerId: string): Promise<void> {
  return serialized(async () => {
    const state = await loadPromptState(deps.items);
    if (!state.pending.some((p) => p.triggerId === triggerId)) return void (await deps.hide(triggerId).catch(() => undefined));
    await settle(deps, state, triggerId);
    await recordEngagement(deps.db, triggerId, 'dismissed', deps.now());
  });
}

/** An exercise opened by this prompt was finished. */
export function completePrompt(deps: PromptDeps, triggerId: string, outcome: NonNullable<DecisionRecord['outcome']>): Promise<void> {
  return serialized(async () => {
    const state = await loadPromptState(deps.items);
    await settle(deps, state, triggerId);
    await recordEngagement(deps.db, triggerId, 'completed', deps.now(), outcome);
  });
}

async function settle(deps: PromptDeps, state: PromptState, triggerId: string) {
  state.pending = state.pending.filter((p) => p.triggerId !== triggerId);
  await savePromptState(state, deps.items);
  await deps.setBadge(waitingCount(state));
  await deps.hide(triggerId).catch(() => undefined);
}

/**
 * The check-in's answer, from the popup or from the reflection after the
 * event. The first answer stands: the outcome is one figure per event.
 */
export function answerCheckIn(deps: PromptDeps, eventKey: string, capability: number, via: NonNullable<CheckInRecord['via']>): Promise<boolean> {
  return serialized(async () => {
    const state = await loadPromptState(deps.items);
    const waiting = state.checkIns?.find((c) => c.eventKey === eventKey);
    const record = await readCheckIn(deps.db, eventKey);
    // A reflection for an event that is no longer in the plan (or never ended) has no check-in to answer.
    if (!record || record.capability !== undefined) return false;
    await writeCheckIn(deps.db, { ...record, capability, answeredAt: deps.now(), via });
    if (waiting) {
      state.checkIns = state.checkIns?.filter((c) => c.eventKey !== eventKey);
      await savePromptState(state, deps.items);
      await deps.setBadge(waitingCount(state));
    }
    return true;
  });
}

/** "Not now" on the popup's check-in card. */
export function skipCheckIn(deps: PromptDeps, eventKey: string): Promise<void> {
  return serialized(async () => {
    const state = await loadPromptState(deps.items);
    const record = await readCheckIn(deps.db, eventKey);
    if (record && record.capability === undefined && record.skippedAt === undefined) await writeCheckIn(deps.db, { ...record, skippedAt: deps.now() });
    state.checkIns = state.checkIns?.filter((c) => c.eventKey !== eventKey);
    await savePromptState(state, deps.items);
    await deps.setBadge(waitingCount(state));
  });
}

function typeOf(triggerId: string): PromptType | undefined {
  const type = triggerId.split('|')[0];
  return PROMPT_TYPES.find((t) => t === type);
}

function eventKeyOf(triggerId: string): string | undefined {
  const at = triggerId.indexOf('|');
  return at > 0 ? triggerId.slice(at + 1) : undefined;
}
