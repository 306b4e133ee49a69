// The settings page's groups and the addresses that lead to them. Pure, so
// that every deep link in use (#calendar from the popup and the welcome page,
// #set-aside, #values…) can be tested to land in the group that shows it.

export const GROUPS = ['calendars', 'prompts', 'exercises', 'data', 'about'] as const;
export type Group = (typeof GROUPS)[number];

/**
 * The sections each group shows, by the id a link can name. Older links
 * named sections, not groups, and must keep working.
 */
const ANCHORS: Record<Group, readonly string[]> = {
  calendars: ['calendar', 'demo', 'upcoming', 'moments'],
  prompts: ['test-prompt', 'exercise-choice', 'rules'],
  exercises: ['values', 'supporters', 'toolbar', 'program'],
  data: ['set-aside', 'backup'],
  about: ['how-confidence-grows', 'support'],
};

export interface Place {
  group: Group;
  /** A section inside the group to bring into view, or null for the group's top. */
  anchor: string | null;
}

function isGroup(name: string): name is Group {
  return (GROUPS as readonly string[]).includes(name);
}

/** Where an address's hash leads; anything unknown opens the first group. */
export function placeOf(hash: string): Place {
  let name = hash.replace(/^#/, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray % in a hand-typed address: read it as written.
  }
  if (isGroup(name)) return { group: name, anchor: null };
  for (const group of GROUPS) {
    if (ANCHORS[group].includes(name)) return { group, anchor: name };
  }
  return { group: 'calendars', anchor: null };
}
