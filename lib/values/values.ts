// The user's values, in their own order: the 15-minute affirmation starts
// from the top one. Kept in extension storage as a versioned item.
import { loadItem, saveItem, type ItemDeps } from '../store/local-item';
import type { VersionedItem } from '../store/versioned';
import { z } from '../zod';
import { MAX_VALUES, VALUE_MAX } from '../limits';

// The suggested list leaves out achievement values (career, ambition,
// success): before an interview or an exam those are the very domain under
// threat, and affirming a value outside it is what helps (Cohen et al. 2006).
// Anyone can still add their own.
export const DEFAULT_VALUES = [
  'Relationships with friends and family',
  'Kindness',
  'Humor',
  'Creativity',
  'Curiosity',
  'Independence',
  'Health',
  'Faith or spirituality',
  'Fairness',
  'Art and music',
  'Sport',
  'Nature',
  'Living in the moment',
  'Belonging to a community',
] as const;

/** The list every install started with before version 2; it included "Career". */
export const FIRST_DEFAULT_VALUES = [
  'Relationships with friends and family',
  'Creativity',
  'Humor',
  'Kindness',
  'Learning',
  'Independence',
  'Health',
  'Faith or spirituality',
  'Fairness',
  'Art and music',
  'Sport',
  'Career',
] as const;

/**
 * The first suggested list, exactly as it came, is replaced by the current
 * one; any list the user reordered or added to is theirs and stays.
 */
export function withoutFirstDefaults(values: readonly string[]): string[] {
  const untouched = values.length === FIRST_DEFAULT_VALUES.length && values.every((v, i) => v === FIRST_DEFAULT_VALUES[i]);
  return untouched ? [...DEFAULT_VALUES] : [...values];
}

export const valuesItem: VersionedItem<string[]> = {
  key: 'values',
  version: 2,
  schema: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(VALUE_MAX))).check(z.minLength(1), z.maxLength(MAX_VALUES)),
  defaults: [...DEFAULT_VALUES],
  migrations: [
    {
      from: 1,
      describe: 'The untouched first suggested list becomes the new one, without achievement values.',
      migrate: (value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? withoutFirstDefaults(value) : value),
    },
  ],
};

export function loadValues(deps: ItemDeps = {}): Promise<string[]> {
  return loadItem(valuesItem, deps);
}

export function saveValues(values: string[], deps: ItemDeps = {}): Promise<string[]> {
  return saveItem(valuesItem, values, deps);
}

/** Moves one value up (-1) or down (+1) in the ranking. */
export function moveValue(values: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (to < 0 || to >= values.length) return [...values];
  const next = [...values];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/** Adds the user's own value (at the end), ignoring blanks and duplicates. */
export function addValue(values: readonly string[], value: string): string[] {
  const clean = value.trim();
  if (!clean || values.some((v) => v.toLowerCase() === clean.toLowerCase())) return [...values];
  return [...values, clean];
}

/**
 * Adds the values a values clarification found, each as `addValue` would,
 * while the list has room; the ones already there are not repeated.
 */
export function addValues(values: readonly string[], found: readonly string[]): string[] {
  return found.reduce<string[]>((list, value) => (list.length >= MAX_VALUES ? list : addValue(list, value.slice(0, VALUE_MAX))), [...values]);
}

/** Stores the values an exercise found, after the ones the user already has. */
export async function joinValues(found: readonly string[], deps: ItemDeps = {}): Promise<string[]> {
  return saveValues(addValues(await loadValues(deps), found), deps);
}
