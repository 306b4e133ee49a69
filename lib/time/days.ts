// Calendar days in the runtime's time zone, as plain integers, so that "the
// day before" is `day - 1` even across daylight-saving changes.

/** The local calendar day of a moment, as a day count since 1970-01-01. */
export function localDay(ms: number): number {
  const d = new Date(ms);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / 86_400_000);
}
