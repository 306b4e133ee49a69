// How much each stored field may hold. A person writing about their day never
// comes near these; a runaway script, a damaged record or a hostile file does,
// and without a ceiling one such value can fill the disk or freeze a page that
// lists it. Each schema checks its limit on the way in and on the way out, and
// every text field shows its limit before it is reached, so nothing typed is
// ever cut without the user seeing why. The README lists these figures.

/** Characters. */
export const TEXT_LIMITS = {
  /** A win in the popup or the history. */
  win: 2_000,
  /** One written answer in an exercise (and any text field of a draft). */
  answer: 20_000,
  /** A goal, one of its steps, one micro-action. */
  goalText: 300,
  /** The look back at the end of a goal ladder. */
  goalReflection: 5_000,
  /** A moment the user adds, e.g. "Salary talk with Sam". */
  momentTitle: 200,
  /** A keyword rule, e.g. "interview". */
  keyword: 80,
  /** One value in the values list. */
  value: 80,
  /** One of the user's own email addresses (RFC 5321 allows 254). */
  email: 320,
  /** The own addresses as typed, separated by commas. */
  emailList: 4_000,
  /** A calendar's name, or the name of an imported file. */
  feedName: 500,
  /** A calendar's secret address. */
  feedUrl: 4_000,
  /** An event's title or location, as the calendar engine keeps it (shortened with "…"). */
  eventText: 500,
  /** An event's description, as the calendar engine keeps it (shortened with "…"). */
  eventDescription: 20_000,
  /** Ids, occurrence keys, time zone names and other words Primed makes itself. */
  key: 2_000,
} as const;

/** How many items a stored list may hold. */
export const COUNT_LIMITS = {
  /** The user's own email addresses. */
  emails: 50,
  /** Values in the values list. */
  values: 50,
  /** Keyword rules. */
  rules: 500,
  /** Moments the user added. */
  moments: 2_000,
  /** Marks on events ("high-stakes", "never prompt"). */
  tags: 20_000,
  /** Calendars. */
  feeds: 50,
  /** Fields of one exercise or draft, and picks within one field. */
  fields: 200,
  /** What the user did after one prompt. */
  engagement: 200,
} as const;

/**
 * How deeply a stored value may nest. Primed's own records go four or five
 * levels deep; anything far beyond that is damage or a bomb, and is refused
 * before a schema (or JSON.stringify) has to recurse through it.
 */
export const MAX_DEPTH = 32;

/** Whether `value` nests no deeper than `max` levels, found without recursion so a bomb cannot overflow the stack. */
export function withinDepth(value: unknown, max = MAX_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}
