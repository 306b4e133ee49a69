// The exercises, from the toolbar popup. Quick ones run right here; the
// others get a window of their own, which moving focus does not close. A
// draft is the same draft in either place, so an exercise started here and
// cut short by a click elsewhere resumes in the window, and the other way
// round. Loaded only when asked for.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FlowRunner } from '../flows/FlowRunner';
import { listedFlows } from '../flows/registry';
import { runnerText } from '../flows/strings';
import type { FlowDefinition } from '@/lib/flows/types';
import '../flows/flows.css';
import './popup-exercises.css';

const text = {
  title: 'Exercises',
  back: 'Back',
  here: 'Start',
  window: 'Open in a window',
  windowShort: 'In a window',
  open: 'Open',
  windowOnly: 'in its own window',
} as const;

// One line of title and one of length and buttons per exercise, so that all of
// them fit in Chrome's 600 px; what each one is and gives is on its first screen.
export function PopupExercises({ onBack }: { onBack: () => void }) {
  const [running, setRunning] = useState<FlowDefinition | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);

  if (running) return <FlowRunner flow={running} inPopup />;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="recent-heading" tabIndex={-1} ref={heading}>{text.title}</h1>
        <button type="button" class="link-button" onClick={onBack}>
          {text.back}
        </button>
      </header>
      <ul class="popup-exercises">
        {listedFlows.map((flow) => (
          <li key={flow.id} class="popup-exercise">
            <p class="flow-choice-title" title={flow.summary}>
              {flow.title}
            </p>
            <div class="popup-exercise-row">
              <p class="muted">
                {runnerText.about(flow.minutes)}
                {!flow.quick && `, ${text.windowOnly}`}
              </p>
              {flow.quick ? (
                <>
                  <button type="button" class="button button-quiet button-small" onClick={() => void openInWindow(flow.id)} aria-label={`${text.window}: ${flow.title}`}>
                    {text.windowShort}
                  </button>
                  <button type="button" class="button button-small" onClick={() => setRunning(flow)} aria-label={`${text.here}: ${flow.title}`}>
                    {text.here}
                  </button>
                </>
              ) : (
                <button type="button" class="button button-small" onClick={() => void openInWindow(flow.id)} aria-label={`${text.window}: ${flow.title}`}>
                  {text.open}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}

async function openInWindow(flowId: string) {
  const { request } = await import('@/lib/messages');
  await request('flow/open', { flowId });
  window.close();
}
