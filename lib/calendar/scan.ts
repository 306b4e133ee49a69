// A fast first pass over iCalendar text, before any real parsing: find the
// top-level components in the raw text by position, and read the few
// properties that tell whether a VEVENT can touch the range at all. ical.js
// then parses only what is kept, so a feed with years of history costs little
// more than one pass over its text.
import { IcsError } from './types';

/**
 * The raw values (unfolded) of the properties that judge a VEVENT before it
 * is parsed: the first of each, outside nested components. A class with
 * every field set, so that the scan stores into one shape.
 */
class EventProperties {
  UID: string | undefined = undefined;
  DTSTART: string | undefined = undefined;
  DTEND: string | undefined = undefined;
  DURATION: string | undefined = undefined;
  'RECURRENCE-ID': string | undefined = undefined;
  RRULE: string | undefined = undefined;
  RDATE: string | undefined = undefined;
  SEQUENCE: string | undefined = undefined;
}

/**
 * One component, as a range of the calendar's raw text (BEGIN and END lines
 * included). Its lines are only unfolded when asked for: most blocks of a
 * long feed are judged by a few properties read in the scan and never parsed.
 */
export class Block {
  /** For a VEVENT: the first value of each property that judges it, outside nested components. */
  readonly properties = new EventProperties();
  /** For a VTIMEZONE: its first TZID, outside nested components. */
  tzid: string | undefined;
  /** Unfolded, non-empty lines, BEGIN and END included. */
  lineCount = 0;

  constructor(
    /** Upper-cased component name: VEVENT, VTIMEZONE, … */
    readonly name: string,
    readonly source: string,
    readonly from: number,
    /** Where its END line ends (exclusive). */
    public to: number,
  ) {}

  get lines(): string[] {
    return unfoldLines(this.source.slice(this.from, this.to));
  }
}

export interface ScannedCalendar<J = undefined> {
  /** Calendar-level properties (X-WR-TIMEZONE, X-WR-CALNAME, …), upper-cased names. */
  properties: Map<string, string>;
  /** The VEVENTs kept by the judge (every one without a judge), in the order of the text. */
  events: Block[];
  /** What the judge said of each kept event, index for index. */
  judgments: J[];
  timezones: Map<string, Block>;
  /** Components that could not be delimited (a BEGIN without its END, …). */
  broken: string[];
}

/**
 * Rejects text that is not an iCalendar at all, with a message a user
 * understands. Judged by how the text begins, never by what its events say:
 * a calendar may carry whole HTML documents in its descriptions (Outlook's
 * X-ALT-DESC, many WordPress plugins).
 */
function assertCalendarText(text: string): string {
  const body = text.replace(/^\uFEFF/, '');
  const head = body.slice(0, 2048).trimStart();
  if (head === '') {
    throw new IcsError('empty', 'The calendar address returned nothing. Check that the address is complete.');
  }
  if (/^BEGIN:VCALENDAR/i.test(head)) return body;
  if (hasControlCharacters(body.slice(0, 4096))) {
    throw new IcsError('binary', 'This is a binary file, not a calendar. Use the address or file in iCal (.ics) format.');
  }
  const webPage = () =>
    new IcsError('html', 'This address returned a web page, not a calendar. Copy the secret address in iCal format instead of the page link.');
  if (head.startsWith('<')) throw webPage();
  if (head.startsWith('{') || head.startsWith('[')) {
    throw new IcsError('json', 'This address returned data in another format (JSON), not an iCal calendar.');
  }
  // A few lines before the calendar (a server's notice) are tolerated, as
  // long as they are not a web page that merely quotes one.
  const begin = body.search(/^BEGIN:VCALENDAR/im);
  if (/<html|<!doctype/i.test(begin < 0 ? head : body.slice(0, begin))) throw webPage();
  if (begin < 0) {
    throw new IcsError('not-calendar', 'This is not an iCal calendar: it has no BEGIN:VCALENDAR.');
  }
  return body;
}

/** Control characters other than tab, line feed, form feed and carriage return mean a binary file. */
function hasControlCharacters(sample: string): boolean {
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return true;
  }
  return false;
}

/** Splits into unfolded content lines (RFC 5545 3.1), tolerant of LF-only and stray CR endings. */
function unfoldLines(text: string): string[] {
  const raw = text.split(/\r\n|\n|\r/);
  const lines: string[] = [];
  for (const line of raw) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += line.slice(1);
    } else if (line !== '') {
      lines.push(line);
    }
  }
  return lines;
}

/** Whether `word` (upper-case) is written at `at`, in any case. */
function wordAt(text: string, at: number, word: string): boolean {
  if (at + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    const w = word.charCodeAt(i);
    if (c !== w && !(w >= 65 && w <= 90 && c === w + 32)) return false;
  }
  return true;
}

/** Whether a line starting at `at` is the property `name` (any case, then parameters or the value). */
function propertyAt(text: string, at: number, name: string): boolean {
  if (!wordAt(text, at, name)) return false;
  let i = at + name.length;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i);
  return c === 58 || c === 59;
}

const FOLDED_BREAK = /\r?\n[ \t]/g;

/** The names most BEGIN and END lines carry, read without making a string. */
const COMMON_COMPONENTS = ['VEVENT', 'VALARM'];

/** The upper-cased name after BEGIN: or END: (at `at`), within the line's first 40 characters. */
function componentName(text: string, at: number, contentEnd: number, folded: boolean, from: number): string {
  if (!folded) {
    for (const name of COMMON_COMPONENTS) if (contentEnd - at === name.length && wordAt(text, at, name)) return name;
  }
  return lineAt(text, from, contentEnd, folded).slice(at - from, 40).trim().toUpperCase();
}

/** The value of the line from `from` to `contentEnd` (after the first colon outside quotes), read in place unless it was folded. */
function valueAt(text: string, from: number, contentEnd: number, folded: boolean): string {
  if (folded) return splitLine(lineAt(text, from, contentEnd, true)).value;
  let quoted = false;
  for (let i = from; i < contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) return text.slice(i + 1, contentEnd);
  }
  return '';
}

/**
 * One pass over the raw text, line by line, without making a string of each
 * line: only component boundaries, calendar properties, a VTIMEZONE's TZID
 * and the few properties that judge a VEVENT are read out. Everything else
 * (descriptions, attendees, Outlook's flags, years of history) is passed over
 * by position, and unfolded only if its event is kept.
 */
/**
 * `judge` sees each VEVENT as soon as its END is read, and an event it
 * answers undefined for is forgotten there: a feed's years of history never
 * outlive the scan, and the collector finds them short-lived. It must be
 * pure (a text with stray CRs is scanned again from its start).
 */
export function scanCalendar<J = undefined>(raw: string, judge?: (block: Block) => J | undefined): ScannedCalendar<J> {
  return scanText(assertCalendarText(raw), judge);
}

/** The logical line from `from` to `contentEnd`, unfolded only when it was folded. */
function lineAt(text: string, from: number, contentEnd: number, folded: boolean): string {
  return folded ? text.slice(from, contentEnd).replace(FOLDED_BREAK, '') : text.slice(from, contentEnd);
}

function scanText<J>(text: string, judge: ((block: Block) => J | undefined) | undefined): ScannedCalendar<J> {
  const properties = new Map<string, string>();
  const events: Block[] = [];
  const judgments: J[] = [];
  const timezones = new Map<string, Block>();
  const broken: string[] = [];

  let depth = 0; // 1 inside VCALENDAR
  let current: Block | null = null;
  let nested = 0;
  const n = text.length;
  let pos = 0;
  // Where the next CR is. One that does not end its line is a line break of
  // its own (as unfoldLines reads it): rare, so only such a feed pays for a
  // normalized copy.
  let nextCr = -1;
  while (pos < n) {
    // A logical line runs from `pos` to `end`, over its folded continuations.
    let end = n;
    let folded = false;
    for (let at = pos; ; ) {
      end = text.indexOf('\n', at);
      if (end < 0) end = n;
      if (nextCr < at) {
        nextCr = text.indexOf('\r', at);
        if (nextCr < 0) nextCr = n + 1;
      }
      if (nextCr < end - 1 || (end === n && nextCr === n - 1)) return scanText(text.replace(/\r\n?/g, '\n'), judge);
      if (end >= n) break;
      const next = text.charCodeAt(end + 1);
      if (next !== 32 && next !== 9) break;
      folded = true;
      at = end + 1;
    }
    const from = pos;
    pos = end + 1;
    const contentEnd = end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    const first = text.charCodeAt(from);
    // Empty lines are dropped; a continuation after one belongs to a line already read.
    if (contentEnd === from || first === 32 || first === 9) continue;
    if (current) current.lineCount++;
    const lower = first | 32;
    if (lower === 98 && wordAt(text, from, 'BEGIN:')) {
      const name = componentName(text, from + 6, contentEnd, folded, from);
      if (current) {
        nested += 1;
      } else if (depth === 0) {
        if (name === 'VCALENDAR') depth = 1;
      } else {
        current = new Block(name, text, from, end);
        current.lineCount = 1;
        nested = 0;
      }
      continue;
    }
    if (lower === 101 && wordAt(text, from, 'END:')) {
      const name = componentName(text, from + 4, contentEnd, folded, from);
      if (current) {
        if (nested > 0) {
          nested -= 1;
        } else {
          current.to = contentEnd;
          if (name !== current.name) broken.push(current.name);
          else if (current.name === 'VEVENT') {
            if (!judge) events.push(current);
            else {
              const judgment = judge(current);
              if (judgment !== undefined) {
                events.push(current);
                judgments.push(judgment);
              }
            }
          }
          else if (current.name === 'VTIMEZONE') {
            if (current.tzid) timezones.set(current.tzid, current);
          }
          current = null;
        }
      } else if (name === 'VCALENDAR') {
        depth = 0;
      }
      continue;
    }
    if (current) {
      if (nested > 0) continue;
      const props = current.properties;
      if (current.name === 'VEVENT') {
        // Only lines whose first letter starts a wanted name are looked at.
        if (lower === 100) {
          if (props.DTSTART === undefined && propertyAt(text, from, 'DTSTART')) props.DTSTART = valueAt(text, from, contentEnd, folded);
          else if (props.DTEND === undefined && propertyAt(text, from, 'DTEND')) props.DTEND = valueAt(text, from, contentEnd, folded);
          else if (props.DURATION === undefined && propertyAt(text, from, 'DURATION')) props.DURATION = valueAt(text, from, contentEnd, folded);
        } else if (lower === 117) {
          if (props.UID === undefined && propertyAt(text, from, 'UID')) props.UID = valueAt(text, from, contentEnd, folded);
        } else if (lower === 114) {
          if (props['RECURRENCE-ID'] === undefined && propertyAt(text, from, 'RECURRENCE-ID')) props['RECURRENCE-ID'] = valueAt(text, from, contentEnd, folded);
          else if (props.RRULE === undefined && propertyAt(text, from, 'RRULE')) props.RRULE = valueAt(text, from, contentEnd, folded);
          else if (props.RDATE === undefined && propertyAt(text, from, 'RDATE')) props.RDATE = valueAt(text, from, contentEnd, folded);
        } else if (lower === 115) {
          if (props.SEQUENCE === undefined && propertyAt(text, from, 'SEQUENCE')) props.SEQUENCE = valueAt(text, from, contentEnd, folded);
        }
      } else if (current.name === 'VTIMEZONE' && lower === 116 && current.tzid === undefined && propertyAt(text, from, 'TZID')) {
        current.tzid = splitLine(lineAt(text, from, contentEnd, folded)).value;
      }
      continue;
    }
    if (depth === 1) {
      const { name, value } = splitLine(lineAt(text, from, contentEnd, folded));
      if (name && !properties.has(name)) properties.set(name, value);
    }
  }
  if (current) broken.push(current.name);
  return { properties, events, judgments, timezones, broken };
}

/** Name (upper-cased, without parameters), parameters and value of one content line. */
export function splitLine(line: string): { name: string; params: string; value: string } {
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 58 && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon < 0) return { name: '', params: '', value: '' };
  const head = line.slice(0, colon);
  const semi = head.indexOf(';');
  const name = (semi < 0 ? head : head.slice(0, semi)).trim().toUpperCase();
  return { name, params: semi < 0 ? '' : head.slice(semi + 1), value: line.slice(colon + 1) };
}

/** The value of the first property of this name directly in the block (not in nested VALARMs). */
export function propertyValue(lines: readonly string[], name: string): string | undefined {
  return property(lines, name)?.value;
}

export function property(lines: readonly string[], name: string): { params: string; value: string } | undefined {
  let nested = 0;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const c = line.charCodeAt(0);
    // Cheap filter: only lines that start with the property's first letter, BEGIN or END.
    if (c !== name.charCodeAt(0) && c !== name.charCodeAt(0) + 32 && c !== 66 && c !== 98 && c !== 69 && c !== 101) {
      continue;
    }
    const split = splitLine(line);
    if (split.name === 'BEGIN') nested += 1;
    else if (split.name === 'END') nested -= 1;
    else if (nested === 0 && split.name === name) return split;
  }
  return undefined;
}

export function hasProperty(lines: readonly string[], name: string): boolean {
  return property(lines, name) !== undefined;
}
