// Pieces every flow's result schema uses.
import { TEXT_LIMITS } from '../limits';
import { z } from '../zod';

/** A written answer that is more than blank space. */
export const answer = z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_LIMITS.answer));

/** The readiness question the runner asks first and last (optional, 1 to 10). */
export const readiness = {
  readinessBefore: z.optional(z.number()),
  readinessAfter: z.optional(z.number()),
};
