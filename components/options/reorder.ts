// Moving one item of a ranked list to a new place, for the values list's
// drag handle (keyboard and pointer alike). Pure, so both are tested the same.

/** The list with the item at `from` moved to `to` (both clamped to the list). */
export function moveTo<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const target = Math.min(Math.max(to, 0), next.length - 1);
  const [item] = next.splice(from, 1);
  next.splice(target, 0, item!);
  return next;
}

/** Where a key press sends the item at `index`, or null for a key that does not move it. */
export function keyTarget(key: string, index: number, length: number): number | null {
  switch (key) {
    case 'ArrowUp':
      return index > 0 ? index - 1 : null;
    case 'ArrowDown':
      return index < length - 1 ? index + 1 : null;
    case 'Home':
      return index > 0 ? 0 : null;
    case 'End':
      return index < length - 1 ? length - 1 : null;
    default:
      return null;
  }
}
