// The 30-day program on a page of its own (journal.html#program): today's one
// small task with the way into it, the thirty days with the done ones
// marked, and the reminder and pause. An exercise finished elsewhere ticks its
// task itself, and so does a goal ladder saved for one of week 1's ladder
// tasks (lib/program/tick.ts); this page hears it and says so.
import { LogOut } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FlowEntry } from '@/lib/exercises/entry';
import { onDataRead } from '@/lib/browser/changes';
import { readGoals } from '@/lib/goals/store';
import { request } from '@/lib/browser/messaging';
import { ladderWaits, withLadder } from '@/lib/program/ladder';
import { PROGRAM, PROGRAM_DAYS, weekOf, type ProgramTask } from '@/lib/program/plan';
import { currentTask, doneCount, isDone, lastStep, leave, markDone, pause, progressText, resume, setReminder, start, unmark, viewOf, withFinishedFlows, type FinishedFlow } from '@/lib/program/progress';
import { DEFAULT_REMINDER, loadProgram, REMINDER_TIME, saveProgram, type ProgramState } from '@/lib/program/state';
import { defaultDb, type Db } from '@/lib/store/db';
import { walkEntriesOfKind } from '@/lib/store/entries';
import { localDay } from '@/lib/time/days';
import { describeStoreError } from '../common/storeErrorText';
import { DeleteWithConfirm } from '../common/DeleteWithConfirm';
import { Notice } from '../common/Notice';
import { Outcome } from '../common/Outcome';
import { Toggle } from '../common/Toggle';
import { programText as t } from './strings';
import './program.css';

/** Exercises finished since the program last moved on: newest first, so the walk stops early. */
async function finishedSince(db: Db, since: number): Promise<FinishedFlow[]> {
  const found: FinishedFlow[] = [];
  await walkEntriesOfKind(db, 'flow', FlowEntry, (entry) => {
    if (entry.createdAt <= since) return false;
    found.push({ flowId: entry.flowId, createdAt: entry.createdAt });
    return true;
  });
  return found;
}

function TaskWay({ task, onOpen }: { task: ProgramTask; onOpen: () => void }) {
  if (task.kind === 'flow') {
    return (
      <button type="button" class="button" onClick={onOpen}>
        {t.openFlow}
      </button>
    );
  }
  if (task.place === undefined) return null;
  // A new tab: this page is where the user comes back to tick the task.
  const [href, text] = task.place === 'goals' ? ['/journal.html#goals', t.openGoals] : ['/options.html#supporters', t.openSupporters];
  return (
    <a class="button button-secondary" href={href} target="_blank" rel="noopener">
      {text}
    </a>
  );
}

export function ProgramPage({ db = defaultDb(), now = Date.now }: { db?: Db; now?: () => number }) {
  const [state, setState] = useState<ProgramState | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [lastTick, setLastTick] = useState<number | null>(null);
  const stateRef = useRef<ProgramState | undefined>(undefined);
  stateRef.current = state;
  const taskHeading = useRef<HTMLHeadingElement>(null);

  async function save(next: ProgramState, said: string): Promise<boolean> {
    setError(null);
    // Undo belongs to the last tick only: anything saved since takes it away.
    setLastTick(null);
    try {
      setState(await saveProgram(next));
      setStatus(said);
      return true;
    } catch (err) {
      setError(describeStoreError(err));
      return false;
    }
  }

  /** Ticks the current task if its exercise was finished elsewhere since, or the goal ladder shows it done. */
  async function catchUp() {
    const current = stateRef.current;
    if (!current || current.startedAt === undefined || current.pausedAt !== undefined) return;
    // Only a task that names an exercise, or one of week 1's ladder tasks, can be done elsewhere: nothing is read for the others.
    const task = currentTask(current);
    const next =
      task?.kind === 'flow'
        ? withFinishedFlows(current, await finishedSince(db, lastStep(current)))
        : task?.kind === 'action' && task.ladder
          ? withLadder(current, await readGoals(db), now(), localDay)
          : current;
    if (next === current) return;
    const day = next.done.find((d) => !isDone(current, d.day))?.day;
    if (day !== undefined) await save(next, t.marked(day));
  }

  useEffect(() => {
    document.title = t.pageTitle;
    loadProgram().then(
      (loaded) => {
        stateRef.current = loaded;
        setState(loaded);
        void catchUp().catch((err: unknown) => setError(describeStoreError(err)));
      },
      (err: unknown) => setError(describeStoreError(err)),
    );
    // A day ticked elsewhere (an exercise's finish) is said here as if ticked on this page.
    return onDataRead('program', loadProgram, (loaded) => {
      const before = stateRef.current;
      const ticked = before && loaded.done.find((d) => !isDone(before, d.day))?.day;
      stateRef.current = loaded;
      setState(loaded);
      if (ticked !== undefined) setStatus(t.marked(ticked));
    });
  }, [db]);

  if (state === undefined) {
    return (
      <main class="page program">
        <h1>{t.heading}</h1>
        {error ? <Notice tone="error">{error}</Notice> : <p class="muted">{t.loading}</p>}
      </main>
    );
  }

  const view = viewOf(state, now(), localDay);

  async function tick(task: ProgramTask) {
    if (await save(markDone(state!, task.day, now()), t.marked(task.day))) {
      setLastTick(task.day);
      // The task's card now shows the next one: its heading is where reading goes on.
      taskHeading.current?.focus();
    }
  }

  async function untick(day: number) {
    if (await save(unmark(state!, day, now()), t.undone(day))) taskHeading.current?.focus();
  }

  return (
    <main class="page program">
      <h1>{t.heading}</h1>

      {view.kind === 'not-started' && (
        <section class="card program-intro">
          <p>{t.intro}</p>
          <p class="muted">{t.noGuilt}</p>
          <button type="button" class="button" onClick={() => void save(start(state, now()), t.started)}>
            {t.start}
          </button>
        </section>
      )}

      {view.kind === 'finished' && (
        <section class="card program-intro" aria-labelledby="program-finished">
          <h2 id="program-finished">{t.finishedHeading}</h2>
          <p>{t.finished}</p>
          <button type="button" class="button button-secondary" onClick={() => void save(start(state, now()), t.started)}>
            {t.startAgain}
          </button>
        </section>
      )}

      {view.kind === 'paused' && <Notice tone="info">{t.paused(view.task.day)}</Notice>}

      {view.kind === 'active' && (
        <>
          {view.welcomeBack && <p class="program-welcome">{t.welcomeBack}</p>}
          <section class="card program-today" aria-labelledby="program-task-heading">
            <p class="program-day muted">{t.dayOf(view.task.day, weekOf(view.task.day))}</p>
            <h2 id="program-task-heading" tabIndex={-1} ref={taskHeading}>
              {view.doneToday ? t.nextUp : t.today}
            </h2>
            <p class="program-task">{view.task.text}</p>
            {view.doneToday && <p class="muted">{t.doneToday}</p>}
            <div class="program-actions">
              <TaskWay
                task={view.task}
                onOpen={() => void request('flow/open', { flowId: view.task.kind === 'flow' ? view.task.flowId : undefined }).catch((err: unknown) => setError(describeStoreError(err)))}
              />
              {view.task.kind === 'action' ? (
                <button type="button" class="button" onClick={() => void tick(view.task)}>
                  {t.markDone}
                </button>
              ) : (
                <p class="muted program-hint">{t.flowHint}</p>
              )}
            </div>
            {view.task.kind === 'action' && view.task.ladder && (
              <p class="muted program-hint">{ladderWaits(state, now(), localDay) ? t.ladderHintTomorrow : t.ladderHint}</p>
            )}
          </section>
        </>
      )}

      <div class="program-outcome">
        <Outcome status={status} error={error} />
        {lastTick !== null && (
          <button type="button" class="link-button" onClick={() => void untick(lastTick)}>
            {t.undo}
          </button>
        )}
      </div>

      {view.kind !== 'not-started' && (
        <>
          <section aria-labelledby="program-progress-heading">
            <h2 id="program-progress-heading">{t.progressHeading}</h2>
            <div
              class="program-bar"
              role="progressbar"
              aria-label={t.progressLabel}
              aria-valuemin={0}
              aria-valuemax={PROGRAM_DAYS}
              aria-valuenow={doneCount(state)}
              aria-valuetext={progressText(state)}
            >
              <span style={{ width: `${(doneCount(state) / PROGRAM_DAYS) * 100}%` }} />
            </div>
            <p class="program-count">{progressText(state)}</p>
          </section>

          {view.kind !== 'finished' && (
            <section aria-labelledby="program-settings-heading" class="program-settings">
              <h2 id="program-settings-heading">{t.settingsHeading}</h2>
              <Toggle
                checked={state.remindAt !== undefined}
                describedBy="program-remind-hint"
                onChange={(on) => {
                  const time = on ? DEFAULT_REMINDER : null;
                  void save(setReminder(state, time, now()), t.reminderSaid(time));
                }}
              >
                {t.remind}
              </Toggle>
              {state.remindAt !== undefined && (
                <label class="program-time">
                  {t.remindAt}
                  <input
                    type="time"
                    value={state.remindAt}
                    onChange={(e) => {
                      const time = e.currentTarget.value;
                      if (REMINDER_TIME.test(time)) void save(setReminder(state, time, now()), t.reminderSaid(time));
                    }}
                  />
                </label>
              )}
              <p id="program-remind-hint" class="muted">
                {t.remindHint}
              </p>
              <button
                type="button"
                class="button button-secondary"
                onClick={() => void (view.kind === 'paused' ? save(resume(state, now()), t.resumedSaid) : save(pause(state, now()), t.pausedSaid))}
              >
                {view.kind === 'paused' ? t.resume : t.pause}
              </button>
              <div class="program-leave">
                <DeleteWithConfirm words={t.leave} icon={LogOut} onDelete={() => void save(leave(state, now()), t.left)} />
              </div>
            </section>
          )}

          <section aria-labelledby="program-days-heading">
            <h2 id="program-days-heading">{t.daysLabel}</h2>
            {[1, 2, 3, 4].map((week) => (
              <div key={week} class="program-week">
                <h3>{t.weekHeading(week)}</h3>
                <ol class="program-days" aria-label={t.weekHeading(week)}>
                  {PROGRAM.filter((task) => weekOf(task.day) === week).map((task) => {
                    const done = isDone(state, task.day);
                    const current = view.kind !== 'finished' && 'task' in view && view.task.day === task.day;
                    return (
                      <li key={task.day} class="program-day-item" data-done={done} aria-current={current ? 'step' : undefined}>
                        <span class="program-mark" aria-hidden="true">
                          {done ? '✓' : task.day}
                        </span>
                        <span>
                          <span class="program-day-name">{t.dayLabel(task.day)}</span>
                          <span class="visually-hidden">, {done ? t.dayDone : t.dayOpen}: </span>
                          <span class="program-day-text">{task.text}</span>
                        </span>
                      </li>
                    );
                  })}
                </ol>
              </div>
            ))}
          </section>
        </>
      )}
    </main>
  );
}
