// The one next step a finish screen offers. One, because a list of
// suggestions at the end of an exercise turns a quiet moment into a menu.
// After words that read like a crisis nothing is suggested: the screen only
// lets the user close it, beside the support note.
import type { FlowDefinition, FlowFields } from './types';

/** `log-win`: the popup's field, to keep something that went well; `day`: close the window and carry on. */
export type NextStepKind = 'log-win' | 'day';

export type NextStep = { kind: NextStepKind | 'close'; label: string };

const LABELS: Record<NextStep['kind'], string> = {
  'log-win': 'Log a win',
  day: 'Back to your day',
  close: 'Close',
};

export function nextStepAfter(flow: FlowDefinition, answers: FlowFields, { crisis }: { crisis: boolean }): NextStep {
  const kind = crisis ? 'close' : (flow.next?.(answers) ?? 'day');
  return { kind, label: LABELS[kind] };
}
