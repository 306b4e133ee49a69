// One piece of the user's own evidence, in their own words, each time the
// popup opens. Loaded after the first paint; silent until there is any.
import { useEffect, useState } from 'preact/hooks';
import { evidenceOf, pickEvidence, type EvidenceItem } from '@/lib/journal/evidence';
import { JournalEntry } from '@/lib/journal/journal';
import { readAllValid } from '@/lib/journal/read';
import { defaultDb } from '@/lib/store/db';

/** The last few months of entries are plenty to choose from. */
const READ = 300;

// This line's words live with it, not in ./strings (see wxt.config.ts).
const text = {
  win: 'From your own record: ',
  capability: 'You once wrote that it showed: ',
} as const;

export function EvidenceLine() {
  const [item, setItem] = useState<EvidenceItem | undefined>(undefined);
  useEffect(() => {
    readAllValid(defaultDb(), 'entry', JournalEntry, { limit: READ }).then(
      (entries) => setItem(pickEvidence(evidenceOf(entries, (id) => id))),
      () => undefined,
    );
  }, []);
  if (!item) return null;
  return (
    <p class="evidence-line" data-testid="evidence">
      <span class="muted">{item.kind === 'capability' ? text.capability : text.win}</span>“{item.text}”
    </p>
  );
}
