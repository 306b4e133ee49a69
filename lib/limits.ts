// How much each stored field may hold. A person writing about their day never
// comes near these; a runaway script, a damaged record or a hostile file does,
// and without a ceiling one such value can fill the disk or freeze a page that
// lists it. Each schema checks its limit on the way in and on the way out, and
// every text field shows its limit before it is reached, so nothing typed is
// ever cut without the user seeing why. The README lists these figures.

// Each is its own constant, so that a page carries only the ones it uses.

// Characters.
/** A win in the popup or the history. */
export const WIN_MAX = 2_000;
/** One written answer in an exercise (and any text field of a draft). */
export const ANSWER_MAX = 20_000;
/** A goal, one of its steps, one micro-action. */
export const GOAL_TEXT_MAX = 300;
/** The look back at the end of a goal ladder. */
export const GOAL_REFLECTION_MAX = 5_000;
/** A moment the user adds, e.g. "Salary talk with Sam". */
export const MOMENT_TITLE_MAX = 200;
/** A keyword rule, e.g. "interview". */
export const KEYWORD_MAX = 80;
/** One value in the values list. */
export const VALUE_MAX = 80;
/** A supporter's name, e.g. "Sam from the running club". */
export const SUPPORTER_NAME_MAX = 80;
/** What a supporter is good for, in the user's words. */
export const SUPPORTER_NOTE_MAX = 300;
/** One of the user's own email addresses (RFC 5321 allows 254). */
export const EMAIL_MAX = 320;
/** The own addresses as typed, separated by commas. */
export const EMAIL_LIST_MAX = 4_000;
/** A calendar's name, or the name of an imported file. */
export const FEED_NAME_MAX = 500;
/** A calendar's secret address. */
export const FEED_URL_MAX = 4_000;
/**
 * An event's title or location, as the calendar engine keeps it (shortened
 * with "…"). The engine cut these at 1,000 before there were limits, so no
 * event, win or waiting prompt kept since is set aside.
 */
export const EVENT_TEXT_MAX = 1_000;
/** An event's description, as the calendar engine keeps it (shortened with "…"). */
export const EVENT_DESCRIPTION_MAX = 20_000;
/** Ids, occurrence keys, time zone names and other words Primed makes itself. */
export const KEY_MAX = 2_000;

// Items in a stored list.
/** The user's own email addresses. */
export const MAX_EMAILS = 50;
/** Values in the values list. */
export const MAX_VALUES = 50;
/** Supporters: a short list of people, not an address book. */
export const MAX_SUPPORTERS = 20;
/** Keyword rules. */
export const MAX_RULES = 500;
/** Moments the user added. */
export const MAX_MOMENTS = 2_000;
/** Marks on events ("high-stakes", "never prompt"). */
export const MAX_TAGS = 20_000;
/** Calendars. */
export const MAX_FEEDS = 50;
/** Fields of one exercise or draft, and picks within one field. */
export const MAX_FIELDS = 200;
/** What the user did after one prompt. */
export const MAX_ENGAGEMENT = 200;

/** Every character limit, by field: for the tests and the README. */
export const TEXT_LIMITS = {
  win: WIN_MAX,
  answer: ANSWER_MAX,
  goalText: GOAL_TEXT_MAX,
  goalReflection: GOAL_REFLECTION_MAX,
  momentTitle: MOMENT_TITLE_MAX,
  keyword: KEYWORD_MAX,
  value: VALUE_MAX,
  supporterName: SUPPORTER_NAME_MAX,
  supporterNote: SUPPORTER_NOTE_MAX,
  email: EMAIL_MAX,
  emailList: EMAIL_LIST_MAX,
  feedName: FEED_NAME_MAX,
  feedUrl: FEED_URL_MAX,
  eventText: EVENT_TEXT_MAX,
  eventDescription: EVENT_DESCRIPTION_MAX,
  key: KEY_MAX,
} as const;

/** Every list limit, by list. */
export const COUNT_LIMITS = {
  emails: MAX_EMAILS,
  values: MAX_VALUES,
  supporters: MAX_SUPPORTERS,
  rules: MAX_RULES,
  moments: MAX_MOMENTS,
  tags: MAX_TAGS,
  feeds: MAX_FEEDS,
  fields: MAX_FIELDS,
  engagement: MAX_ENGAGEMENT,
} as const;

/**
 * How deeply a stored value may nest. Primed's own records go four or five
 * levels deep; anything far beyond that is damage or a bomb, and is refused
 * before a schema (or JSON.stringify) has to recurse through it.
 */
export const MAX_DEPTH = 32;

/** Whether `value` nests no deeper than `max` levels, found without recursion so a bomb cannot overflow the stack. */
export function withinDepth(value: unknown, max = MAX_DEPTH): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    const objects = level.filter((item): item is object => typeof item === 'object' && item !== null);
    if (objects.length > 0 && depth >= max) return false;
    level = objects.flatMap((item) => Object.values(item));
  }
  return true;
}
