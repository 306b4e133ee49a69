// The journal as the history page sees it: every finished entry, whatever its
// kind, filtered and searched in memory (10,000 entries are a few megabytes).
import { FlowEntry } from '../exercises/entry';
import { WinEntry } from '../wins/model';
import { z } from '../zod';

export const JournalEntry = z.union([WinEntry, FlowEntry]);
export type JournalEntry = z.infer<typeof JournalEntry>;

/** "win", or the id of the exercise. */
type JournalKind = string;

export function kindOf(entry: JournalEntry): JournalKind {
  return entry.kind === 'win' ? 'win' : entry.flowId;
}

/** The words of an entry, in the order they were asked for, for the list and for search. */
export function wordsOf(entry: JournalEntry): string[] {
  if (entry.kind === 'win') return [entry.text, ...[entry.eventTitle, entry.goalTitle].filter((t): t is string => Boolean(t))];
  return Object.entries(entry.fields)
    .filter(([key]) => !key.startsWith('_'))
    .flatMap(([, value]) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value : []))
    .filter((text) => text.trim().length > 0);
}

interface JournalFilter {
  /** 'all', 'win' or an exercise id. */
  kind: string;
  query: string;
}

/** Entries of the kind asked for whose words contain every word of the query, any case. */
export function filterJournal(entries: readonly JournalEntry[], { kind, query }: JournalFilter): JournalEntry[] {
  const terms = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (kind !== 'all' && kindOf(entry) !== kind) return false;
    if (terms.length === 0) return true;
    const haystack = wordsOf(entry).join(' ').toLocaleLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
}
