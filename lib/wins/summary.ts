// What the popup shows about wins, read in one walk over the newest entries.
import type { Db } from '../store/db';
import { walkEntriesOfKind } from '../store/entries';
import { WinEntry } from './model';
import { addToTally, startTally, type WinTally } from './tally';

interface WinSummary {
  recent: WinEntry[];
  tally: WinTally;
}

export async function readWinSummary(db: Db, now: number, recentLimit: number): Promise<WinSummary> {
  const recent: WinEntry[] = [];
  let tally = startTally(now);
  await walkEntriesOfKind(db, 'win', WinEntry, (entry) => {
    if (recent.length < recentLimit) recent.push(entry);
    tally = addToTally(tally, entry.createdAt);
    return recent.length < recentLimit || !tally.settled;
  });
  return { recent, tally };
}
