// Which events are high-stakes: the user's tags first, then keyword rules,
// plus every moment the user added by hand.
import type { EventTag, HighStakesEvent, KeywordRule, Moment, ScheduleEvent, StakesKind } from './types';

function rule(keyword: string, kind: StakesKind): KeywordRule {
  return { id: `default-${keyword.replace(/\s+/g, '-')}`, keyword, kind, matchDescription: false, enabled: true };
}

/**
 * English defaults. Broad words ("talk", "1:1", "meeting") are left out: they
 * would flag half a calendar, and prompts lose their pull when they come often.
 * The more specific keyword comes first so that its rule is the one named.
 */
export const DEFAULT_KEYWORD_RULES: KeywordRule[] = [
  rule('interview', 'interview'),
  rule('presentation', 'presentation'),
  rule('keynote', 'presentation'),
  rule('demo', 'presentation'),
  rule('audition', 'presentation'),
  rule('pitch', 'pitch'),
  rule('performance review', 'review'),
  rule('review', 'review'),
  rule('exam', 'exam'),
  rule('viva', 'exam'),
  rule('defense', 'exam'),
  rule('defence', 'exam'),
  rule('negotiation', 'conversation'),
];

// Letters, digits and combining marks make up words in any script. The ASCII
// `\b` sees "ü" as a gap: it would find "pr" in "Prüfung" and never find a
// whole "café".
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';

// Only syntax characters: with the `u` flag, escaping anything else (even "-")
// is an error.
function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

// Rules are few and matched against every event on every plan.
const patterns = new Map<string, RegExp | null>();
const MAX_PATTERNS = 256;

function keywordPattern(keyword: string): RegExp | null {
  const cached = patterns.get(keyword);
  if (cached !== undefined) return cached;
  const words = keyword.normalize('NFC').trim().split(/\s+/u).filter((w) => w.length > 0);
  // Any run of spaces in the text matches a space in the keyword.
  const pattern = words.length === 0 ? null : new RegExp(`(?<!${WORD_CHAR})${words.map(escapeRegExp).join('\\s+')}(?!${WORD_CHAR})`, 'iu');
  if (patterns.size >= MAX_PATTERNS) patterns.clear();
  patterns.set(keyword, pattern);
  return pattern;
}

/** Whole words, any case, in the title (and the description when the rule says so). */
export function matchesRule(rule: KeywordRule, event: ScheduleEvent): boolean {
  if (!rule.enabled) return false;
  const pattern = keywordPattern(rule.keyword);
  if (!pattern) return false;
  if (pattern.test(event.title.normalize('NFC'))) return true;
  return rule.matchDescription && event.description !== undefined && pattern.test(event.description.normalize('NFC'));
}

/** A moment as an event: it has no series and is never free, cancelled or declined. */
export function momentToEvent(moment: Moment): ScheduleEvent {
  return {
    key: `moment:${moment.id}`,
    title: moment.title,
    start: moment.start,
    end: moment.durationMinutes === undefined ? moment.start : moment.start + moment.durationMinutes * 60_000,
    allDay: false,
    cancelled: false,
    transparent: false,
    declined: false,
    kind: moment.kind,
  };
}

/** The tag that applies to each target; the latest when the user tagged one twice. */
function latestTags(tags: readonly EventTag[], scope: EventTag['scope']): Map<string, EventTag> {
  const byTarget = new Map<string, EventTag>();
  for (const tag of tags) {
    if (tag.scope !== scope) continue;
    const seen = byTarget.get(tag.target);
    if (!seen || tag.updatedAt >= seen.updatedAt) byTarget.set(tag.target, tag);
  }
  return byTarget;
}

function fromTags(
  event: ScheduleEvent,
  occurrenceTags: Map<string, EventTag>,
  seriesTags: Map<string, EventTag>,
): HighStakesEvent | 'never' | undefined {
  const own = occurrenceTags.get(event.key);
  if (own) return own.mode === 'never' ? 'never' : { event, kind: own.kind, source: 'tag' };
  const series = event.seriesKey === undefined ? undefined : seriesTags.get(event.seriesKey);
  if (series) return series.mode === 'never' ? 'never' : { event, kind: series.kind, source: 'series-tag' };
  return undefined;
}

/**
 * The high-stakes events among `events`, then every moment, in input order;
 * an event key seen twice counts once.
 *
 * Not even a tag makes these high-stakes:
 * - cancelled or declined events: they are not happening for the user;
 * - all-day events: they have no start worth preparing for, and prompts timed
 *   from midnight would come in the small hours.
 * Free (transparent) events honour tags, since the user chose them, but no
 * rule: a free "Demo day" in a shared calendar is rarely the user's own demo.
 */
export function detectHighStakes(
  events: readonly ScheduleEvent[],
  tags: readonly EventTag[],
  rules: readonly KeywordRule[],
  moments: readonly Moment[],
): HighStakesEvent[] {
  const occurrenceTags = latestTags(tags, 'occurrence');
  const seriesTags = latestTags(tags, 'series');
  const seen = new Set<string>();
  const found: HighStakesEvent[] = [];
  for (const event of events) {
    if (seen.has(event.key)) continue;
    seen.add(event.key);
    if (event.cancelled || event.declined || event.allDay) continue;
    const tagged = fromTags(event, occurrenceTags, seriesTags);
    if (tagged === 'never') continue;
    if (tagged) {
      found.push(tagged);
      continue;
    }
    if (event.transparent) continue;
    const matched = rules.find((r) => matchesRule(r, event));
    if (matched) found.push({ event, kind: matched.kind, source: 'rule', ruleId: matched.id });
  }
  // The user added a moment to be prompted for it; deleting it is how they
  // stop that, so tags and rules do not apply.
  for (const moment of moments) {
    const event = momentToEvent(moment);
    if (seen.has(event.key)) continue;
    seen.add(event.key);
    found.push({ event, kind: moment.kind, source: 'moment' });
  }
  return found;
}
