// The goal ladders: the seven-day micro-success protocol, one goal at a time.
// Every keystroke is saved as it is typed (a goal is its own draft); a
// check-off saves the goal and logs its win in one write.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  actionsDone,
  dayOf,
  Goal,
  MICRO_ACTIONS,
  MICRO_MINUTES_UNDER,
  keepCheckOffs,
  newGoal,
  newStep,
  plannedStage,
  readyToCheck,
  smartHints,
  stageOf,
  STAGES,
  stepNudge,
  stepsComplete,
  STEPS_MAX,
  withStageRows,
  TEXT_MAX,
  type Stage,
} from '@/lib/goals/model';
import { deleteGoal, readGoals, saveCheckOff, saveGoal, saveUncheck } from '@/lib/goals/store';
import { notify } from '@/lib/messages';
import type { Db } from '@/lib/store/db';
import { createSerialWriter, type SerialWriter } from '@/lib/store/serial-writer';
import { DeleteWithConfirm } from '../common/DeleteWithConfirm';
import { Outcome } from '../common/Outcome';
import { describeStoreError } from '../common/storeErrorText';
import { goalText as t } from './strings';

const reached = (stage: Stage, at: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(at);

interface Props {
  db: Db;
  /** Whether the view is on screen: each time it comes back, the goals are read again (another tab may have changed them). */
  visible: boolean;
  now?: () => number;
  onWinsChanged?: () => void;
}

export function GoalLadders({ db, visible, now = Date.now, onWinsChanged }: Props) {
  const [goals, setGoals] = useState<Goal[] | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const startButton = useRef<HTMLButtonElement>(null);
  // The newest version of each goal, ahead of rendering: what every write
  // saves, and what a check-off builds on. An edit made on an older render
  // keeps the check-offs saved since (keepCheckOffs).
  const latest = useRef(new Map<string, Goal>());
  // One writer per goal; each write saves that goal's newest version.
  const writers = useRef(new Map<string, SerialWriter<true>>());

  useEffect(() => {
    if (!visible) return;
    void (async () => {
      try {
        // Writes still on their way land first, so the read sees them.
        await Promise.all([...writers.current.values()].map((w) => w.settled()));
        // A goal saved before its next stage's rows existed gets them here; they are saved with its next edit.
        const read = (await readGoals(db)).map((goal) => withStageRows(goal, now()));
        latest.current = new Map(read.map((goal) => [goal.id, goal]));
        setGoals(read);
        setOpenId((open) => (open && read.some((g) => g.id === open) ? open : (read.find((g) => stageOf(g) !== 'done')?.id ?? null)));
      } catch (err) {
        setGoals((current) => current ?? []);
        setError(describeStoreError(err));
      }
    })();
  }, [db, visible]);

  function writerFor(id: string): SerialWriter<true> {
    let writer = writers.current.get(id);
    if (!writer) {
      writer = createSerialWriter<true>(
        async () => {
          const goal = latest.current.get(id);
          if (goal) await saveGoal(db, goal);
        },
        (err) => setError(describeStoreError(err)),
      );
      writers.current.set(id, writer);
    }
    return writer;
  }

  function show(goal: Goal) {
    latest.current.set(goal.id, goal);
    setGoals((current) => (current?.some((g) => g.id === goal.id) ? current.map((g) => (g.id === goal.id ? goal : g)) : [goal, ...(current ?? [])]));
  }

  /** Cleared first, and said a moment later, so a screen reader announces the same words twice in a row. */
  const announcing = useRef<ReturnType<typeof setTimeout>>();
  function announce(words: string) {
    setStatus('');
    clearTimeout(announcing.current);
    announcing.current = setTimeout(() => setStatus(words), 150);
  }

  function change(edited: Goal) {
    const stored = latest.current.get(edited.id);
    const goal = withStageRows(stored ? keepCheckOffs(edited, stored) : edited, now());
    show({ ...goal, updatedAt: now() });
    setError(null);
    writerFor(goal.id).write(true);
  }

  function start() {
    // Saved with its first words: a goal left empty leaves nothing behind.
    const goal = newGoal(now());
    show(goal);
    setOpenId(goal.id);
    requestAnimationFrame(() => document.getElementById(`goal-title-${goal.id}`)?.focus());
  }

  async function toggle(id: string, actionId: string, done: boolean) {
    try {
      const { saved, words } = await writerFor(id).run(async () => {
        const goal = latest.current.get(id)!;
        const checked = goal.microActions.find((a) => a.id === actionId)?.doneAt !== undefined;
        if (checked === done) return { saved: goal, words: '' };
        const [next, said] = done
          ? [(await saveCheckOff(db, goal, actionId, now())).goal, t.logged]
          : await saveUncheck(db, goal, actionId, now()).then((r) => [r.goal, r.winKept ? t.uncheckedKeptWin : t.unlogged] as const);
        // Words typed while it was saving stay; the check-offs are the saved ones.
        const merged = keepCheckOffs(latest.current.get(id) ?? next, next);
        latest.current.set(id, merged);
        return { saved: merged, words: said };
      });
      show(saved);
      if (words) announce(words);
      onWinsChanged?.();
      void notify('data/changed', { area: 'entries' });
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  async function remove(goal: Goal) {
    try {
      await writerFor(goal.id).run(() => deleteGoal(db, goal.id));
      latest.current.delete(goal.id);
      setGoals((current) => current?.filter((g) => g.id !== goal.id) ?? null);
      setOpenId(null);
      announce(t.removed);
      startButton.current?.focus();
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  if (goals === null) return null;
  return (
    <section aria-labelledby="goals-heading">
      <h2 id="goals-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <button type="button" class="button" ref={startButton} onClick={start}>
        {t.start}
      </button>
      <Outcome status={status} error={error && `${t.saveProblem} ${error}`} />
      {goals.length === 0 ? (
        <p class="card">{t.none}</p>
      ) : (
        <ul class="goal-list">
          {goals.map((goal) => {
            const title = goal.title.trim() || t.untitled;
            const stage = stageOf(goal);
            return (
              <li key={goal.id} class="goal-item">
                <button
                  type="button"
                  class="history-open"
                  aria-expanded={openId === goal.id}
                  onClick={() => setOpenId(openId === goal.id ? null : goal.id)}
                >
                  <span class="history-kind">{stage === 'done' ? t.stageNow.done : t.dayOf(dayOf(goal, now()))}</span>
                  <span class="history-words">{title}</span>
                  <span class="muted">{t.stageNow[stage]}</span>
                </button>
                {openId === goal.id && (
                  <GoalLadder
                    goal={goal}
                    day={dayOf(goal, now())}
                    onChange={change}
                    onToggle={(actionId, done) => void toggle(goal.id, actionId, done)}
                    onFinish={() => change({ ...goal, finishedAt: now() })}
                    onRemove={() => void remove(goal)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface LadderProps {
  goal: Goal;
  day: number;
  onChange: (goal: Goal) => void;
  onToggle: (actionId: string, done: boolean) => void;
  onFinish: () => void;
  onRemove: () => void;
}

function GoalLadder({ goal, day, onChange, onToggle, onFinish, onRemove }: LadderProps) {
  const stage = stageOf(goal);
  const planned = plannedStage(day);
  const hints = useMemo(() => smartHints(goal), [goal.title, goal.difficulty, goal.deadline]);
  const id = (field: string) => `goal-${field}-${goal.id}`;

  return (
    <div class="card goal-ladder">
      {stage !== 'done' && (
        <p class="goal-today">
          <strong>{t.dayOf(day)}.</strong> {t.today(t.stageNow[planned])}{' '}
          {STAGES.indexOf(stage) > STAGES.indexOf(planned) && <span class="muted">{t.aheadOfPlan}</span>}
        </p>
      )}
      <ol class="goal-stages">
        <li class="goal-stage">
          <h3>{t.day1}</h3>
          <label for={id('title')}>{t.title}</label>
          <textarea
            id={id('title')}
            rows={2}
            maxLength={TEXT_MAX}
            value={goal.title}
            aria-describedby={id('title-help')}
            onInput={(e) => onChange({ ...goal, title: e.currentTarget.value })}
          />
          <p id={id('title-help')} class="muted">
            {t.titleHelp}
          </p>
          <div class="goal-row">
            <RatingSelect id={id('difficulty')} label={t.difficulty} value={goal.difficulty} onChange={(difficulty) => onChange(withOptional(goal, 'difficulty', difficulty))} />
            <div class="goal-rating">
              <label for={id('deadline')}>{t.deadline}</label>
              <input
                id={id('deadline')}
                type="date"
                value={goal.deadline ?? ''}
                onInput={(e) => onChange(withOptional(goal, 'deadline', e.currentTarget.value || undefined))}
              />
            </div>
          </div>
          <RatingSelect
            id={id('confidence-before')}
            label={t.confidenceBefore}
            value={goal.confidenceBefore}
            onChange={(confidenceBefore) => onChange(withOptional(goal, 'confidenceBefore', confidenceBefore))}
          />
          <h4 id={id('hints')}>{t.hintsHeading}</h4>
          <ul class="goal-hints" aria-labelledby={id('hints')}>
            {hints.map((hint) => (
              <li key={hint.id} class={hint.met ? 'goal-hint-met' : 'goal-hint-unmet'}>
                <span aria-hidden="true">{hint.met ? '✓' : '○'}</span> {t.hintText(hint)}
              </li>
            ))}
          </ul>
        </li>

        {/* A stage once begun stays on the page, even while an earlier answer is being rewritten. */}
        {reached(stage, 'steps') || goal.steps.length > 0 ? <StepsStage goal={goal} onChange={onChange} id={id} /> : <Upcoming title={t.day2} />}
        {reached(stage, 'micro') || goal.microActions.length > 0 ? <MicroStage goal={goal} onChange={onChange} id={id} /> : <Upcoming title={t.day3} />}

        {reached(stage, 'act') || actionsDone(goal) > 0 ? (
          <li class="goal-stage">
            <h3>{t.days4to6}</h3>
            <p class="muted">{t.actHelp}</p>
            <ul class="goal-actions">
              {goal.microActions.map((action, i) => (
                <li key={action.id}>
                  <label class="goal-check">
                    <input
                      type="checkbox"
                      checked={action.doneAt !== undefined}
                      // One whose words or minutes were cleared cannot become a win until they are back.
                      disabled={action.doneAt === undefined && !readyToCheck(action)}
                      onChange={(e) => onToggle(action.id, e.currentTarget.checked)}
                    />
                    <span>
                      {action.text.trim() ? (
                        <>
                          {action.text.trim()}{' '}
                          <span class="muted">({action.minutes !== undefined ? t.microMinutes(i + 1, action.minutes) : t.micro(i + 1).toLocaleLowerCase()})</span>
                        </>
                      ) : (
                        t.micro(i + 1)
                      )}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <p class="muted">
              {t.doneCount(actionsDone(goal))} {actionsDone(goal) === MICRO_ACTIONS && t.lessIntimidating}
            </p>
          </li>
        ) : (
          <Upcoming title={t.days4to6} />
        )}

        {reached(stage, 'reflect') || (reached(stage, 'act') && day >= 7) ? (
          <ReflectStage goal={goal} onChange={onChange} onFinish={onFinish} id={id} />
        ) : (
          <Upcoming title={t.day7} />
        )}
      </ol>

      <DeleteWithConfirm words={{ delete: t.remove, confirm: t.confirmRemove, yes: t.yesRemove, keep: t.keep }} onDelete={onRemove} />
    </div>
  );
}

type StageProps = { goal: Goal; onChange: (goal: Goal) => void; id: (field: string) => string };

function StepsStage({ goal, onChange, id }: StageProps) {
  const steps = goal.steps;
  const addButton = useRef<HTMLButtonElement>(null);

  const setStep = (index: number, patch: Partial<Goal['steps'][number]>) =>
    onChange({ ...goal, steps: goal.steps.map((s, i) => (i === index ? dropUndefined({ ...s, ...patch }) : s)) });

  return (
    <li class="goal-stage">
      <h3>{t.day2}</h3>
      <p class="muted">{t.stepsHelp}</p>
      <ol class="goal-steps">
        {steps.map((step, i) => {
          const nudge = step.text.trim() || step.difficulty !== undefined ? t.nudge[stepNudge(step.difficulty)] : '';
          return (
            <li key={step.id} class="goal-step">
              <div class="goal-step-text">
                <label for={id(`step-${i}`)}>{t.step(i + 1)}</label>
                <input id={id(`step-${i}`)} type="text" maxLength={TEXT_MAX} value={step.text} onInput={(e) => setStep(i, { text: e.currentTarget.value })} />
              </div>
              <RatingSelect id={id(`step-${i}-difficulty`)} label={t.stepDifficulty(i + 1)} value={step.difficulty} onChange={(difficulty) => setStep(i, { difficulty })} />
              <button
                type="button"
                class="button button-quiet goal-remove"
                aria-label={t.removeStep(i + 1)}
                onClick={() => {
                  onChange({ ...goal, steps: goal.steps.filter((_, j) => j !== i) });
                  // Focus moves to the row that took this one's place (or the one before), else to "Add a step".
                  const next = Math.min(i, goal.steps.length - 2);
                  requestAnimationFrame(() => (document.getElementById(id(`step-${next}`)) ?? addButton.current)?.focus());
                }}
              >
                ×
              </button>
              {nudge && <p class="muted goal-nudge">{nudge}</p>}
            </li>
          );
        })}
      </ol>
      <p class="muted">{t.stepsCount(steps.filter((s) => s.text.trim()).length, stepsComplete(goal))}</p>
      <button
        type="button"
        class="button button-quiet"
        ref={addButton}
        disabled={steps.length >= STEPS_MAX}
        onClick={() => {
          onChange({ ...goal, steps: [...goal.steps, newStep(Date.now())] });
          requestAnimationFrame(() => document.getElementById(id(`step-${goal.steps.length}`))?.focus());
        }}
      >
        {t.addStep}
      </button>
    </li>
  );
}

function MicroStage({ goal, onChange, id }: StageProps) {

  const setAction = (index: number, patch: Partial<Goal['microActions'][number]>) =>
    onChange({ ...goal, microActions: goal.microActions.map((a, i) => (i === index ? dropUndefined({ ...a, ...patch }) : a)) });

  return (
    <li class="goal-stage">
      <h3>{t.day3}</h3>
      <p class="muted">{t.firstStep(goal.steps[0]?.text.trim() ?? '')}</p>
      <ol class="goal-steps">
        {goal.microActions.map((action, i) => {
          const done = action.doneAt !== undefined;
          return (
            <li key={action.id} class="goal-step">
              <div class="goal-step-text">
                <label for={id(`micro-${i}`)}>{t.micro(i + 1)}</label>
                <input
                  id={id(`micro-${i}`)}
                  type="text"
                  maxLength={TEXT_MAX}
                  value={action.text}
                  readOnly={done}
                  onInput={(e) => setAction(i, { text: e.currentTarget.value })}
                />
              </div>
              <MinutesInput id={id(`micro-${i}-minutes`)} label={t.minutes(i + 1)} value={action.minutes} readOnly={done} onChange={(minutes) => setAction(i, { minutes })} />
            </li>
          );
        })}
      </ol>
      <p class="muted">{t.tooHard}</p>
    </li>
  );
}

function ReflectStage({ goal, onChange, onFinish, id }: StageProps & { onFinish: () => void }) {
  const reflection = goal.reflection ?? { text: '' };
  const setReflection = (patch: Partial<NonNullable<Goal['reflection']>>) => onChange({ ...goal, reflection: dropUndefined({ ...reflection, ...patch }) });
  const after = reflection.confidenceAfter;
  return (
    <li class="goal-stage">
      <h3>{t.day7}</h3>
      <label for={id('reflection')}>{t.reflection}</label>
      <textarea
        id={id('reflection')}
        rows={4}
        maxLength={5000}
        value={reflection.text}
        aria-describedby={id('reflection-help')}
        onInput={(e) => setReflection({ text: e.currentTarget.value })}
      />
      <p id={id('reflection-help')} class="muted">
        {t.reflectionHelp}
      </p>
      <RatingSelect id={id('confidence-after')} label={t.confidenceAfter} value={after} onChange={(confidenceAfter) => setReflection({ confidenceAfter })} />
      {goal.confidenceBefore !== undefined && after !== undefined && <p>{t.confidenceChange(goal.confidenceBefore, after)}</p>}
      {goal.finishedAt === undefined ? (
        <button type="button" class="button" disabled={!reflection.text.trim()} onClick={onFinish}>
          {t.finish}
        </button>
      ) : (
        <p>{t.finished}</p>
      )}
    </li>
  );
}

function Upcoming({ title }: { title: string }) {
  return (
    <li class="goal-stage goal-stage-upcoming">
      <h3>{title}</h3>
      <p class="muted">{t.comesNext}</p>
    </li>
  );
}

function RatingSelect({ id, label, value, onChange }: { id: string; label: string; value: number | undefined; onChange: (value: number | undefined) => void }) {
  return (
    <div class="goal-rating">
      <label for={id}>{label}</label>
      <select id={id} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}>
        <option value="">{t.notRated}</option>
        {[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
          <option key={n} value={String(n)}>
            {n}
          </option>
        ))}
      </select>
    </div>
  );
}

function MinutesInput({ id, label, value, readOnly, onChange }: { id: string; label: string; value: number | undefined; readOnly: boolean; onChange: (value: number | undefined) => void }) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const n = Number(text);
  const valid = text === '' || (Number.isInteger(n) && n >= 1 && n < MICRO_MINUTES_UNDER);
  return (
    <div class="goal-minutes">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MICRO_MINUTES_UNDER - 1}
        value={text}
        readOnly={readOnly}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-problem`}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          const minutes = Number(typed);
          // Only whole minutes under ten are kept; the field shows what is wrong with the rest.
          onChange(typed !== '' && Number.isInteger(minutes) && minutes >= 1 && minutes < MICRO_MINUTES_UNDER ? minutes : undefined);
        }}
      />
      {!valid && (
        <p id={`${id}-problem`} class="field-problem">
          {t.minutesProblem}
        </p>
      )}
    </div>
  );
}

/** Optional fields are left out rather than stored as undefined. */
function withOptional<K extends 'difficulty' | 'deadline' | 'confidenceBefore'>(goal: Goal, key: K, value: Goal[K]): Goal {
  const copy = { ...goal };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
