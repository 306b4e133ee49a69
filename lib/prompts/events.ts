// From what the pages and the background store to what the planner reads.
import type { FeedUpcoming, StoredOccurrence } from '../feeds/model';
import { momentToEvent } from '../planner/detect';
import type { EventTag, Moment, PromptType, ScheduleEvent, StakesKind } from '../planner/types';
import type { Stakes } from './model';

/** Every stored event of these feeds, as the planner sees them. */
export function scheduleEventsOf(upcoming: readonly FeedUpcoming[]): ScheduleEvent[] {
  return upcoming.flatMap((u) => u.occurrences.map(scheduleEvent));
}

export function scheduleEvent(o: StoredOccurrence): ScheduleEvent {
  return {
    key: o.key,
    seriesKey: seriesKeyOf(o),
    title: o.title,
    ...(o.description ? { description: o.description } : {}),
    start: o.start,
    end: o.end,
    allDay: o.allDay,
    cancelled: o.status === 'cancelled',
    transparent: o.transparent,
    declined: o.declined,
  };
}

/** Every instance of a series shares this: the feed and the event's UID. */
export function seriesKeyOf(o: Pick<StoredOccurrence, 'feedId' | 'uid'>): string {
  return `${o.feedId}:${o.uid}`;
}

const MOMENT_PREFIX = 'moment:';

/** The event a key names, among the feeds' events and the user's moments. */
export function findEvent(key: string, occurrences: readonly StoredOccurrence[], moments: readonly Moment[]): ScheduleEvent | undefined {
  if (key.startsWith(MOMENT_PREFIX)) {
    const moment = moments.find((m) => `${MOMENT_PREFIX}${m.id}` === key);
    return moment ? momentToEvent(moment) : undefined;
  }
  const occurrence = occurrences.find((o) => o.key === key);
  return occurrence ? scheduleEvent(occurrence) : undefined;
}

/** Marks an event (one occurrence or its whole series); replaces any mark at the same place. */
export function withTag(stakes: Stakes, tag: EventTag): Stakes {
  return { ...stakes, tags: [...stakes.tags.filter((t) => !(t.target === tag.target && t.scope === tag.scope)), tag] };
}

/** Removes the marks on an occurrence and on its series: the event goes back to what the rules say. */
export function withoutTags(stakes: Stakes, targets: readonly string[]): Stakes {
  return { ...stakes, tags: stakes.tags.filter((t) => !targets.includes(t.target)) };
}

/** The user's mark on an event, the occurrence's own before its series'. */
export function tagOf(stakes: Stakes, event: Pick<ScheduleEvent, 'key' | 'seriesKey'>): EventTag | undefined {
  return (
    stakes.tags.find((t) => t.scope === 'occurrence' && t.target === event.key) ??
    (event.seriesKey ? stakes.tags.find((t) => t.scope === 'series' && t.target === event.seriesKey) : undefined)
  );
}

export const PROMPT_TYPE_LABELS: Record<PromptType, string> = {
  rehearse: 'Rehearsal, the day before',
  affirm: 'Invitation to reflect on your values',
  ready: 'Get-ready prompt',
  feedback: 'Reflection afterwards',
};

export const KIND_LABELS: Record<StakesKind, string> = {
  presentation: 'Presentation',
  interview: 'Interview',
  exam: 'Exam',
  conversation: 'Difficult conversation',
  review: 'Performance review',
  pitch: 'Pitch',
  other: 'Other',
};
