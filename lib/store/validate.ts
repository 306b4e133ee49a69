import { z } from '../zod';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Validates a stored value against its schema and explains a failure in one line per problem. */
export function check<T>(schema: z.ZodMiniType<T>, raw: unknown): Checked<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, reason: z.prettifyError(result.error) };
}
