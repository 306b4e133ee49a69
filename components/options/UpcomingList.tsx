import type { Feed, FeedUpcoming, StoredOccurrence } from '@/lib/feeds/model';
import { eventsAhead } from '@/lib/feeds/upcoming-store';
import { localDay } from '@/lib/time/days';
import { calendarText as t } from './calendarText';

interface Props {
  feeds: Feed[];
  upcoming: FeedUpcoming[];
  now: number;
}

/** The events of the enabled feeds from now on, grouped by day, in the user's locale and zone. */
export function UpcomingList({ feeds, upcoming, now }: Props) {
  const enabled = new Map(feeds.filter((f) => f.enabled).map((f) => [f.id, f]));
  const events = eventsAhead(upcoming, new Set(enabled.keys()), now);
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
      {[...days.entries()].map(([day, list]) => (
        <section key={day} class="upcoming-day" aria-label={dayFormat.format(Math.max(list[0]!.start, now))}>
          <h4 class="upcoming-date">{dayFormat.format(Math.max(list[0]!.start, now))}</h4>
          <ul class="upcoming-list">
            {list.map((event) => (
              <li key={event.key} class="upcoming-item">
                <span class="upcoming-time">
                  {event.allDay ? t.allDay : `${timeFormat.format(event.start)}–${timeFormat.format(event.end)}`}
                </span>
                <span class="upcoming-title">{event.title || '(no title)'}</span>
                <span class="upcoming-feed muted">{enabled.get(event.feedId)?.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
