// What the user has of the 30-day program, kept in extension storage as a
// versioned item: when they joined, whether it is paused, the days done and
// the time of the daily reminder. Days are stored as done, not dated: the
// program moves on by tasks done, so a missed week changes nothing in it.
import { loadItem, saveItem, type ItemDeps } from '../store/local-item';
import type { VersionedItem } from '../store/versioned';
import { z } from '../zod';
import { PROGRAM_DAYS } from './plan';

/** "HH:MM", 24-hour: the wall-clock time of the daily reminder. */
export const REMINDER_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const DEFAULT_REMINDER = '09:00';

const Day = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= PROGRAM_DAYS, `a whole number from 1 to ${PROGRAM_DAYS}`));

const DoneTask = z.object({ day: Day, at: z.number() });
type DoneTask = z.infer<typeof DoneTask>;

export const ProgramState = z.object({
  /** When the user joined; absent until they do. */
  startedAt: z.optional(z.number()),
  /** When it was paused; absent while it runs. */
  pausedAt: z.optional(z.number()),
  done: z.array(DoneTask).check(
    z.maxLength(PROGRAM_DAYS),
    z.refine((list) => new Set(list.map((d) => d.day)).size === list.length, 'each day once'),
  ),
  /** The daily reminder's time; absent when the user turned it off. */
  remindAt: z.optional(z.string().check(z.regex(REMINDER_TIME))),
  updatedAt: z.number(),
});
export type ProgramState = z.infer<typeof ProgramState>;

export const NOT_STARTED: ProgramState = { done: [], updatedAt: 0 };

export const programItem: VersionedItem<ProgramState> = {
  key: 'program',
  version: 1,
  schema: ProgramState,
  defaults: NOT_STARTED,
  migrations: [],
};

export function loadProgram(deps: ItemDeps = {}): Promise<ProgramState> {
  return loadItem(programItem, deps);
}

export function saveProgram(state: ProgramState, deps: ItemDeps = {}): Promise<ProgramState> {
  return saveItem(programItem, state, deps);
}
