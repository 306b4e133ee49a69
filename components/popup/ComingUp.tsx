// The popup's compact view of what is coming up. Loaded after the popup's
// first paint (it is not needed to log a win), and silent until the user has
// a calendar.
import { useEffect, useState } from 'preact/hooks';
import { loadFeeds } from '@/lib/feeds/feed-list';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { eventsAhead, readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { defaultDb } from '@/lib/store/db';
import { localDay } from '@/lib/time/days';
import { feedProblemText } from '../common/feedStatusText';
import { popupText as t } from './strings';

const SHOWN = 4;

export function ComingUp({ now }: { now: number }) {
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [upcoming, setUpcoming] = useState<FeedUpcoming[]>([]);

  useEffect(() => {
    Promise.all([loadFeeds(), readAllUpcoming(defaultDb())]).then(
      ([f, u]) => {
        setFeeds(f);
        setUpcoming(u);
      },
      () => undefined,
    );
  }, []);

  const enabled = feeds.filter((f) => f.enabled);
  if (enabled.length === 0) return null;
  const events = eventsAhead(upcoming, new Set(enabled.map((f) => f.id)), now).slice(0, SHOWN);
  const troubled = enabled.flatMap((f) => {
    const problem = upcoming.find((u) => u.feedId === f.id)?.problem;
    return problem ? [`${f.name}: ${feedProblemText[problem]}.`] : [];
  });
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
  const when = (start: number, allDay: boolean) => {
    const shown = Math.max(start, now);
    const days = localDay(shown) - localDay(now);
    const day = days <= 0 ? t.dayToday : days === 1 ? t.tomorrow : weekday.format(shown);
    return allDay ? day : `${day} ${time.format(start)}`;
  };

  return (
    <section class="coming-up" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading" class="recent-heading">
        {t.comingUp}
      </h2>
      {events.length === 0 ? (
        <p class="muted">{t.nothingComingUp}</p>
      ) : (
        <ul class="recent-list" data-testid="coming-up">
          {events.map((e) => (
            <li key={e.key} class="recent-item">
              <span class="recent-text">{e.title || t.untitled}</span>
              <span class="recent-time muted">{when(e.start, e.allDay)}</span>
            </li>
          ))}
        </ul>
      )}
      {troubled.map((line) => (
        <p key={line} class="muted coming-up-problem">
          {line}
        </p>
      ))}
    </section>
  );
}
