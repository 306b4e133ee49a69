import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { WinEntry } from '@/lib/store/entries';
import { relativeTime } from '@/lib/time/relative';
import { popupText as t } from './strings';

interface Props {
  /** null while loading. */
  wins: WinEntry[] | null;
  now: () => number;
  /** Beside the heading: what can still be done with the win just logged. */
  children?: ComponentChildren;
}

export function RecentWins({ wins, now, children }: Props) {
  // Re-render every half minute so "just now" turns into "1 minute ago".
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);

  return (
    <section class="recent" aria-labelledby="recent-heading">
      <div class="recent-header">
        <h2 id="recent-heading" class="recent-heading">
          {t.recent}
        </h2>
        {children}
      </div>
      {wins !== null && wins.length === 0 && (
        <div class="recent-empty">
          <p class="recent-empty-title">{t.emptyTitle}</p>
          <p class="muted">{t.emptyBody}</p>
        </div>
      )}
      {wins !== null && wins.length > 0 && (
        <ul class="recent-list">
          {wins.map((win) => (
            <li key={win.id} class="recent-item">
              {/* One line each; the whole text is a hover away and on the history page. */}
              <span class="recent-text" title={win.text}>
                {win.text}
              </span>
              <time class="recent-time muted" dateTime={new Date(win.createdAt).toISOString()}>
                {relativeTime(win.createdAt, now())}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
