// The exercises, from the toolbar popup. Quick ones run right here; the
// others get a window of their own, which moving focus does not close. A
// draft is the same draft in either place, so an exercise started here and
// cut short by a click elsewhere resumes in the window, and the other way
// round. Loaded only when asked for.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FlowRunner } from '../flows/FlowRunner';
import { flows } from '../flows/registry';
import { runnerText } from '../flows/strings';
import type { FlowDefinition } from '@/lib/flows/types';
import '../flows/flows.css';

const text = {
  title: 'Exercises',
  back: 'Back',
  here: 'Start',
  window: 'Open in a window',
  windowOnly: 'Opens in its own window, so it stays open while you write.',
} as const;

export function PopupExercises({ onBack }: { onBack: () => void }) {
  const [running, setRunning] = useState<FlowDefinition | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);

  if (running) return <FlowRunner flow={running} />;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="recent-heading" tabIndex={-1} ref={heading}>{text.title}</h1>
        <button type="button" class="link-button" onClick={onBack}>
          {text.back}
        </button>
      </header>
      <ul class="flow-choices">
        {flows.map((flow) => (
          <li key={flow.id} class="card">
            <p class="flow-choice-title">{flow.title}</p>
            <p class="muted">
              {flow.summary} {runnerText.about(flow.minutes)}.
            </p>
            <div class="popup-row">
              {flow.quick && (
                <button type="button" class="button" onClick={() => setRunning(flow)} aria-label={`${text.here}: ${flow.title}`}>
                  {text.here}
                </button>
              )}
              <button
                type="button"
                class={flow.quick ? 'button button-quiet' : 'button'}
                onClick={() => void openInWindow(flow.id)}
                aria-label={`${text.window}: ${flow.title}`}
              >
                {text.window}
              </button>
            </div>
            {!flow.quick && <p class="muted">{text.windowOnly}</p>}
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
