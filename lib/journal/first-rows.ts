// The history page's first screen of rows: read before the page's own code
// has even loaded (its entry point starts this first), so the two overlap.
import { defaultDb, type Db } from '../store/db';
import { JournalEntry } from './journal';
import { readAllValid } from './read';

/** Painted before the full read; enough to fill the first screen. */
const FIRST_ROWS = 30;

export function readFirstRows(db: Db = defaultDb()): Promise<JournalEntry[]> {
  return readAllValid(db, 'entry', JournalEntry, { limit: FIRST_ROWS });
}
