// The if-then plans a rehearsal ends with (Gollwitzer's implementation
// intentions). They work by being at hand when the moment comes, so the
// get-ready prompt for the same event carries them.
import { ANSWER_MAX } from '../limits';
import { z } from '../zod';
import type { FlowFields } from './types';

/** The rehearsal's pairs of fields: the moment that could go wrong, and what the user will do then. */
const PAIRS = [
  ['risk1', 'plan1'],
  ['risk2', 'plan2'],
] as const;

const PlanText = z.string().check(z.minLength(1), z.maxLength(ANSWER_MAX));
export const IfThenPlan = z.object({ when: PlanText, then: PlanText });
export type IfThenPlan = z.infer<typeof IfThenPlan>;
export const MAX_IF_THEN_PLANS = PAIRS.length;

/** The complete pairs in a rehearsal's answers, trimmed; a half-written pair is left out. */
export function ifThenPlansOf(fields: FlowFields): IfThenPlan[] {
  return PAIRS.flatMap(([risk, plan]) => {
    const [when, then] = [fields[risk], fields[plan]].map((v) => (typeof v === 'string' ? v.trim() : ''));
    return when && then ? [{ when, then }] : [];
  });
}
