import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { eventsAhead, ofEnabledFeeds } from '@/lib/feeds/upcoming-store';
import { planSection } from '@/lib/prep/address';
import { KIND_LABELS, scheduleEvent } from '@/lib/prompts/events';
import { localDay } from '@/lib/time/days';
import { detectHighStakes } from '@/lib/planner/detect';
import type { HighStakesEvent } from '@/lib/planner/types';
import { useState } from 'preact/hooks';
import { calendarText as t } from './calendarText';
import { EventStakes } from './EventStakes';
import { optionsText } from './strings';
import { groupByDay, splitDays } from './upcomingDays';
import { useStakes } from './useStakes';
import { Notice } from '../common/Notice';

interface Props {
  feeds: Feed[];
  upcoming: FeedUpcoming[];
  now: number;
}

/**
 * The events of the enabled feeds from now on, grouped by day, in the user's
 * locale and zone; each says whether it is high-stakes and lets the user decide.
 * The first week shows at once; the rest of the two weeks is one press away.
 */
export function UpcomingList({ feeds, upcoming, now }: Props) {
  const { stakes, error, change } = useStakes();
  const enabled = new Map(feeds.filter((f) => f.enabled).map((f) => [f.id, f]));
  const events = eventsAhead(ofEnabledFeeds(feeds, upcoming), now);
  // Moments are left out: they have their own section.
  const highStakes = new Map<string, HighStakesEvent>();
  if (stakes) {
    for (const h of detectHighStakes(events.map(scheduleEvent), stakes.tags, stakes.rules, [])) highStakes.set(h.event.key, h);
  }
  const [all, setAll] = useState(false);
  if (events.length === 0) return <p class="muted">{t.upcomingNone}</p>;

  const { first, rest } = splitDays(groupByDay(events, now), now);
  const later = rest.reduce((n, d) => n + d.events.length, 0);
  const shown = all ? [...first, ...rest] : first;
  const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

  return (
    <div class="upcoming">
      {error && <Notice tone="error">{error}</Notice>}
      {shown.length === 0 && <p class="muted">{t.upcomingNoneThisWeek}</p>}
      {shown.map(({ day, events: list }) => {
        const name = dayFormat.format(Math.max(list[0]!.start, now));
        return (
          <section key={day} class="upcoming-day" aria-label={name}>
            <h3 class="upcoming-date">{name}</h3>
            <ul class="upcoming-list">
              {list.map((event) => (
                <li key={event.key} class={highStakes.has(event.key) ? 'upcoming-item upcoming-high' : 'upcoming-item'}>
                  <span class="upcoming-time">
                    {event.allDay ? t.allDay : `${timeFormat.format(event.start)}–${timeFormat.format(event.end)}`}
                  </span>
                  <span class="upcoming-what">
                    <span class="upcoming-title">{event.title || optionsText.untitled}</span>
                    <span class="upcoming-feed muted">{enabled.get(event.feedId)?.name}</span>
                    {highStakes.has(event.key) && (
                      <span class="stakes-badge">{optionsText.stakesBadge(KIND_LABELS[highStakes.get(event.key)!.kind])}</span>
                    )}
                    {/* As in the popup: a plan spreads over days, so only for a high-stakes event on a later day. */}
                    {highStakes.has(event.key) && localDay(event.start) > localDay(now) && (
                      <a class="upcoming-plan" href={`/journal.html#${encodeURIComponent(planSection(event.key))}`} target="_blank" rel="noopener">
                        {optionsText.makePlan}
                        <span class="visually-hidden"> {optionsText.makePlanFor(event.title || optionsText.untitled)}</span>
                      </a>
                    )}
                  </span>
                  {stakes && (
                    <div class="upcoming-stakes">
                      <EventStakes
                        event={event}
                        stakes={stakes}
                        found={highStakes.get(event.key)}
                        onChange={(apply) => void change(apply)}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {later > 0 && (
        <button type="button" class="button button-quiet upcoming-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t.showFewer : t.showMore(later)}
        </button>
      )}
    </div>
  );
}
