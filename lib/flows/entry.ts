// A finished exercise, as stored in the journal.
import { DraftValue } from '../store/drafts';
import { timeOrderedId } from '../ids';
import { z } from '../zod';
import type { FlowFields } from './types';
import { Timestamp } from '../time/timestamp';

export const FlowEntry = z.object({
  v: z.literal(1),
  id: z.string().check(z.minLength(1)),
  kind: z.literal('flow'),
  flowId: z.string().check(z.minLength(1)),
  fields: z.record(z.string(), DraftValue),
  /** The event it was done for (an occurrence key), when there was one. */
  eventKey: z.optional(z.string()),
  /** The prompt it answered, when it was opened by one. */
  triggerId: z.optional(z.string()),
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
