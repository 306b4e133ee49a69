// The day's tally and the last win. Both wait for a read of the store, so
// they load after the first paint, words included.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Flame } from 'lucide-preact';
import type { WinEntry } from '@/lib/wins/model';
import type { WinTally } from '@/lib/wins/tally';
import { relativeTime } from '@/lib/time/relative';
import './recent-wins.css';

const text = {
  recent: 'Your last win',
  emptyTitle: 'Your first win goes here.',
  emptyBody: 'One thing that went well today, however small. Day by day they add up to proof of what you can do.',
  today: (n: number) => `${n} today`,
  streak: (days: number) => `${days}-day streak`,
  noStreak: 'Start a streak',
} as const;

/** The day's count, and the streak when the user has chosen to see it. */
export function DayStats({ tally, showStreak }: { tally: WinTally; showStreak: boolean }) {
  return (
    <p class="popup-stats" aria-live="polite">
      <span class="popup-stat" data-testid="today-count">
        {text.today(tally.today)}
      </span>
      {showStreak && (
        <span class="popup-stat popup-streak" data-testid="streak">
          {tally.streak > 0 && <Flame size={14} aria-hidden="true" />}
          {tally.streak > 0 ? text.streak(tally.streak) : text.noStreak}
        </span>
      )}
    </p>
  );
}

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
          {text.recent}
        </h2>
        {children}
      </div>
      {wins !== null && wins.length === 0 && (
        <div class="recent-empty">
          <p class="recent-empty-title">{text.emptyTitle}</p>
          <p class="muted">{text.emptyBody}</p>
        </div>
      )}
      {wins !== null && wins.length > 0 && (
        <ul class="recent-list">
          {wins.map((win) => (
            <li key={win.id} class="recent-item">
              {/* One line each; the whole text is a hover away and in the journal. */}
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
