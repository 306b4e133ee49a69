// The exercises, from the toolbar popup. Quick ones run right here; the
// others get a window of their own, which moving focus does not close. A
// draft is the same draft in either place, so an exercise started here and
// cut short by a click elsewhere resumes in the window, and the other way
// round. Loaded only when asked for.
import { ArrowLeft, ExternalLink } from 'lucide-preact';
import { useState } from 'preact/hooks';
import { IconButton } from '../common/IconButton';
import { FlowRunner } from '../exercises/FlowRunner';
import { listedFlows } from '../exercises/registry';
import type { FlowDefinition } from '@/lib/exercises/types';
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
} as const;

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
