// The welcome page's setup questions as plain functions: which browser's
// toolbar to draw, which kinds of moment are on, and turning one on or off in
// the keyword rules the settings page edits.
import type { KeywordRule, StakesKind } from '@/lib/planner/types';

export type BrowserFamily = 'chrome' | 'firefox';

/** Firefox and Chromium-based browsers pin extensions differently; everything not Firefox pins the Chrome way. */
export function browserOf(userAgent: string): BrowserFamily {
  return /\bFirefox\//.test(userAgent) ? 'firefox' : 'chrome';
}

/** The kinds a keyword rule can name, in the order the question lists them. "Other" matches no word, so it is not asked. */
export const SETUP_KINDS = ['interview', 'presentation', 'exam', 'review', 'pitch', 'conversation'] as const satisfies readonly StakesKind[];

/** A kind counts as on while at least one of its rules is. */
export function kindIsOn(rules: readonly KeywordRule[], kind: StakesKind): boolean {
  return rules.some((r) => r.kind === kind && r.enabled);
}

/**
 * Every rule of the kind turned on or off together. Turning on a kind whose
 * rules were all removed brings back its built-in ones, so the box the user
 * ticked does something. Rules of other kinds are left as they are.
 */
export function withKind(rules: readonly KeywordRule[], kind: StakesKind, on: boolean, defaults: readonly KeywordRule[]): KeywordRule[] {
  const changed = rules.map((r) => (r.kind === kind ? { ...r, enabled: on } : r));
  if (!on || changed.some((r) => r.kind === kind)) return changed;
  const keywords = new Set(rules.map((r) => r.keyword.toLocaleLowerCase()));
  return [...changed, ...defaults.filter((d) => d.kind === kind && !keywords.has(d.keyword.toLocaleLowerCase())).map((d) => ({ ...d, enabled: true }))];
}
