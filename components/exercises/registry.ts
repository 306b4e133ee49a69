// Every exercise, in one explicit list. The meta-test checks that each flow
// folder is registered here and has what a flow needs.
import type { FlowDefinition } from '@/lib/exercises/types';
import { affirmationFlow } from './affirmation';
import { feedbackFlow } from './feedback';
import { planReviewFlow } from './plan-review';
import { problemSolvingFlow } from './problem-solving';
import { reachOutFlow } from './reach-out';
import { reframeFlow } from './reframe';
import { roleModelFlow } from './role-model';
import { valuesClarificationFlow } from './values-clarification';
import { rehearsalFlow } from './rehearsal';
import { selfCheckFlow } from './self-check';
import { setbackFlow } from './setback';
import { stressFlow } from './stress';

export const flows: readonly FlowDefinition[] = [
  affirmationFlow,
  stressFlow,
  reframeFlow,
  rehearsalFlow,
  problemSolvingFlow,
  planReviewFlow,
  roleModelFlow,
  reachOutFlow,
  valuesClarificationFlow,
  feedbackFlow,
  setbackFlow,
  selfCheckFlow,
];

/** The exercises the lists offer; the rest open from a prompt. */
export const listedFlows: readonly FlowDefinition[] = flows.filter((f) => f.listed !== false);

export function flowById(id: string): FlowDefinition | undefined {
  return flows.find((f) => f.id === id);
}
