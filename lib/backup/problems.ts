// Why a backup was refused, in words a person can act on: which record (by
// its place in the file and something they wrote in it) and which field, and
// what is wrong with it. zod's own messages name paths and codes, which mean
// nothing to someone holding a file they downloaded months ago.
import { plural } from '../text/plural';

/** The parts of a zod issue this reads; kept structural so any zod build fits. */
interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  origin?: string;
  expected?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  errors?: Issue[][];
}

/** zod's placeholder when a check gave no message of its own. */
const NO_MESSAGE = 'Invalid input';
const QUOTE_MAX = 40;

/**
 * For a record that could be one of several kinds (a win or an exercise),
 * zod reports only that it is neither; the kind it came closest to (the one
 * with the fewest problems) says which field is wrong, when one kind is
 * clearly closest.
 */
function innermost(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  const [first, second] = [...issue.errors].sort((a, b) => a.length - b.length);
  const closest = first?.[0];
  // A tie (a number where text or a list would do) has no one field to name.
  if (!closest || (second && second.length === first.length)) return issue;
  const inner = innermost(closest);
  return { ...inner, path: [...issue.path, ...inner.path] };
}

/** The one-sentence reason a backup was refused; `data` is the file as read, for quoting its records. */
export function describeProblem(data: unknown, issue: Issue | undefined): string {
  if (!issue) return 'Nothing was imported. This backup could not be read.';
  const found = innermost(issue);
  // A rule about the whole file (not one field of it) has its own words.
  if (found.path.length === 0 && found.message && found.message !== NO_MESSAGE) return `Nothing was imported. The file does not add up: ${found.message}.`;
  const { record, rest } = recordOf(data, found.path);
  const field = fieldOf(rest);
  const problem = problemOf(found, valueAt(data, found.path));
  const sentence = field ? `${record}: ${field} ${problem}.` : `${record} ${problem}.`;
  return `Nothing was imported. ${capitalize(sentence)}`;
}

interface Located {
  record: string;
  rest: PropertyKey[];
}

/** Where in the file: a numbered record of a list, or a part of the file. */
function recordOf(data: unknown, path: readonly PropertyKey[]): Located {
  // The high-stakes lists (marks, rules, moments) sit one level down, under "stakes".
  const depth = path[0] === 'stakes' && typeof path[1] === 'string' ? 2 : 1;
  const list = String(path[depth - 1]);
  const at = path[depth];
  const names = Object.hasOwn(RECORD_NAMES, list) ? RECORD_NAMES[list] : undefined;
  if (names && typeof at === 'number') {
    return { record: `${names.one} ${at + 1}${quoteOf(list, valueAt(data, path.slice(0, depth + 1)))}`, rest: path.slice(depth + 1) };
  }
  const section = String(path[0]);
  const part = Object.hasOwn(PART_NAMES, section) ? PART_NAMES[section] : undefined;
  if (part) return { record: part, rest: path.slice(1) };
  // A field of the file itself (its format, version or date).
  return { record: 'the file', rest: path.slice(0, 1) };
}

const RECORD_NAMES: Record<string, { one: string }> = {
  entries: { one: 'entry' },
  decisions: { one: 'prompt decision' },
  goals: { one: 'goal ladder' },
  feeds: { one: 'calendar' },
  values: { one: 'value' },
  supporters: { one: 'supporter' },
  tags: { one: 'high-stakes mark' },
  rules: { one: 'keyword rule' },
  moments: { one: 'moment' },
};

const PART_NAMES: Record<string, string> = {
  settings: 'the settings',
  promptSettings: 'the prompt settings',
  stakes: 'the high-stakes marks',
  values: 'the list of values',
  supporters: 'the list of supporters',
  entries: 'the list of entries',
  decisions: 'the list of prompt decisions',
  goals: 'the list of goal ladders',
  feeds: 'the list of calendars',
};

/** Something the user wrote in the record, so they can find it: ` (win “Finished the slides”)`. */
function quoteOf(list: string, value: unknown): string {
  if (typeof value === 'string') return value.trim() ? ` (“${short(value)}”)` : '';
  if (typeof value !== 'object' || value === null) return '';
  const record = value as Record<string, unknown>;
  const words = [record.text, record.title, record.name, record.keyword].find((w): w is string => typeof w === 'string' && w.trim().length > 0);
  const kind = list === 'entries' ? (record.kind === 'win' ? 'win' : record.kind === 'flow' ? 'exercise' : '') : '';
  if (words) return ` (${kind ? `${kind} ` : ''}“${short(words)}”)`;
  if (typeof record.id === 'string' && record.id) return ` (${kind ? `${kind}, ` : ''}id ${short(record.id)})`;
  return kind ? ` (${kind})` : '';
}

function short(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > QUOTE_MAX ? `${oneLine.slice(0, QUOTE_MAX - 1).replace(/[\s,;:.]+$/, '')}…` : oneLine;
}

/** `the text`, or for a field inside a list, `step 3, the difficulty`. */
function fieldOf(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'string' && plain(key) === '') continue;
    if (typeof key === 'string' && typeof next === 'number') {
      words.push(`${singular(plain(key))} ${next + 1}`);
      i += 1;
    } else if (typeof key === 'string') {
      words.push(`the ${plain(key)}`);
    } else if (typeof key === 'number') {
      words.push(`item ${key + 1}`);
    }
  }
  if (words.length === 0) return '';
  // "the fields, the calm" reads badly: an exercise's answers are named by their key.
  return words.join(', ').replace(/^the fields, the (.+)$/, 'the answer “$1”');
}

const FIELD_WORDS: Record<string, string> = {
  v: 'record version',
  id: 'id',
  createdAt: 'date it was made',
  updatedAt: 'date it was last changed',
  decidedAt: 'date of the decision',
  plannedAt: 'planned time',
  addedAt: 'date it was added',
  flowId: 'exercise',
  includesCalendarAddresses: 'note of whether calendar addresses are included',
  showStreak: 'streak setting',
  selfEmails: 'list of your email addresses',
  syncIntervalMinutes: 'time between calendar syncs',
  dailyCap: 'daily limit of prompts',
  deliveryProbability: 'chance of showing a prompt',
  days: 'list of days',
  // "The prompt settings: the get-ready prompt, the minutes" needs no "the prompts" between.
  prompts: '',
  affirm: 'values reflection prompt',
  ready: 'get-ready prompt',
  feedback: 'prompt to reflect afterwards',
  start: 'start time',
  durationMinutes: 'length in minutes',
  exportedAt: 'date of the backup',
  exportedAtIso: 'date of the backup (as text)',
  microActions: 'small actions',
};

/** `eventTitle` → `event title`. */
function plain(key: string): string {
  return (Object.hasOwn(FIELD_WORDS, key) ? FIELD_WORDS[key] : undefined) ?? key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function singular(words: string): string {
  if (words.endsWith('ies')) return `${words.slice(0, -3)}y`;
  return words.endsWith('s') ? words.slice(0, -1) : words;
}

function problemOf(issue: Issue, value: unknown): string {
  const own = issue.message && issue.message !== NO_MESSAGE ? issue.message : undefined;
  const max = Number(issue.maximum);
  const min = Number(issue.minimum);
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `is longer than ${plural(max, 'character')}`;
      if (issue.origin === 'array') return `has more than ${plural(max, 'item')}`;
      return `is more than ${max}`;
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && min <= 1) return 'is empty';
      if (issue.origin === 'string') return `is shorter than ${plural(min, 'character')}`;
      if (issue.origin === 'array') return `has fewer than ${plural(min, 'item')}`;
      return `is less than ${min}`;
    case 'invalid_type':
      if (value === undefined) return 'is missing';
      return `is ${kindOfValue(value)}, not ${(issue.expected && Object.hasOwn(TYPE_WORDS, issue.expected) ? TYPE_WORDS[issue.expected] : undefined) ?? 'what Primed expects'}`;
    case 'invalid_value':
      return 'is not one of the values Primed knows';
    case 'invalid_union':
      return 'is not in a form Primed knows';
    default:
      return own ? `must be ${own}` : 'is not what Primed expects';
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
};

function kindOfValue(value: unknown): string {
  if (value === null) return TYPE_WORDS.null!;
  if (Array.isArray(value)) return TYPE_WORDS.array!;
  return TYPE_WORDS[typeof value] ?? 'something else';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = data;
  for (const key of path) {
    if (typeof here !== 'object' || here === null || typeof key === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(here, key)) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
