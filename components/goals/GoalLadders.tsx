// The goal ladders: the seven-day micro-success protocol, one goal at a time.
// Every keystroke is saved as it is typed (a goal is its own draft); a
// check-off saves the goal and logs its win in one write. Each save may also
// tick the 30-day program's goal-ladder task of the day.
import { useEffect, useRef, useState } from 'preact/hooks';
import { allActions, climbingStep, dayOf, keepCheckOffs, newGoal, stageOf, stepSplit, withStageRows, type Goal } from '@/lib/goals/model';
import { deleteGoal, readGoals, saveCheckOff, saveGoal, saveNote, saveUncheck } from '@/lib/goals/store';
import { notify } from '@/lib/browser/messaging';
import { loadValues } from '@/lib/values/values';
import type { Db } from '@/lib/store/db';
import { createSerialWriter, type SerialWriter } from '@/lib/store/serial-writer';
import { Outcome } from '../common/Outcome';
import { describeStoreError } from '../common/storeErrorText';
import { GoalLadder } from './GoalLadder';
import { goalText as t } from './strings';
import { EmptyState } from '../common/EmptyState';
import { Plus, Target } from 'lucide-preact';

/**
 * A saved goal may show the 30-day program's task of the day done: the
 * program ticks it, as an exercise's finish does. Loaded only when needed,
 * and never in the way of the save: a tick not written now is caught up when
 * the program's page is next opened.
 */
function tickProgram(goal: Goal, now: () => number) {
  void import('@/lib/program/tick').then(({ tickProgramForGoals }) => tickProgramForGoals([goal], { now })).catch(() => undefined);
}

interface Props {
  db: Db;
  /** Whether the view is on screen: each time it comes back, the goals are read again (another tab may have changed them). */
  visible: boolean;
  now?: () => number;
  onWinsChanged?: () => void;
}

export function GoalLadders({ db, visible, now = Date.now, onWinsChanged }: Props) {
  const [goals, setGoals] = useState<Goal[] | null>(null);
  const [values, setValues] = useState<readonly string[]>([]);
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
    // Read on each return too: the values may have been reordered or added to in the settings meanwhile.
    // Without them the picker still offers "None" and the goal's own value, so a failed read loses nothing.
    loadValues().then(setValues, () => undefined);
    void (async () => {
      try {
        // Writes still on their way land first, so the read sees them.
        await Promise.all([...writers.current.values()].map((w) => w.settled()));
        // A goal saved before its next stage's rows existed gets them here; they are saved with its next edit.
        const read = (await readGoals(db)).map((goal) => withStageRows(goal, now()));
        latest.current = new Map(read.map((goal) => [goal.id, goal]));
        setGoals(read);
        setOpenId((open) => (open && read.some((g) => g.id === open) ? open : (read.find((g) => climbingStep(g) !== undefined)?.id ?? null)));
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
          if (!goal) return;
          await saveGoal(db, goal);
          tickProgram(goal, now);
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
    // A note changed after its tick rewords the win too, in the same write as the goal.
    const before = new Map(stored ? allActions(stored).map((a) => [a.id, a.note]) : []);
    const renoted = allActions(goal).filter((a) => a.doneAt !== undefined && a.note !== before.get(a.id));
    if (renoted.length === 0) {
      writerFor(goal.id).write(true);
      return;
    }
    void writerFor(goal.id)
      .run(async () => {
        let reworded = false;
        for (const action of renoted) reworded = (await saveNote(db, latest.current.get(goal.id) ?? goal, action.id)) || reworded;
        tickProgram(latest.current.get(goal.id) ?? goal, now);
        return reworded;
      })
      .then((reworded) => {
        if (!reworded) return;
        onWinsChanged?.();
        void notify('data/changed', { area: 'entries' });
      })
      .catch((err: unknown) => setError(describeStoreError(err)));
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
        const checked = allActions(goal).find((a) => a.id === actionId)?.doneAt !== undefined;
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
      tickProgram(saved, now);
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
    // The page's own h1 names this view ("Goal ladders").
    <section aria-labelledby="page-heading">
      <p>{t.intro}</p>
      <button type="button" class="button" ref={startButton} onClick={start}>
        <Plus size={18} aria-hidden="true" />
        {t.start}
      </button>
      <Outcome status={status} error={error && `${t.saveProblem} ${error}`} />
      {goals.length === 0 ? (
        <EmptyState title={t.none} icon={<Target size={28} />}>
          <p>{t.noneHint}</p>
        </EmptyState>
      ) : (
        <>
        <h2 class="goal-list-heading">{t.listHeading}</h2>
        <ul class="goal-list">
          {goals.map((goal) => {
            const title = goal.title.trim() || t.untitled;
            const stage = stageOf(goal);
            const climbing = stage === 'done' ? climbingStep(goal) : 0;
            return (
              <li key={goal.id} class="goal-item">
                <button
                  type="button"
                  class="history-open"
                  aria-expanded={openId === goal.id}
                  onClick={() => setOpenId(openId === goal.id ? null : goal.id)}
                >
                  <span class="history-kind">{stage !== 'done' ? t.dayOf(dayOf(goal, now())) : climbing === undefined ? t.topStage : t.climbing(climbing + 1)}</span>
                  <span class="history-words">{title}</span>
                  <span class="muted">{stage !== 'done' ? t.stageNow[stage] : climbing === undefined ? t.topStage : stepSplit(goal, climbing) ? t.stageNow.act : t.splitNext}</span>
                  {goal.value !== undefined && <span class="goal-serves muted">{t.serves(goal.value)}</span>}
                </button>
                {openId === goal.id && (
                  <GoalLadder
                    goal={goal}
                    day={dayOf(goal, now())}
                    values={values}
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
        </>
      )}
    </section>
  );
}
