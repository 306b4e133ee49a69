// One event's prep plan, on a page of its own (journal.html#plan=<key>).
// Opening it from "Make a plan" makes the plan if there is none yet; a
// check-off saves the plan and logs its win in one write.
import { useEffect, useState } from 'preact/hooks';
import { readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { notify, request } from '@/lib/browser/messaging';
import { newPlan, stepsDone, type PrepPlan, type PrepStep } from '@/lib/prep/plan';
import { readPlan, savePlan, saveStepCheckOff, saveStepUncheck } from '@/lib/prep/store';
import { findEvent } from '@/lib/prompts/events';
import { loadStakes } from '@/lib/prompts/items';
import { latestDecision } from '@/lib/prompts/decision-log';
import { openedPlan } from '@/lib/prompts/choice';
import { triggerId as triggerIdOf } from '@/lib/planner/timing';
import { defaultDb, type Db } from '@/lib/store/db';
import { localDay } from '@/lib/time/days';
import { Notice } from '../common/Notice';
import { Outcome } from '../common/Outcome';
import { describeStoreError } from '../common/storeErrorText';
import { prepText as t } from './strings';
import './prep.css';

/** The plan for `eventKey`, made now from the event if it has none. Undefined when neither exists. */
async function planFor(db: Db, eventKey: string, now: number): Promise<PrepPlan | undefined> {
  const stored = await readPlan(db, eventKey);
  if (stored) return stored;
  const [upcoming, stakes] = await Promise.all([readAllUpcoming(db), loadStakes()]);
  const event = findEvent(eventKey, upcoming.flatMap((u) => u.occurrences), stakes.moments);
  if (!event) return undefined;
  const plan = newPlan({ key: event.key, title: event.title, start: event.start }, now);
  await savePlan(db, plan);
  return plan;
}

function dayLabel(step: PrepStep, today: number): string {
  if (step.day < today) return t.earlier;
  if (step.day === today) return t.today;
  if (step.day === today + 1) return t.tomorrow;
  return t.day(step.day);
}

export function PrepPlanPage({ eventKey, db = defaultDb(), now = Date.now }: { eventKey: string; db?: Db; now?: () => number }) {
  const [plan, setPlan] = useState<PrepPlan | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = t.pageTitle;
    planFor(db, eventKey, now()).then(
      (found) => setPlan(found ?? null),
      (err: unknown) => {
        setPlan(null);
        setError(describeStoreError(err));
      },
    );
  }, [db, eventKey]);

  /**
   * The rehearsal, for the day-before prompt that opened this plan if one
   * did, so that finishing it completes that prompt in the decision log. Read
   * at the press: the prompt's "opened" may land after the page does.
   */
  async function startRehearsal(eventKey: string) {
    const id = triggerIdOf('rehearse', eventKey);
    const decision = await latestDecision(db, id).catch(() => undefined);
    await request('flow/open', { flowId: FLOW_IDS.rehearsal, eventKey, ...(openedPlan(decision) ? { triggerId: id } : {}) });
  }

  async function toggle(step: PrepStep, checked: boolean) {
    if (!plan || busy) return;
    setBusy(true);
    setError(null);
    try {
      const saved = checked ? (await saveStepCheckOff(db, plan, step.id, now())).plan : await saveStepUncheck(db, plan, step.id, now());
      setPlan(saved);
      setStatus(checked ? t.logged : t.unlogged);
      void notify('data/changed', { area: 'entries' }).catch(() => undefined);
    } catch (err) {
      setError(describeStoreError(err));
    } finally {
      setBusy(false);
    }
  }

  const today = localDay(now());
  // Once the event has begun, a rehearsal for it would only be a look back.
  const started = plan !== undefined && plan !== null && plan.eventStart <= now();
  return (
    <main class="page prep-plan">
      <h1>{t.heading}</h1>
      {plan === undefined && !error && <p class="muted">{t.loading}</p>}
      {plan === null && !error && <Notice tone="info">{t.notFound}</Notice>}
      {plan && (
        <>
          <p class="prep-event">
            <strong>{plan.eventTitle}</strong>
            <span class="muted">{t.when(plan.eventStart)}</span>
          </p>
          <p class="muted">{t.intro}</p>
          <p class="prep-progress">{t.progress(stepsDone(plan), plan.steps.length)}</p>
          <ol class="prep-steps" aria-label={t.stepsLabel}>
            {plan.steps.map((step) => {
              const words = t.steps[step.id];
              const done = step.doneAt !== undefined;
              return (
                <li key={step.id} class="card prep-step" data-done={done}>
                  <span class="prep-day muted">{dayLabel(step, today)}</span>
                  <label class="prep-check">
                    <input type="checkbox" checked={done} disabled={busy} onChange={(e) => void toggle(step, e.currentTarget.checked)} />
                    <span class="prep-title">{words.title}</span>
                  </label>
                  <p class="muted prep-why">{words.why}</p>
                  {step.id === 'mental' && !done && !started && (
                    <button
                      type="button"
                      class="button button-quiet"
                      onClick={() => void startRehearsal(plan.eventKey).catch((err: unknown) => setError(describeStoreError(err)))}
                    >
                      {t.startRehearsal}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <Outcome status={status} error={error} />
    </main>
  );
}
