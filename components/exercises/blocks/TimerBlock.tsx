import { useEffect, useState } from 'preact/hooks';
import { runnerText as t } from '../strings';
import type { BlockProps, BlockOf } from './types';

/** Counts down, can be paused, and never stops anyone from finishing early or late. */
export function TimerBlock({ block: { minutes } }: BlockProps<BlockOf<'timer'>>) {
  const [left, setLeft] = useState(minutes * 60);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused || left <= 0) return;
    const timer = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [paused, left]);
  const mm = String(Math.floor(left / 60)).padStart(2, '0');
  const ss = String(left % 60).padStart(2, '0');
  return (
    <div class="flow-timer">
      <span class="flow-timer-clock" role="timer" aria-label={t.timeLeft}>
        {left > 0 ? `${mm}:${ss}` : t.timeUp}
      </span>
      {left > 0 && (
        <button type="button" class="link-button" onClick={() => setPaused(!paused)}>
          {paused ? t.resume : t.pause}
        </button>
      )}
    </div>
  );
}
