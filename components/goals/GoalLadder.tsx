// One goal ladder: the protocol's days as stages on one page, each shown once
// the one before is complete (or already begun), the rest as "comes next".
import { useMemo, useRef } from 'preact/hooks';
import {
  actionsDone,
  MICRO_ACTIONS,
  newStep,
  plannedStage,
  readyToCheck,
  smartHints,
  stageOf,
  STAGES,
  stepNudge,
  stepsComplete,
  STEPS_MAX,
  REFLECTION_MAX,
  TEXT_MAX,
  type Goal,
  type Stage,
} from '@/lib/goals/model';
import { DeleteWithConfirm } from '../common/DeleteWithConfirm';
import { TextArea, TextInput } from '../common/TextField';
import { useCrisisCheck } from '../common/useCrisisCheck';
import { MinutesInput, GoalRating } from './fields';
import { goalText as t } from './strings';

const reached = (stage: Stage, at: Stage) => STAGES.indexOf(stage) >= STAGES.indexOf(at);

export interface LadderProps {
  goal: Goal;
  day: number;
  onChange: (goal: Goal) => void;
  onToggle: (actionId: string, done: boolean) => void;
  onFinish: () => void;
  onRemove: () => void;
}

export function GoalLadder({ goal, day, onChange, onToggle, onFinish, onRemove }: LadderProps) {
  const stage = stageOf(goal);
  const planned = plannedStage(day);
  const hints = useMemo(() => smartHints(goal), [goal.title, goal.difficulty, goal.deadline]);
  const id = (field: string) => `goal-${field}-${goal.id}`;
  const titleCheck = useCrisisCheck(goal.title);

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
        {t.addStep}
      </button>
    </li>
  );
}

function MicroStage({ goal, onChange, id }: StageProps) {
  const { note } = useCrisisCheck(goal.microActions.map((a) => a.text));
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
                <TextInput
                  id={id(`micro-${i}`)}
                  limit={TEXT_MAX}
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
      {note}
      <p class="muted">{t.tooHard}</p>
    </li>
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
