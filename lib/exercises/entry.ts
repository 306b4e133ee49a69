// A finished exercise, as stored in the journal.
import { DraftFields } from './model';
import { TEXT_LIMITS } from '../limits';
import { timeOrderedId } from '../ids';
import { z } from '../zod';
import type { FlowFields } from './types';
import { Timestamp } from '../time/timestamp';

const Key = z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.key));

export const FlowEntry = z.object({
  v: z.literal(1),
  id: Key,
  kind: z.literal('flow'),
  flowId: Key,
  fields: DraftFields,
  /** The event it was done for (an occurrence key), when there was one. */
  eventKey: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.key))),
  /** The prompt it answered, when it was opened by one. */
  triggerId: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.key))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type FlowEntry = z.infer<typeof FlowEntry>;

export function newFlowEntry(
  flowId: string,
  fields: FlowFields,
  now: number,
  context: { eventKey?: string; triggerId?: string } = {},
): FlowEntry {
  return {
    v: 1,
    id: timeOrderedId(now),
    kind: 'flow',
    flowId,
    fields,
    ...(context.eventKey ? { eventKey: context.eventKey } : {}),
    ...(context.triggerId ? { triggerId: context.triggerId } : {}),
    createdAt: now,
    updatedAt: now,
  };
}
