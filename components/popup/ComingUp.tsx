// The popup's compact view of what is coming up. Loaded after the popup's
// first paint (it is not needed to log a win), and silent until the user has
// a calendar.
import { useEffect, useState } from 'preact/hooks';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { eventsAhead, readEnabledCalendars } from '@/lib/feeds/upcoming-store';
import { scheduleEvent, withoutTags, withTag } from '@/lib/prompts/events';
import { changeStakes, loadStakes, watchStakes } from '@/lib/prompts/items';
import type { Stakes } from '@/lib/prompts/model';
import { detectHighStakes } from '@/lib/schedule/detect';
import { defaultDb } from '@/lib/store/db';
import { localDay } from '@/lib/time/days';
import { feedProblemText } from '../common/feedStatusText';
import { popupText as t } from './strings';

const SHOWN = 4;

// This view's own words live with it, so that the popup's first paint does not carry them.
const text = {
  comingUp: 'Coming up',
  nothingComingUp: 'Nothing on your calendars in the next two weeks.',
  today: 'Today',
  tomorrow: 'Tomorrow',
  markHighStakes: 'Mark as high-stakes',
  isHighStakes: 'High-stakes: Primed will prompt you',
} as const;

export function ComingUp({ now }: { now: number }) {
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [upcoming, setUpcoming] = useState<FeedUpcoming[]>([]);
  const [stakes, setStakes] = useState<Stakes | null>(null);

  useEffect(() => {
    readEnabledCalendars(defaultDb()).then(
      (calendars) => {
        setFeeds(calendars.feeds);
        setUpcoming(calendars.upcoming);
      },
      () => undefined,
    );
    loadStakes().then(setStakes, () => undefined);
    return watchStakes(setStakes);
  }, []);

  if (feeds.length === 0) return null;
  const events = eventsAhead(upcoming, now).slice(0, SHOWN);
  const troubled = feeds.flatMap((f) => {
    const problem = upcoming.find((u) => u.feedId === f.id)?.problem;
    return problem ? [`${f.name}: ${feedProblemText[problem]}.`] : [];
  });
  const highStakes = new Set(
    stakes ? detectHighStakes(events.map(scheduleEvent), stakes.tags, stakes.rules, []).map((h) => h.event.key) : [],
  );

  // One press marks this occurrence high-stakes, or (when it is, by a mark or
  // a rule) says "never prompt" for it; the settings page has the finer choices.
  function toggle(event: (typeof events)[number]) {
    const marked = highStakes.has(event.key);
    void changeStakes((s) =>
      withTag(withoutTags(s, [event.key]), {
        target: event.key,
        scope: 'occurrence',
        mode: marked ? 'never' : 'high-stakes',
        kind: 'other',
        updatedAt: Date.now(),
      }),
    ).catch(() => undefined);
  }

  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
  const when = (start: number, allDay: boolean) => {
    const shown = Math.max(start, now);
    const days = localDay(shown) - localDay(now);
    const day = days <= 0 ? text.today : days === 1 ? text.tomorrow : weekday.format(shown);
    return allDay ? day : `${day} ${time.format(start)}`;
  };

  return (
    <section class="coming-up" aria-labelledby="coming-up-heading">
      <h2 id="coming-up-heading" class="recent-heading">
        {text.comingUp}
      </h2>
      {events.length === 0 ? (
        <p class="muted">{text.nothingComingUp}</p>
      ) : (
        <ul class="recent-list" data-testid="coming-up">
          {events.map((e) => (
            <li key={e.key} class="recent-item">
              <span class="recent-text">{e.title || t.untitled}</span>
              <span class="recent-time muted">{when(e.start, e.allDay)}</span>
              {!e.allDay && (
                <button
                  type="button"
                  class="stakes-toggle"
                  aria-pressed={highStakes.has(e.key)}
                  aria-label={`High-stakes: ${e.title || t.untitled}`}
                  title={highStakes.has(e.key) ? text.isHighStakes : text.markHighStakes}
                  onClick={() => toggle(e)}
                >
                  <span aria-hidden="true">{highStakes.has(e.key) ? '★' : '☆'}</span>
                </button>
              )}
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
