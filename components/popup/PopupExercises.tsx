// The exercises, from the toolbar popup. Quick ones run right here; the
// others get a window of their own, which moving focus does not close. A
// draft is the same draft in either place, so an exercise started here and
// cut short by a click elsewhere resumes in the window, and the other way
// round. Loaded only when asked for.
import { ArrowLeft, CalendarCheck, ExternalLink } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import { IconButton } from '../common/IconButton';
import { FlowRunner } from '../exercises/FlowRunner';
import { listedFlows } from '../exercises/registry';
import type { FlowDefinition } from '@/lib/exercises/types';
import { PROGRAM_DAYS, type ProgramTask } from '@/lib/program/plan';
import { currentTask, isStarted } from '@/lib/program/progress';
import { loadProgram } from '@/lib/program/state';
import { openPage } from './PopupNav';
import { PopupView } from './PopupView';
import '../exercises/exercises.css';
import './popup-exercises.css';
import { flowIcon } from '../exercises/icons';

const text = {
  title: 'Exercises',
  start: 'Start',
  startHere: (title: string) => `Start: ${title}`,
  startInWindow: (title: string) => `Start in a window: ${title}`,
  // Short, so that most titles keep to one line.
  length: (minutes: number) => `${minutes} min`,
  toList: 'All exercises',
  programDay: (day: number) => `30-day program · Day ${day} of ${PROGRAM_DAYS}`,
} as const;

/** Today's task of the 30-day program, while the user is in it, as the way to its page. */
function ProgramTaskLink() {
  const [task, setTask] = useState<ProgramTask | null>(null);
  useEffect(() => {
    loadProgram().then(
      (state) => setTask(isStarted(state) && state.pausedAt === undefined ? (currentTask(state) ?? null) : null),
      () => undefined,
    );
  }, []);
  if (!task) return null;
  return (
    <button type="button" class="popup-exercise popup-program" onClick={() => void openPage('journal', 'program')}>
      <span class="popup-exercise-icon">
        <CalendarCheck size={14} aria-hidden="true" />
      </span>
      <span class="popup-exercise-text">
        <span class="popup-exercise-title">{text.programDay(task.day)}</span>
        <span class="popup-program-task muted">{task.text}</span>
      </span>
      <ExternalLink class="popup-program-out" size={12} aria-hidden="true" />
    </button>
  );
}

// One tile per exercise, each one button, two to a row: twelve or fourteen
// still fit in Chrome's 600 px. What each one is and gives is on its first
// screen.
export function PopupExercises({ onBack }: { onBack: () => void }) {
  const [running, setRunning] = useState<FlowDefinition | null>(null);

  // Coming back from an exercise mounts the list anew, so the focus lands where it starts, as opening it did.
  if (running) {
    return (
      <div class="popup-running">
        {/* The answers so far stay in the exercise's draft: starting it again picks up where this left off. */}
        <IconButton class="popup-run-back" label={text.toList} onClick={() => setRunning(null)}>
          <ArrowLeft size={18} />
        </IconButton>
        <FlowRunner flow={running} inPopup />
      </div>
    );
  }

  return (
    <PopupView title={text.title} onBack={onBack} onExercises={onBack} current="exercises">
      <ProgramTaskLink />
      <ul class="popup-exercises">
        {listedFlows.map((flow) => {
          const Icon = flowIcon(flow.id);
          return (
            <li key={flow.id}>
              {/* The whole tile is the one action: quick ones run here, the rest open a window. */}
              <button
                type="button"
                class="popup-exercise"
                title={flow.summary}
                onClick={() => (flow.quick ? setRunning(flow) : void openInWindow(flow.id))}
                aria-label={flow.quick ? text.startHere(flow.title) : text.startInWindow(flow.title)}
              >
                <span class="popup-exercise-icon">
                  <Icon size={14} aria-hidden="true" />
                </span>
                <span class="popup-exercise-text">
                  <span class="popup-exercise-title">{flow.title}</span>
                  <span class="popup-exercise-time muted">
                    {text.length(flow.minutes)}
                    {!flow.quick && <ExternalLink size={12} aria-hidden="true" />}
                  </span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </PopupView>
  );
}

async function openInWindow(flowId: string) {
  const { request } = await import('@/lib/browser/messaging');
  await request('flow/open', { flowId });
  window.close();
}
