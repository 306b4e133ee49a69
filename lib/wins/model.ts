// A micro-success, and what every journal entry has. Pure: the popup, the
// journal, goal ladders and prep plans build and read wins without pulling
// in storage (lib/store/entries.ts keeps them).
import { timeOrderedId } from '../ids';
import { EVENT_TEXT_MAX, GOAL_TEXT_MAX, KEY_MAX, WIN_MAX } from '../limits';
import { Timestamp } from '../time/timestamp';
import { z } from '../zod';

export const WIN_TEXT_MAX = WIN_MAX;
const Key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));

/** A micro-success: one thing that went well, in the user's words. */
export const WinEntry = z.object({
  v: z.literal(1),
  id: Key,
  kind: z.literal('win'),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(WIN_TEXT_MAX)),
  /** The event it was part of (an occurrence key or moment id), and its title as it was then. */
  eventKey: z.optional(Key),
  eventTitle: z.optional(z.string().check(z.maxLength(EVENT_TEXT_MAX))),
  /** The goal ladder it was a micro-action of, and the goal's words as they were then. */
  goalId: z.optional(Key),
  goalTitle: z.optional(z.string().check(z.maxLength(GOAL_TEXT_MAX))),
  /** How hard it felt, 1 (easy) to 10 (very hard); hard-won wins are the strongest evidence. */
  difficulty: z.optional(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, "a whole number from 1 to 10"))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type WinEntry = z.infer<typeof WinEntry>;

/** What every entry has, whatever its kind. */
export interface EntryBase {
  id: string;
  kind: string;
  createdAt: number;
}

export function newWin(text: string, now: number): WinEntry {
  return { v: 1, id: timeOrderedId(now), kind: 'win', text: text.trim(), createdAt: now, updatedAt: now };
}
