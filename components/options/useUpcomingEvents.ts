import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadFeeds } from '@/lib/feeds/feed-list';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { eventsAhead, ofEnabledFeeds, readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { onDataChanged } from '@/lib/browser/changes';
import { scheduleEvent } from '@/lib/prompts/events';
import type { ScheduleEvent } from '@/lib/planner/types';
import { defaultDb } from '@/lib/store/db';

/** The events still to come in the enabled calendars, soonest first, as the planner sees them. */
export function useUpcomingEvents(): ScheduleEvent[] {
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [upcoming, setUpcoming] = useState<FeedUpcoming[]>([]);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const db = defaultDb();
    // The Calendars section reports read failures; this one only previews.
    const refresh = () => {
      Promise.all([loadFeeds(), readAllUpcoming(db)]).then(([f, u]) => {
        setFeeds(f);
        setUpcoming(u);
        setNow(Date.now());
      }, () => undefined);
    };
    refresh();
    const unwatch = onDataChanged(['feeds'], refresh);
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);

  return useMemo(() => {
    return eventsAhead(ofEnabledFeeds(feeds, upcoming), now).map(scheduleEvent);
  }, [feeds, upcoming, now]);
}
