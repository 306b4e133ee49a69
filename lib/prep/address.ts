// Where a prep plan opens: the journal page at #plan=<event key>. The popup
// asks the background to open the page at this section, which percent-encodes
// it; both forms are read here.
const PLAN_SECTION_PREFIX = 'plan=';

export function planSection(eventKey: string): string {
  return `${PLAN_SECTION_PREFIX}${eventKey}`;
}

/** The event key a page address names, if it names a plan. */
export function planKeyOf(hash: string): string | undefined {
  let section: string;
  try {
    section = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const key = section.startsWith(PLAN_SECTION_PREFIX) ? section.slice(PLAN_SECTION_PREFIX.length) : '';
  return key || undefined;
}
