// Exercises that build on one done earlier for the same event: the get-ready
// prompt on the rehearsal's if-then plans, the review on the plan it reviews.
import type { Db } from '../store/db';
import { walkEntriesOfKind } from '../store/entries';
import { FlowEntry } from './entry';

/** The latest finished exercise `flowId` done for the event, if there is one. */
export async function latestEntryFor(db: Db, flowId: string, eventKey: string): Promise<FlowEntry | undefined> {
  let found: FlowEntry | undefined;
  await walkEntriesOfKind(db, 'flow', FlowEntry, (entry) => {
    if (entry.flowId === flowId && entry.eventKey === eventKey) found = entry;
    return !found;
  });
  return found;
}
