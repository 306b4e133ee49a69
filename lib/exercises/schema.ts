// Pieces every flow's result schema uses.
import { ANSWER_MAX } from '../limits';
import { z } from '../zod';

/** A written answer that is more than blank space. */
export const answer = z.string().check(z.trim(), z.minLength(1), z.maxLength(ANSWER_MAX));

/** A one-a-line list of at least `min` items. */
export function listOf(min: number) {
  return answer.check(z.refine((text) => text.split('\n').filter((line) => line.trim()).length >= min, `at least ${min} lines`));
}

/** The readiness question the runner asks first and last (optional, 1 to 10). */
export const readiness = {
  readinessBefore: z.optional(z.number()),
  readinessAfter: z.optional(z.number()),
};

/** The capability question flows after an event ask first and last (optional, 1 to 10). */
export const capability = {
  capabilityBefore: z.optional(z.number()),
  capabilityAfter: z.optional(z.number()),
};
