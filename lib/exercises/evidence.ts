// The user's own evidence of what they can do: recent wins, and what their
// reflections after events said it showed about their capability. Words that
// read like a crisis are left out: they are not evidence to build on.
import type { Db } from '../store/db';
import { mentionsCrisis } from '../safety/crisis';
import { walkEntriesOfKind } from '../store/entries';
import { WinEntry } from '../wins/model';
import { FlowEntry } from './entry';
import { FLOW_IDS } from './ids';

export async function readEvidence(db: Db, { wins = 5, reflections = 3 } = {}): Promise<string[]> {
  const found: string[] = [];
  let winCount = 0;
  await walkEntriesOfKind(db, 'win', WinEntry, (entry) => {
    if (mentionsCrisis(entry.text)) return true;
    found.push(entry.text);
    return ++winCount < wins;
  });
  let reflectionCount = 0;
  await walkEntriesOfKind(db, 'flow', FlowEntry, (entry) => {
    const capability = entry.flowId === FLOW_IDS.feedback ? entry.fields.capability : undefined;
    if (typeof capability === 'string' && capability.trim() && !mentionsCrisis(capability)) {
      found.push(capability.trim());
      reflectionCount += 1;
    }
    return reflectionCount < reflections;
  });
  return [...new Set(found)];
}
