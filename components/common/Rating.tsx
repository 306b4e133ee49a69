// The one rating control: a slider that reads as unset (no thumb, empty
// track, "not set yet") until the user chooses, and that records every way of
// choosing. A browser only reports `input` when the value changes, and an
// unset slider still rests on its middle value, so a press on the middle is
// caught when the pointer lifts (Chromium sends no `click` after a tap on a
// slider) and on `click` (a screen reader's activation); keys on an unset
// slider are handled here (see valueForKey for why an arrow first lands on the
// middle, and for digits).
import { useRef } from 'preact/hooks';
import { fillOf, midpointOf, valueForKey, type Scale } from './rating';
import { ratingText as t } from './strings';
import './rating.css';

interface RatingProps {
  id: string;
  label: string;
  min: number;
  max: number;
  step?: number;
  value: number | undefined;
  onChange: (value: number) => void;
  /** Offered while set, for a rating that may be left out (e.g. a goal's difficulty). */
  onClear?: () => void;
  /** The value in words, e.g. "40%"; "6 out of 10" unless given. */
  format?: (value: number) => string;
  /** What the two ends mean, shown under the track as "1: Not ready". */
  minLabel?: string;
  maxLabel?: string;
  class?: string;
}

export function Rating({ id, label, min, max, step = 1, value, onChange, onClear, format, minLabel, maxLabel, class: className }: RatingProps) {
  const scale: Scale = { min, max, step };
  const words = value === undefined ? t.notSet : format ? format(value) : t.outOf(value, max);
  const ends = minLabel && maxLabel ? { id: `${id}-ends`, min: minLabel, max: maxLabel } : undefined;
  const input = useRef<HTMLInputElement>(null);
  // Several events report one choice (a mouse press ends in pointerup, change
  // and click) before the page re-renders; each value is passed on once.
  const recorded = useRef(value);
  recorded.current = value;

  function record(raw: string) {
    const chosen = Number(raw);
    if (!Number.isFinite(chosen) || chosen === recorded.current) return;
    recorded.current = chosen;
    onChange(chosen);
  }

  return (
    <div class={className ? `rating ${className}` : 'rating'}>
      <label for={id}>{label}</label>
      <div class="rating-row">
        <input
          id={id}
          ref={input}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value ?? midpointOf(scale)}
          data-unset={value === undefined ? '' : undefined}
          style={{ '--rating-fill': String(fillOf(value, scale)) }}
          aria-valuetext={words}
          aria-describedby={ends?.id}
          onInput={(e) => record(e.currentTarget.value)}
          onChange={(e) => record(e.currentTarget.value)}
          onPointerUp={(e) => record(e.currentTarget.value)}
          onClick={(e) => record(e.currentTarget.value)}
          onKeyDown={(e) => {
            const chosen = valueForKey(e.key, recorded.current, scale);
            if (chosen === undefined) return;
            e.preventDefault();
            recorded.current = chosen;
            onChange(chosen);
          }}
        />
        <output for={id} class="rating-value" aria-hidden="true">
          {words}
        </output>
        {ends && (
          <p id={ends.id} class="rating-ends">
            <span>{t.end(min, ends.min)}</span>
            <span>{t.end(max, ends.max)}</span>
          </p>
        )}
      </div>
      {onClear && value !== undefined && (
        <button
          type="button"
          class="link-button rating-clear"
          aria-label={t.clearLabel(label)}
          onClick={() => {
            onClear();
            // The button goes with the value; the keyboard stays on the rating.
            input.current?.focus();
          }}
        >
          {t.clear}
        </button>
      )}
    </div>
  );
}
