import { MAX_DEPTH, withinDepth } from '../limits';
import { z } from '../zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Validates a stored value against its schema and explains a failure in one
 * line per problem. A value nested deeper than any record of ours is refused
 * first: the schema would strip an unknown deep field, but only after the
 * store had kept it and every later read had walked it again.
 */
export function check<T>(schema: z.ZodMiniType<T>, raw: unknown, maxDepth = MAX_DEPTH): Checked<T> {
  if (maxDepth < Infinity && !withinDepth(raw, maxDepth)) return { ok: false, reason: 'Nested too deep.' };
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reason: z.prettifyError(result.error) };
}
