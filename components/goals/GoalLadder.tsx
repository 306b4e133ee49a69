// One goal ladder: the protocol's days as stages on one page, each shown once
// the one before is complete (or already begun), the rest as "comes next".
// Once the week is closed, it folds into one line above the step being
// climbed, and so does each step climbed after it.
import { Plus, X } from 'lucide-preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { climbedStepFolds, foldsOf, weekFold } from '@/lib/goals/fold';
import {
  actionsDone,
  actionsOf,
  climbingStep,
  MICRO_ACTIONS,
  newStep,
  plannedStage,
  readyToCheck,
  smartHints,
  stageOf,
  STAGES,
  stepNudge,
  stepRemovable,
  stepsComplete,
  stepSplit,
  valueChoices,
  withActions,
  STEPS_MAX,
  REFLECTION_MAX,
  TEXT_MAX,
  type Goal,
  type GoalStep,
  type MicroAction,
  type Stage,
} from '@/lib/goals/model';
import { DeleteWithConfirm } from '../common/DeleteWithConfirm';
import { TextArea, TextInput } from '../common/TextField';
import { useCrisisCheck } from '../common/useCrisisCheck';
import { MinutesInput, GoalRating } from './fields';
import { Fold } from './Fold';
import { goalText as t } from './strings';

const reached = (stage: Stage, at: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(at);

interface LadderProps {
  goal: Goal;
  day: number;
  /** The user's values, in their order: what the goal can be said to serve. */
  values: readonly string[];
  onChange: (goal: Goal) => void;
  onToggle: (actionId: string, done: boolean) => void;
  onFinish: () => void;
  onRemove: () => void;
}

export function GoalLadder({ goal, day, values, onChange, onToggle, onFinish, onRemove }: LadderProps) {
  const stage = stageOf(goal);
  const planned = plannedStage(day);
  const climbing = climbingStep(goal);
  const hints = useMemo(() => smartHints(goal), [goal.title, goal.difficulty, goal.deadline]);
  const id = (field: string) => `goal-${field}-${goal.id}`;
  const titleCheck = useCrisisCheck(goal.title);
  const folds = useFolds(goal);
  const week = weekFold(goal);

  return (
    <div class="card goal-ladder">
      {stage !== 'done' ? (
        <p class="goal-today">
          <strong>{t.dayOf(day)}.</strong> {t.today(t.stageNow[planned])}{' '}
          {STAGES.indexOf(stage) > STAGES.indexOf(planned) && <span class="muted">{t.aheadOfPlan}</span>}
        </p>
      ) : (
        climbing !== undefined && (
          <p class="goal-today">
            <strong>{t.climbing(climbing + 1)}.</strong> {t.today(stepSplit(goal, climbing) ? t.stageNow.act : t.splitNext)}
          </p>
        )
      )}
      <ol class="goal-stages">
        {week ? (
          <Fold id={id('week')} fold={week} open={folds.isOpen(week.key)} onOpenChange={(open) => folds.setOpen(week.key, open)}>
            <ol class="goal-stages">{weekStages()}</ol>
          </Fold>
        ) : (
          weekStages()
        )}
        {stage === 'done' && <Climb goal={goal} onChange={onChange} onToggle={onToggle} id={id} folds={folds} />}
      </ol>

      <DeleteWithConfirm words={{ delete: t.remove, confirm: t.confirmRemove, yes: t.yesRemove, keep: t.keep }} onDelete={onRemove} />
    </div>
  );

  /** Days 1 to 7, as stages of the ladder's list. */
  function weekStages() {
    return (
      <>
        <li class="goal-stage">
          <h3>{t.day1}</h3>
          <label for={id('title')}>{t.title}</label>
          <TextArea
            id={id('title')}
            rows={2}
            limit={TEXT_MAX}
            value={goal.title}
            aria-describedby={id('title-help')}
            onInput={(e) => onChange({ ...goal, title: e.currentTarget.value })}
          />
          <p id={id('title-help')} class="muted">
            {t.titleHelp}
          </p>
          {titleCheck.note}
          <div class="goal-row">
            <GoalRating id={id('difficulty')} label={t.difficulty} value={goal.difficulty} onChange={(difficulty) => onChange(withOptional(goal, 'difficulty', difficulty))} />
            <div class="goal-rating">
              <label for={id('deadline')}>{t.deadline}</label>
              <input
                id={id('deadline')}
                type="date"
                value={goal.deadline ?? ''}
                onInput={(e) => onChange(withOptional(goal, 'deadline', e.currentTarget.value || undefined))}
              />
            </div>
            <div class="goal-rating goal-value">
              <label for={id('value')}>{t.value}</label>
              <select id={id('value')} value={goal.value ?? ''} onChange={(e) => onChange(withOptional(goal, 'value', e.currentTarget.value || undefined))}>
                <option value="">{t.noValue}</option>
                {valueChoices(values, goal.value).map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <GoalRating
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
            <ActList goal={goal} index={0} onChange={onChange} onToggle={onToggle} id={id} />
          </li>
        ) : (
          <Upcoming title={t.days4to6} />
        )}

        {reached(stage, 'reflect') || (reached(stage, 'act') && day >= 7) ? (
          <ReflectStage goal={goal} onChange={onChange} onFinish={onFinish} id={id} />
        ) : (
          <Upcoming title={t.day7} />
        )}
      </>
    );
  }
}

interface Folds {
  isOpen: (key: string) => boolean;
  setOpen: (key: string, open: boolean) => void;
}

/**
 * Which folds are open. One already finished when the ladder was opened
 * starts folded; one finished while it is open stays open, since the user is
 * in the middle of it (the third tick still asks how the step feels), and so
 * does one opened again by an untick and finished anew.
 */
function useFolds(goal: Goal): Folds {
  const now = foldsOf(goal).map((f) => f.key);
  const foldedAtStart = useRef<Set<string>>(new Set(now));
  const [chosen, setChosen] = useState<Readonly<Record<string, boolean>>>({});
  const present = now.join(' ');
  useEffect(() => {
    for (const key of foldedAtStart.current) if (!now.includes(key)) foldedAtStart.current.delete(key);
  }, [present]);
  return {
    isOpen: (key) => chosen[key] ?? !foldedAtStart.current.has(key),
    setOpen: (key, open) => setChosen((c) => ({ ...c, [key]: open })),
  };
}

type StageProps = { goal: Goal; onChange: (goal: Goal) => void; id: (field: string) => string };

function StepsStage({ goal, onChange, id }: StageProps) {
  const steps = goal.steps;
  const addButton = useRef<HTMLButtonElement>(null);
  const { note } = useCrisisCheck(steps.map((s) => s.text));

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
                <TextInput id={id(`step-${i}`)} limit={TEXT_MAX} value={step.text} onInput={(e) => setStep(i, { text: e.currentTarget.value })} />
              </div>
              <GoalRating id={id(`step-${i}-difficulty`)} label={t.stepDifficulty(i + 1)} value={step.difficulty} onChange={(difficulty) => setStep(i, { difficulty })} />
              {stepRemovable(goal, i) && (
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
                  <X size={18} aria-hidden="true" />
                </button>
              )}
              {nudge && <p class="muted goal-nudge">{nudge}</p>}
            </li>
          );
        })}
      </ol>
      {note}
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
        <Plus size={18} aria-hidden="true" />
        {t.addStep}
      </button>
    </li>
  );
}

function MicroStage({ goal, onChange, id }: StageProps) {
  return (
    <li class="goal-stage">
      <h3>{t.day3}</h3>
      <p class="muted">{t.firstStep(goal.steps[0]?.text.trim() ?? '')}</p>
      <SplitRows goal={goal} index={0} onChange={onChange} id={id} />
      <p class="muted">{t.tooHard}</p>
    </li>
  );
}

type StepProps = StageProps & { index: number };
/** Field ids: step 1's keep the ids they always had. */
const microId = (index: number, i: number) => (index === 0 ? `micro-${i}` : `micro-${index}-${i}`);

/** A step split into its three micro-actions: words and minutes, fixed once each is done. */
function SplitRows({ goal, index, onChange, id }: StepProps) {
  const actions = actionsOf(goal, index);
  const { note } = useCrisisCheck(actions.map((a) => a.text));
  const setAction = (i: number, patch: Partial<MicroAction>) =>
    onChange(withActions(goal, index, actions.map((a, j) => (j === i ? dropUndefined({ ...a, ...patch }) : a))));
  return (
    <>
      <ol class="goal-steps">
        {actions.map((action, i) => {
          const done = action.doneAt !== undefined;
          return (
            <li key={action.id} class="goal-step">
              <div class="goal-step-text">
                <label for={id(microId(index, i))}>{t.micro(i + 1, index + 1)}</label>
                <TextInput
                  id={id(microId(index, i))}
                  limit={TEXT_MAX}
                  value={action.text}
                  readOnly={done}
                  onInput={(e) => setAction(i, { text: e.currentTarget.value })}
                />
              </div>
              <MinutesInput
                id={id(`${microId(index, i)}-minutes`)}
                label={t.minutes(i + 1, index + 1)}
                value={action.minutes}
                readOnly={done}
                onChange={(minutes) => setAction(i, { minutes })}
              />
            </li>
          );
        })}
      </ol>
      {note}
    </>
  );
}

type ActProps = StepProps & { onToggle: (actionId: string, done: boolean) => void };

/**
 * A step's micro-actions to do, one a day: each asks what was actually done,
 * before or right after its tick (the win says those words); after the
 * second, a confidence rating; after the third, how hard the step feels now.
 */
function ActList({ goal, index, onChange, onToggle, id }: ActProps) {
  const actions = actionsOf(goal, index);
  const step = goal.steps[index];
  const done = actionsDone(goal, index);
  const setAction = (i: number, patch: Partial<MicroAction>) =>
    onChange(withActions(goal, index, actions.map((a, j) => (j === i ? dropUndefined({ ...a, ...patch }) : a))));
  const setStep = (patch: Partial<GoalStep>) => onChange({ ...goal, steps: goal.steps.map((s, i) => (i === index ? dropUndefined({ ...s, ...patch }) : s)) });
  const n = index + 1;
  const { note } = useCrisisCheck(actions.map((a) => a.note ?? ''));
  return (
    <>
      <p class="muted">{t.actHelp}</p>
      <ul class="goal-actions">
        {actions.map((action, i) => {
          const checked = action.doneAt !== undefined;
          const noteId = id(`${microId(index, i)}-note`);
          return (
            <li key={action.id}>
              <label class="goal-check">
                <input
                  type="checkbox"
                  checked={checked}
                  // One whose words or minutes were cleared cannot become a win until they are back.
                  disabled={!checked && !readyToCheck(action)}
                  onChange={(e) => onToggle(action.id, e.currentTarget.checked)}
                />
                <span>
                  {action.text.trim() ? (
                    <>
                      {action.text.trim()}{' '}
                      <span class="muted">({action.minutes !== undefined ? t.microMinutes(i + 1, action.minutes) : t.micro(i + 1).toLocaleLowerCase()})</span>
                    </>
                  ) : (
                    t.micro(i + 1, n)
                  )}
                </span>
              </label>
              {(checked || readyToCheck(action)) && (
                <div class="goal-note">
                  <label for={noteId}>
                    {t.didWhat} <span class="visually-hidden">{t.noteOf(i + 1, n)}</span>
                  </label>
                  <TextInput id={noteId} limit={TEXT_MAX} value={action.note ?? ''} onInput={(e) => setAction(i, { note: e.currentTarget.value || undefined })} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {note}
      <p class="muted">{t.doneCount(done)}</p>
      {step && (done >= 2 || step.confidence !== undefined) && (
        <>
          <GoalRating id={id(`step-${index}-confidence`)} label={t.confidenceNow(n)} value={step.confidence} onChange={(confidence) => setStep({ confidence })} />
          {goal.confidenceBefore !== undefined && step.confidence !== undefined && <p class="muted">{t.confidenceSince(goal.confidenceBefore)}</p>}
        </>
      )}
      {step && (done >= MICRO_ACTIONS || step.feelsNow !== undefined) && (
        <>
          <GoalRating id={id(`step-${index}-feels`)} label={t.feelsNow(n)} value={step.feelsNow} onChange={(feelsNow) => setStep({ feelsNow })} />
          {step.difficulty !== undefined && step.feelsNow !== undefined && <p>{t.feelsSince(step.difficulty, step.feelsNow)}</p>}
        </>
      )}
    </>
  );
}

/** After the week: the ladder goes on, one step at a time, each split and climbed like the first, and folded once climbed. */
function Climb({ goal, onChange, onToggle, id, folds }: Omit<ActProps, 'index'> & { folds: Folds }) {
  const current = climbingStep(goal);
  return (
    <>
      {climbedStepFolds(goal).map((fold) => (
        <Fold key={fold.key} id={id(`fold-${fold.step - 1}`)} fold={fold} open={folds.isOpen(fold.key)} onOpenChange={(open) => folds.setOpen(fold.key, open)}>
          <SplitRows goal={goal} index={fold.step - 1} onChange={onChange} id={id} />
          <ActList goal={goal} index={fold.step - 1} onChange={onChange} onToggle={onToggle} id={id} />
        </Fold>
      ))}
      {current === undefined ? (
        <li class="goal-stage">
          <p>{t.topReached}</p>
        </li>
      ) : (
        <li class="goal-stage">
          <h3>{t.climbHeading(current + 1)}</h3>
          <p class="muted">{t.climbHelp(goal.steps[current]?.text.trim() ?? '')}</p>
          <SplitRows goal={goal} index={current} onChange={onChange} id={id} />
          {stepSplit(goal, current) ? <ActList goal={goal} index={current} onChange={onChange} onToggle={onToggle} id={id} /> : <p class="muted">{t.tooHard}</p>}
        </li>
      )}
    </>
  );
}

function ReflectStage({ goal, onChange, onFinish, id }: StageProps & { onFinish: () => void }) {
  const reflection = goal.reflection ?? { text: '' };
  const setReflection = (patch: Partial<NonNullable<Goal['reflection']>>) => onChange({ ...goal, reflection: dropUndefined({ ...reflection, ...patch }) });
  const after = reflection.confidenceAfter;
  const { note } = useCrisisCheck(reflection.text);
  return (
    <li class="goal-stage">
      <h3>{t.day7}</h3>
      {goal.value !== undefined && (
        <p class="goal-serves-reflect">
          {t.servesBefore} <strong>{goal.value}</strong>. {t.servesAfter}
        </p>
      )}
      <label for={id('reflection')}>{t.reflection}</label>
      <TextArea
        id={id('reflection')}
        rows={4}
        limit={REFLECTION_MAX}
        value={reflection.text}
        aria-describedby={id('reflection-help')}
        onInput={(e) => setReflection({ text: e.currentTarget.value })}
      />
      <p id={id('reflection-help')} class="muted">
        {t.reflectionHelp}
      </p>
      {note}
      <GoalRating id={id('confidence-after')} label={t.confidenceAfter} value={after} onChange={(confidenceAfter) => setReflection({ confidenceAfter })} />
      {goal.confidenceBefore !== undefined && after !== undefined && <p>{t.confidenceChange(goal.confidenceBefore, after)}</p>}
      {goal.finishedAt === undefined ? (
        <button type="button" class="button" disabled={!reflection.text.trim()} onClick={onFinish}>
          {t.finish}
        </button>
      ) : (
        <p>{goal.steps.length > 1 ? t.finished : t.finishedAll}</p>
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

/** Optional fields are left out rather than stored as undefined. */
function withOptional<K extends 'difficulty' | 'deadline' | 'value' | 'confidenceBefore'>(goal: Goal, key: K, value: Goal[K]): Goal {
  const copy = { ...goal };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
