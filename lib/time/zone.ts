// The system's time zone, as an IANA name. Apart from the calendar engine so
// that pages can ask without loading it.
export function runtimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
