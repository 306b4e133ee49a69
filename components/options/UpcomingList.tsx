import type { Feed, FeedUpcoming, StoredOccurrence } from '@/lib/feeds/model';
import { eventsAhead, ofEnabledFeeds } from '@/lib/feeds/upcoming-store';
import { scheduleEvent } from '@/lib/prompts/events';
import { detectHighStakes } from '@/lib/schedule/detect';
import type { HighStakesEvent } from '@/lib/schedule/types';
import { localDay } from '@/lib/time/days';
import { calendarText as t } from './calendarText';
import { EventStakes } from './EventStakes';
import { optionsText } from './strings';
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
  if (events.length === 0) return <p class="muted">{t.upcomingNone}</p>;

  const days = new Map<number, StoredOccurrence[]>();
  for (const event of events) {
    const day = localDay(Math.max(event.start, now));
    days.set(day, [...(days.get(day) ?? []), event]);
  }
  const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

  return (
    <div class="upcoming">
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}
      {[...days.entries()].map(([day, list]) => (
        <section key={day} class="upcoming-day" aria-label={dayFormat.format(Math.max(list[0]!.start, now))}>
          <h4 class="upcoming-date">{dayFormat.format(Math.max(list[0]!.start, now))}</h4>
          <ul class="upcoming-list">
            {list.map((event) => (
              <li key={event.key} class={highStakes.has(event.key) ? 'upcoming-item upcoming-high' : 'upcoming-item'}>
                <span class="upcoming-time">
                  {event.allDay ? t.allDay : `${timeFormat.format(event.start)}–${timeFormat.format(event.end)}`}
                </span>
                <span class="upcoming-title">{event.title || optionsText.untitled}</span>
                <span class="upcoming-feed muted">{enabled.get(event.feedId)?.name}</span>
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
      ))}
    </div>
  );
}
