// The one next step a finish screen offers. One, because a list of
// suggestions at the end of an exercise turns a quiet moment into a menu.
// After words that read like a crisis nothing is suggested: the screen only
// lets the user close it, beside the support note.
import type { FlowDefinition, FlowFields } from './types';
import { FLOW_IDS } from './ids';
import { SOCIAL_KINDS } from '../prompts/choice';
import type { StakesKind } from '../planner/types';

/**
 * `log-win`: the popup's field, to keep something that went well;
 * `get-ready`: the short get-ready exercise for the event the flow was opened for;
 * `day`: close the window and carry on.
 */
export type NextStepKind = 'log-win' | 'get-ready' | 'day';

/** The event an exercise was opened for, as far as its finish needs it. */
interface NextStepEvent {
  key: string;
  title: string;
  /** Milliseconds until it starts; negative once it has. */
  startsIn: number;
  /** Its kind, when it is a high-stakes event. */
  kind?: StakesKind;
}

interface NextStepContext {
  crisis: boolean;
  event?: NextStepEvent;
}

export type NextStep =
  | { kind: 'log-win' | 'day' | 'close'; label: string }
  | { kind: 'flow'; label: string; flowId: string; eventKey: string };

/** The get-ready exercise, as the popup offers it: when the moment is at most this near. */
const GET_READY_LEAD_MS = 20 * 60_000;
const GET_READY_FLOW = FLOW_IDS.stress;
/** Time enough to ask someone for a mock run before the event. */
const MOCK_RUN_LEAD_MS = 2 * 60 * 60_000;

export function nextStepAfter(flow: FlowDefinition, answers: FlowFields, { crisis, event }: NextStepContext): NextStep {
  if (crisis) return { kind: 'close', label: 'Close' };
  // A flow that never names its event (the values reflection) is never given one to point at.
  const known = flow.namesEvent === false ? undefined : event;
  // After rehearsing an interview or a talk alone, the next step is to say it to someone (lib/prompts/choice.ts, SOCIAL_KINDS).
  if (flow.id === FLOW_IDS.rehearsal && known?.kind && SOCIAL_KINDS.includes(known.kind) && known.startsIn >= MOCK_RUN_LEAD_MS) {
    return { kind: 'flow', label: 'Ask someone for a mock run', flowId: FLOW_IDS.reachOut, eventKey: known.key };
  }
  const kind = flow.next?.(answers, known ? { startsIn: known.startsIn } : {}) ?? 'day';
  if (kind === 'log-win') return { kind, label: 'Log a win' };
  if (kind === 'get-ready' && known && flow.id !== GET_READY_FLOW) {
    return { kind: 'flow', label: `Get ready for ${known.title}`, flowId: GET_READY_FLOW, eventKey: known.key };
  }
  return { kind: 'day', label: 'Back to your day' };
}

/** For a flow before an event: the get-ready exercise, once the event is near enough for it. */
export function getReadyWhenNear({ startsIn }: { startsIn?: number }): NextStepKind | undefined {
  return startsIn !== undefined && startsIn > 0 && startsIn <= GET_READY_LEAD_MS ? 'get-ready' : undefined;
}
