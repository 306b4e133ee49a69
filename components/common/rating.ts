// The arithmetic behind the rating slider, apart from the page: where its
// middle is, what a key records while nothing is chosen yet, and how much of
// the track to fill.

export interface Scale {
  min: number;
  max: number;
  step: number;
}

/** The value on the scale nearest its centre; halfway ties go up, as a browser's own default for a range input does. */
export function midpointOf({ min, max, step }: Scale): number {
  const steps = Math.floor((max - min) / step);
  return min + Math.round(steps / 2) * step;
}

const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']);

/** A digit names its value on a whole-number scale of ten or fewer points (0 for 10), as typing did in a list of numbers. */
function digitValue(key: string, { min, max, step }: Scale): number | undefined {
  if (!/^[0-9]$/.test(key) || step !== 1 || max > 10) return undefined;
  const n = key === '0' && max === 10 ? 10 : Number(key);
  return n >= min && n <= max ? n : undefined;
}

/**
 * What a key press records, or undefined when the browser's own handling is
 * right (a moving key on a rating that is set, or a key that is not for
 * sliders).
 *
 * While unset there is no thumb to move from, so the first arrow (or page key)
 * places it in the middle rather than one step to a side of a position the
 * user never saw: a screen reader goes from "not set yet" to the middle value,
 * the same value a click on the middle records, and the next press moves on
 * from there. Home and End mean the ends whatever the state.
 */
export function valueForKey(key: string, value: number | undefined, scale: Scale): number | undefined {
  const digit = digitValue(key, scale);
  if (digit !== undefined) return digit;
  if (value !== undefined) return undefined;
  if (key === 'Home') return scale.min;
  if (key === 'End') return scale.max;
  if (MOVE_KEYS.has(key)) return midpointOf(scale);
  return undefined;
}

/** How far along the track a value sits, from 0 to 1; an unset rating fills nothing. */
export function fillOf(value: number | undefined, { min, max }: Scale): number {
  if (value === undefined || max <= min) return 0;
  return Math.min(1, Math.max(0, (value - min) / (max - min)));
}
