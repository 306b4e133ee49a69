// The options page's high-stakes and prompt controls, as plain functions:
// what a control shows for the stored marks, what a choice stores, and how
// typed input is read. Kept apart from the components so they can be tested
// without a page.
import type { StoredOccurrence } from '@/lib/feeds/model';
import type { Stakes } from '@/lib/prompts/model';
import { seriesKeyOf, tagOf, withoutTags, withTag } from '@/lib/prompts/events';
import { DEFAULT_KEYWORD_RULES, matchesRule } from '@/lib/planner/detect';
import type { EventTag, KeywordRule, ScheduleEvent, StakesKind } from '@/lib/planner/types';


/** What the prompts control of an upcoming event can say. */
export type TagChoice = 'auto' | 'one' | 'series' | 'never' | 'never-series' | 'never-one';

type Occurrence = Pick<StoredOccurrence, 'key' | 'feedId' | 'uid' | 'recurring'>;

/** The choices offered for an event: the series ones only where there is a series. */
export function tagChoices(recurring: boolean): TagChoice[] {
  return recurring ? ['auto', 'one', 'series', 'never-series', 'never-one'] : ['auto', 'one', 'never'];
}

/** The choice that describes the user's mark on an event, as the planner reads it. */
export function tagChoice(stakes: Stakes, event: Occurrence): TagChoice {
  const tag = tagOf(stakes, { key: event.key, seriesKey: seriesKeyOf(event) });
  if (!tag) return 'auto';
  if (!event.recurring) return tag.mode === 'never' ? 'never' : 'one';
  if (tag.mode === 'never') return tag.scope === 'series' ? 'never-series' : 'never-one';
  return tag.scope === 'series' ? 'series' : 'one';
}

/**
 * Stores a choice made on one event. Marks elsewhere in its series are left
 * alone, except where they would hide the choice: a series-wide choice drops
 * this occurrence's own mark, since an occurrence's mark wins over its series',
 * and 'auto' drops the series' mark too, since the event would still follow it.
 */
export function applyTagChoice(stakes: Stakes, event: Occurrence, choice: TagChoice, kind: StakesKind, now: number): Stakes {
  const seriesKey = seriesKeyOf(event);
  const tag = (scope: EventTag['scope'], mode: EventTag['mode']): EventTag => ({
    target: scope === 'series' ? seriesKey : event.key,
    scope,
    mode,
    kind,
    updatedAt: now,
  });
  // A one-off has a series key too; a mark there would outlive the user's choice.
  const own = event.recurring ? stakes : withoutTags(stakes, [seriesKey]);
  switch (choice) {
    case 'auto':
      return withoutTags(stakes, [event.key, seriesKey]);
    case 'one':
      return withTag(own, tag('occurrence', 'high-stakes'));
    case 'never':
    case 'never-one':
      return withTag(own, tag('occurrence', 'never'));
    case 'series':
      return withTag(withoutTags(stakes, [event.key]), tag('series', 'high-stakes'));
    case 'never-series':
      return withTag(withoutTags(stakes, [event.key]), tag('series', 'never'));
  }
}

/** Changes the kind of the mark that makes an event high-stakes, keeping its scope. */
export function withTagKind(stakes: Stakes, event: Occurrence, kind: StakesKind, now: number): Stakes {
  const tag = tagOf(stakes, { key: event.key, seriesKey: seriesKeyOf(event) });
  return tag ? withTag(stakes, { ...tag, kind, updatedAt: now }) : stakes;
}

/** How keywords compare: "Job  Interview" and "job interview" are the same rule. */
function keywordKey(keyword: string): string {
  return keyword.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

export type KeywordProblem = 'empty' | 'long' | 'duplicate';

export function keywordProblem(keyword: string, rules: readonly KeywordRule[]): KeywordProblem | null {
  const key = keywordKey(keyword);
  if (key.length === 0) return 'empty';
  if (keyword.trim().length > 80) return 'long';
  if (rules.some((r) => keywordKey(r.keyword) === key)) return 'duplicate';
  return null;
}

/** The suggested rules whose keyword is not in the list, fresh copies. */
export function missingDefaultRules(rules: readonly KeywordRule[]): KeywordRule[] {
  const have = new Set(rules.map((r) => keywordKey(r.keyword)));
  const ids = new Set(rules.map((r) => r.id));
  return DEFAULT_KEYWORD_RULES.filter((r) => !have.has(keywordKey(r.keyword)) && !ids.has(r.id)).map((r) => ({ ...r }));
}

/** Events a keyword rule could make high-stakes: the planner applies no rule to all-day or free ones. */
export function ruleCandidates(events: readonly ScheduleEvent[]): ScheduleEvent[] {
  return events.filter((e) => !e.allDay && !e.transparent && !e.cancelled && !e.declined);
}

interface RulePreview {
  count: number;
  /** Distinct titles, in order, at most `limit`. */
  titles: string[];
  more: boolean;
}

/** Which events the rule matches, as if it were on: the preview helps decide whether to turn it on. */
export function previewRule(rule: KeywordRule, events: readonly ScheduleEvent[], limit = 3): RulePreview {
  const on = { ...rule, enabled: true };
  const matched = events.filter((e) => matchesRule(on, e));
  const titles = [...new Set(matched.map((e) => e.title))];
  return { count: matched.length, titles: titles.slice(0, limit), more: titles.length > limit };
}

/** "07:30" (an <input type="time"> value) as minutes after midnight, or null. */
export function timeToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}


/** Weekdays (0 = Sunday) in the order a week starts for the locale; `firstDay` as Intl's week info gives it (1 = Monday … 7 = Sunday). */
export function weekdayOrder(firstDay: number): number[] {
  const first = firstDay % 7;
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

export {
  MOMENT_PAST_SLACK_MS,
  parseLocalDateTime,
  parseWholeNumber,
  readMomentForm,
  toLocalDateTime,
  type MomentField,
  type MomentInput,
  type MomentProblem,
} from '@/lib/prompts/moment-form';
