import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FlowEntry, newFlowEntry } from '@/lib/exercises/entry';
import { readEvidence } from '@/lib/exercises/evidence';
import { notify } from '@/lib/browser/messaging';
import { allStepsOf, finishedAnswers, flowDraftId, listItems, missingAnswers, resumeStep, stepsOf } from '@/lib/exercises/runner';
import { finishSummary } from '@/lib/exercises/finish';
import { flowPath } from '@/lib/exercises/url';
import { nextStepAfter, type NextStep } from '@/lib/exercises/next-step';
import { MEASURES } from '@/lib/exercises/measures';
import { readCheckIn } from '@/lib/prompts/check-in';
import type { FlowBlock, FlowDefinition, FlowFields } from '@/lib/exercises/types';
import type { StakesKind } from '@/lib/planner/types';
import { defaultDb, type Db } from '@/lib/store/db';
import { createDraftWriter } from '@/lib/store/draft-writer';
import { loadDraft } from '@/lib/store/drafts';
import { saveEntry } from '@/lib/store/entries';
import { Block } from './blocks';
import { joinValues, loadValues, saveValues } from '@/lib/values/values';
import { check } from '@/lib/store/validate';
import { describeStoreError } from '../common/storeErrorText';
import { useCrisisCheck } from '../common/useCrisisCheck';
import { runnerText as t } from './strings';
import { Notice } from '../common/Notice';
import { Check } from 'lucide-preact';
import { flowIcon } from './icons';

interface Props {
  flow: FlowDefinition;
  eventKey?: string;
  eventTitle?: string;
  /** When that event starts, for the finish's next step. */
  eventStart?: number;
  /** That event's kind, for the finish's next step. */
  eventKind?: StakesKind;
  triggerId?: string;
  db?: Db;
  now?: () => number;
  /** Run inside the toolbar popup, which Chrome caps at 600 px: the compact layout. */
  inPopup?: boolean;
}

/** Renders any flow: one step at a time, every answer saved as it is typed, the entry written at the end. */
export function FlowRunner({ flow, eventKey, eventTitle: openedFor, eventStart, eventKind, triggerId, db = defaultDb(), now = Date.now, inPopup = false }: Props) {
  // Some flows must not show the event that timed them (see FlowDefinition.namesEvent).
  const eventTitle = flow.namesEvent === false ? undefined : openedFor;
  const frame = inPopup ? 'flow in-popup' : 'flow';
  // Every step the flow may show; which of them it shows depends on the answers so far.
  const allSteps = useMemo(() => allStepsOf(flow), [flow]);
  const draftId = flowDraftId(flow.id, eventKey);
  const saved = useMemo(() => loadDraft(db, draftId), [db, draftId]);
  const drafts = useMemo(
    () => createDraftWriter(db, draftId, flow.id, () => setError(t.draftFailed), now, saved),
    [db, draftId, flow.id, now, saved],
  );
  const [fields, setFields] = useState<FlowFields>({});
  const [index, setIndex] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<FlowFields | null>(null);
  const [loaded, setLoaded] = useState(false);
  // The window opens on what the exercise is; the popup, with no room for it,
  // and a resumed draft go straight to the steps.
  const [begun, setBegun] = useState(inPopup || !flow.intro);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [wins, setWins] = useState<string[]>([]);

  useEffect(() => {
    // The user's own wins and reflections, offered as evidence where a flow asks for it.
    if (!allSteps.some((s) => s.blocks.some((b) => b.kind === 'wins'))) return;
    readEvidence(db).then(setWins, () => undefined);
  }, [db, allSteps]);

  const [values, setValues] = useState<string[]>([]);
  const rankFields = useMemo(() => allSteps.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'rank' ? [b.field] : []))), [allSteps]);
  useEffect(() => {
    if (!loaded || rankFields.length === 0) return;
    loadValues().then((ranked) => {
      setValues(ranked);
      // The answer is always the top of the ranking, as the user left it last.
      setFields((current) => ({ ...current, ...Object.fromEntries(rankFields.map((f) => [f, ranked[0] ?? ''])) }));
    }, (err: unknown) => setError(describeStoreError(err)));
  }, [loaded, rankFields]);

  /** A new order (or an added value): shown at once, kept for next time, its top one the answer. */
  function rerank(field: string, next: string[]) {
    const before = values;
    setValues(next);
    set(field, next[0] ?? '');
    saveValues(next).catch((err: unknown) => {
      setValues(before);
      set(field, before[0] ?? '');
      setError(describeStoreError(err));
    });
  }

  useEffect(() => {
    // Start "situation"-style answers from the event's title, unless there is already an answer.
    if (!loaded || !eventTitle) return;
    const prefills = allSteps.flatMap((s) => s.blocks).filter((b) => b.kind === 'text' && b.prefill === 'event');
    setFields((current) => {
      const next = { ...current };
      for (const b of prefills) if ('field' in b && !next[b.field]) next[b.field] = eventTitle;
      return next;
    });
  }, [loaded, eventTitle, allSteps]);

  useEffect(() => {
    saved
      .then((draft) => {
        if (draft) {
          setBegun(true);
          setFields(draft.fields);
          setIndex(resumeStep(stepsOf(flow, draft.fields), draft.fields._step));
        }
      })
      .catch((err: unknown) => setError(describeStoreError(err)))
      .finally(() => setLoaded(true));
  }, [saved, flow]);

  useEffect(() => {
    // Answered already in the popup after the event, the check-in's question
    // starts with that answer here: it is the same question, not asked twice.
    const question = flow.measure === 'capability' ? MEASURES.capability : undefined;
    if (!loaded || !question || !eventKey) return;
    readCheckIn(db, eventKey).then((checkIn) => {
      const answered = checkIn?.capability;
      if (answered !== undefined) setFields((current) => (typeof current[question.before] === 'number' ? current : { ...current, [question.before]: answered }));
    }, () => undefined);
  }, [loaded, flow, eventKey, db]);

  useLayoutEffect(() => {
    // Moving to a step puts the keyboard on it at once: on its first field when
    // that is one to type in, else on its heading. A focused rating would wear
    // a focus ring before anything is chosen, which reads as an answer given.
    const first = document.querySelector<HTMLElement>('.flow-step input:not([data-no-autofocus]), .flow-step textarea');
    const typed = first instanceof HTMLTextAreaElement || (first instanceof HTMLInputElement && first.type === 'text');
    (typed ? first : headingRef.current)?.focus();
  }, [index, loaded, done, begun]);

  const steps = stepsOf(flow, fields);
  const step = steps[Math.min(index, steps.length - 1)]!;
  const last = index >= steps.length - 1;
  // Every answer written so far, in any step: once a note has appeared it
  // stays to the end of the exercise and on its finish screen. The popup has
  // no room for it in full on every step, so there it is shown in full where
  // this step's own words call for it, and briefly elsewhere.
  const textsOf = (blocks: readonly FlowBlock[]) => blocks.flatMap((b) => (b.kind === 'text' && typeof fields[b.field] === 'string' ? [fields[b.field] as string] : []));
  const kept = useCrisisCheck(steps.flatMap((st) => textsOf(st.blocks)), { stay: true });
  const own = useCrisisCheck(textsOf(step.blocks));
  const safetyNote = inPopup ? (own.note ?? kept.brief) : kept.note;
  const crisis = kept.concern !== null;

  function set(field: string, value: FlowFields[string]) {
    const next = { ...fields, [field]: value, _step: index };
    setFields(next);
    setError(null);
    drafts.write(next);
  }

  function go(to: number) {
    const next = { ...fields, _step: to };
    setFields(next);
    drafts.write(next);
    setIndex(to);
  }

  async function advance(event?: Event) {
    event?.preventDefault();
    const missing = missingAnswers(step, fields);
    if (missing.length > 0) {
      // The popup has no room for a list of several questions; they are right above, each reading "not set yet".
      setError(inPopup && missing.length > 1 ? t.needsSeveral(missing.length) : t.needs(missing.join(', ')));
      return;
    }
    if (!last) return go(index + 1);
    const answers = check(flow.result, finishedAnswers(flow, fields));
    if (!answers.ok) {
      setError(t.needs(answers.reason));
      return;
    }
    try {
      // First, so that a refused write leaves the exercise open to finish again (the values are not added twice).
      const found = flow.valuesField ? answers.value[flow.valuesField] : undefined;
      if (typeof found === 'string') await joinValues(listItems(found));
      const context = { ...(eventKey ? { eventKey } : {}), ...(triggerId ? { triggerId } : {}) };
      const entry = await drafts.finish(() =>
        saveEntry(db, FlowEntry, newFlowEntry(flow.id, answers.value, now(), context), { finishesDraft: draftId }),
      );
      setDone(answers.value);
      void notify('data/changed', { area: 'entries' });
      // The 30-day program's task, if this exercise is it, is ticked now rather than when the program's page is next opened.
      void import('@/lib/program/tick').then(({ tickProgramFor }) => tickProgramFor({ flowId: flow.id, createdAt: entry.createdAt })).catch(() => undefined);
      // A reflection after an event answers that event's check-in (the experiment
      // log's outcome) with its first rating, given before the exercise could sway it.
      const checkedIn = answers.value.capabilityBefore;
      if (flow.measure === 'capability' && eventKey && typeof checkedIn === 'number') {
        void notify('checkin/answer', { eventKey, capability: checkedIn, via: 'reflection' });
      }
      if (triggerId) {
        // What the exercise asked before and after, kept with the prompt's decision.
        const { readinessBefore, readinessAfter } = answers.value;
        void notify('prompt/completed', {
          triggerId,
          entryId: entry.id,
          ...(typeof readinessBefore === 'number' ? { readinessBefore } : {}),
          ...(typeof readinessAfter === 'number' ? { readinessAfter } : {}),
        });
      }
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  // Nothing to answer until the saved draft is back: a keystroke before then
  // would be overwritten by the draft.
  if (!loaded) return <main class={frame} aria-busy="true" />;

  if (!begun && flow.intro) {
    const Icon = flowIcon(flow.id);
    return (
      <main class={`${frame} flow-intro`}>
        <span class="flow-intro-icon" aria-hidden="true">
          <Icon size={28} />
        </span>
        <p class="flow-title">{t.about(flow.minutes)}</p>
        <h1 tabIndex={-1} ref={headingRef}>
          {flow.title}
        </h1>
        {eventTitle && <p class="muted">{t.forEvent(eventTitle)}</p>}
        <p class="flow-intro-what">{flow.intro.what}</p>
        <div class="flow-intro-leave">
          <p class="flow-intro-leave-label">{t.leaveWith}</p>
          <p>{flow.intro.leaveWith}</p>
        </div>
        <button type="button" class="button flow-begin" onClick={() => setBegun(true)}>
          {t.begin}
        </button>
      </main>
    );
  }

  if (done) {
    const { said, change, saved: savedLine } = finishSummary(flow, done, { crisis });
    return (
      <main class={`${frame} flow-done`}>
        <span class="flow-done-mark" aria-hidden="true">
          <Check size={28} strokeWidth={2.5} />
        </span>
        <h1 tabIndex={-1} ref={headingRef}>
          {t.doneTitle}
        </h1>
        {said && <p class="flow-done-said">{said}</p>}
        {change && (
          <div class="flow-change">
            <p class="flow-change-label" aria-hidden="true">
              {change.label}
            </p>
            <p class="flow-change-values" aria-hidden="true">
              <span>
                <span class="flow-change-number">{change.before}</span> {t.before}
              </span>
              <span class="flow-change-arrow">→</span>
              <span>
                <span class="flow-change-number">{change.after}</span> {t.now}
              </span>
            </p>
            <p class="visually-hidden">{change.sentence}</p>
          </div>
        )}
        <p class="muted">{savedLine}</p>
        {kept.note}
        <NextStepButton
          step={nextStepAfter(flow, done, {
            crisis,
            ...(eventKey && eventTitle && eventStart !== undefined ? { event: { key: eventKey, title: eventTitle, startsIn: eventStart - now(), ...(eventKind ? { kind: eventKind } : {}) } } : {}),
          })}
        />
      </main>
    );
  }

  return (
    <main class={frame}>
      <header class="flow-header">
        <p class="flow-title">{flow.title}</p>
        {eventTitle && <p class="muted">{t.forEvent(eventTitle)}</p>}
        <p class="muted flow-step-count" aria-hidden="true">
          {t.step(index + 1, steps.length)}
        </p>
        <div
          class="flow-progress"
          role="progressbar"
          aria-label={t.progress}
          aria-valuemin={1}
          aria-valuemax={steps.length}
          aria-valuenow={index + 1}
          aria-valuetext={t.step(index + 1, steps.length)}
        >
          <span class="flow-progress-fill" style={{ width: `${((index + 1) / steps.length) * 100}%` }} />
        </div>
      </header>
      <form class={crisis ? 'flow-step flow-step-crisis' : 'flow-step'} onSubmit={(e) => void advance(e)}>
        <h1 tabIndex={-1} ref={headingRef}>
          {step.title}
        </h1>
        {step.blocks.map((block, i) => (
          <Block
            key={`${step.id}-${i}`}
            block={block}
            fields={fields}
            set={set}
            wins={wins}
            values={values}
            rerank={rerank}
            compact={inPopup}
            eventKey={eventKey}
            db={db}
          />
        ))}
        {safetyNote}
        {error && (
          <Notice tone="error">
            {error}
          </Notice>
        )}
        <div class="flow-nav">
          {index > 0 && (
            <button type="button" class="button button-quiet" onClick={() => go(index - 1)}>
              {t.back}
            </button>
          )}
          <button type="submit" class="button">
            {last ? t.finish : t.next}
          </button>
        </div>
      </form>
    </main>
  );
}

/** The finish screen's one way on. */
function NextStepButton({ step }: { step: NextStep }) {
  function follow() {
    // The popup's own page, its field ready: this window becomes it, so the
    // win is one keystroke away wherever the exercise ran.
    if (step.kind === 'log-win') location.assign('/popup.html');
    else if (step.kind === 'flow') location.assign(flowPath({ flowId: step.flowId, eventKey: step.eventKey }));
    else window.close();
  }
  return (
    <button type="button" class="button flow-next-step" onClick={follow}>
      {step.label}
    </button>
  );
}
