// Bringing a backup back: the whole file is checked before anything is
// written, the user sees what it would change, and then every record lands
// in one IndexedDB transaction (all or nothing). Records are merged by id:
// one already here is kept unless the backup's copy was edited later, and a
// record the file holds more than once is written once.
import { loadFeeds } from '../feeds/feed-list';
import type { Feed } from '../feeds/model';
import { isMasked, restoreSource } from '../feeds/sources';
import { goalKey, readGoals } from '../goals/store';
import type { PrepPlan } from '../prep/plan';
import { prepKey, readPlans } from '../prep/store';
import type { DecisionRecord } from '../prompts/model';
import { readCheckIns, type CheckInRecord } from '../prompts/check-in';
import { loadPromptSettings, loadStakes } from '../prompts/items';
import type { Stakes } from '../prompts/model';
import { recordKinds, storedItems, type CataloguedItem } from '../store/catalogue';
import { recordKey, writeAtomically, type Db, type Write } from '../store/db';
import { entryKey } from '../store/entries';
import { isItemSaved, itemWrite, saveItemsWith, type ItemDeps, type ItemWrite } from '../store/local-item';
import type { VersionedItem } from '../store/versioned';
import { validPut } from '../store/records';
import { loadSettings } from '../store/settings';
import { withoutFirstDefaults } from '../values/values';
import { loadSupporters, mergeSupporters } from '../supporters/supporters';
import { mergeProgram } from '../program/progress';
import { loadProgram } from '../program/state';
import { readAllValid } from '../journal/read';
import { Backup, BACKUP_FORMAT, BACKUP_VERSION, type BackupFeed } from './backup';
import { describeProblem } from './problems';

/** What reading a backup gives: never an exception, a refusal says why in plain words. */
type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * Older backup formats, each brought up one version. A change to the format
 * adds a step here (and a fixture to its tests).
 */
const MIGRATIONS: ReadonlyArray<{ from: number; migrate: (old: Record<string, unknown>) => Record<string, unknown> }> = [
  // Version 1 reserved the goals list before goal ladders existed; no version 1 backup holds a goal.
  { from: 1, migrate: (old) => ({ ...old, version: 2, goals: [] }) },
  // Check-ins after events came with version 3.
  { from: 2, migrate: (old) => ({ ...old, version: 3, checkIns: [] }) },
  // Supporters came with version 4.
  { from: 3, migrate: (old) => ({ ...old, version: 4, supporters: [] }) },
];

/** Reads and checks a backup file's text; the error names the first bad record and field. Never throws. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Primed backup: it is not JSON.' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Primed backup.' };
  }
  let data = raw as Record<string, unknown>;
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This backup has no readable version number.' };
  }
  if (version > BACKUP_VERSION) {
    return { ok: false, error: `This backup was made by a newer version of Primed (format ${version}). Update Primed, then try again.` };
  }
  for (const step of MIGRATIONS) if (step.from >= version) data = step.migrate(data);
  const checked = Backup.safeParse(data);
  if (checked.success) return { ok: true, backup: checked.data };
  return { ok: false, error: describeProblem(data, checked.error.issues[0]) };
}

/** How one list of records in the backup meets the records already here. */
export interface SectionPreview {
  /** Different records (ids) in the file: what can be stored. */
  records: number;
  /** Extra copies of a record the file holds more than once; only the latest edit of each is kept. */
  duplicates: number;
  new: number;
  /** Here already, and the backup's copy was changed later: it replaces ours. */
  newer: number;
  /** Here already, as recent as the backup's copy: ours is kept. */
  alreadyHere: number;
}

export interface ImportPreview {
  entries: SectionPreview;
  decisions: SectionPreview;
  goals: SectionPreview;
  checkIns: SectionPreview;
  /** Prep plans for events, merged by event. */
  prepPlans: SectionPreview;
  /** Subscriptions in the backup without their address, which cannot be brought back. */
  feedsWithoutAddress: number;
}

/**
 * One copy per id, in the order the ids first appear: the copy `isNewer`
 * prefers, or of equals the first. Writing every copy would leave whichever
 * came last, and count each as a record.
 */
function latestById<T>(records: readonly T[], isNewer: (a: T, b: T) => boolean, idOf: (record: T) => string = byId): T[] {
  const kept = new Map<string, T>();
  for (const record of records) {
    const current = kept.get(idOf(record));
    if (!current || isNewer(record, current)) kept.set(idOf(record), record);
  }
  return [...kept.values()];
}

const byId = <T>(record: T) => (record as { id: string }).id;

function mergeSection<T>(
  theirs: readonly T[],
  here: ReadonlyMap<string, T>,
  isNewer: (a: T, b: T) => boolean,
  idOf: (record: T) => string = byId,
): { toWrite: T[]; preview: SectionPreview } {
  const distinct = latestById(theirs, isNewer, idOf);
  const toWrite: T[] = [];
  let fresh = 0;
  let newer = 0;
  for (const record of distinct) {
    const mine = here.get(idOf(record));
    if (!mine) fresh += 1;
    else if (isNewer(record, mine)) newer += 1;
    else continue;
    toWrite.push(record);
  }
  return {
    toWrite,
    preview: { records: distinct.length, duplicates: theirs.length - distinct.length, new: fresh, newer, alreadyHere: distinct.length - fresh - newer },
  };
}

const editedLater = (a: { updatedAt: number }, b: { updatedAt: number }) => a.updatedAt > b.updatedAt;
// A decision only grows (engagement is appended): the longer record is the newer one.
const engagedLonger = (a: DecisionRecord, b: DecisionRecord) => a.engagement.length > b.engagement.length;
// A check-in only moves from asked to answered (or put aside): an answer wins, then a "Not now".
const checkInStage = (c: CheckInRecord) => (c.capability !== undefined ? 2 : c.skippedAt !== undefined ? 1 : 0);
const answeredLater = (a: CheckInRecord, b: CheckInRecord) => checkInStage(a) > checkInStage(b);
const byEvent = (c: CheckInRecord) => c.eventKey;
const planEvent = (p: PrepPlan) => p.eventKey;

interface ImportPlan {
  preview: ImportPreview;
  records: Write[];
  items: ItemWrite[];
}

/**
 * Everything an import would write, each value checked against the schema it
 * is stored with (validPut and itemWrite refuse anything else), before any
 * of it is written. The preview is counted from the same plan, so it says
 * what will really be stored.
 */
async function planImport(db: Db, backup: Backup, deps: ItemDeps): Promise<ImportPlan> {
  const [entriesHere, decisionsHere, goalsHere, checkInsHere, plansHere] = await Promise.all([
    readAllValid(db, 'entry', recordKinds.entry.schema),
    readAllValid(db, 'decision', recordKinds.decision.schema),
    readGoals(db),
    readCheckIns(db),
    readPlans(db),
  ]);
  const entries = mergeSection(backup.entries, new Map(entriesHere.map((e) => [e.id, e])), editedLater);
  const decisions = mergeSection(backup.decisions, new Map(decisionsHere.map((d) => [d.id, d])), engagedLonger);
  const goals = mergeSection(backup.goals, new Map(goalsHere.map((g) => [g.id, g])), editedLater);
  const checkIns = mergeSection(backup.checkIns, new Map(checkInsHere.map((c) => [c.eventKey, c])), answeredLater, byEvent);
  const prepPlans = mergeSection(backup.prepPlans ?? [], new Map(plansHere.map((p) => [p.eventKey, p])), editedLater, planEvent);
  const records: Write[] = [
    ...entries.toWrite.map((entry) => validPut(entryKey(entry.id), recordKinds.entry.schema, entry)),
    ...decisions.toWrite.map((decision) => validPut(recordKey('decision', decision.id), recordKinds.decision.schema, decision)),
    ...goals.toWrite.map((goal) => validPut(goalKey(goal.id), recordKinds.goal.schema, goal)),
    ...checkIns.toWrite.map((checkIn) => validPut(recordKey('checkin', checkIn.eventKey), recordKinds.checkin.schema, checkIn)),
    ...prepPlans.toWrite.map((plan) => validPut(prepKey(plan.eventKey), recordKinds.prep.schema, plan)),
  ];
  const [settings, promptSettings, stakes, feeds, stakesSaved, supporters, program] = await Promise.all([
    loadSettings(deps),
    loadPromptSettings(deps),
    loadStakes(deps),
    loadFeeds(deps),
    isItemSaved(storedItems.stakes.item, deps),
    loadSupporters(deps),
    loadProgram(deps),
  ]);
  // Keyword rules never saved here are only the defaults: the backup's list (with any the user removed left out) is theirs.
  const stakesHere: Stakes = stakesSaved ? stakes : { tags: [], rules: [], moments: [] };
  const items = [
    merged(storedItems.settings, { ...settings, ...backup.settings }),
    // A backup made before the list changed brings the old suggestions only if the user had made them their own.
    merged(storedItems.values, withoutFirstDefaults(backup.values)),
    merged(storedItems.supporters, mergeSupporters(supporters, backup.supporters)),
    merged(storedItems.promptSettings, { ...promptSettings, ...backup.promptSettings }),
    merged(storedItems.stakes, mergeStakes(stakesHere, backup.stakes)),
    merged(storedItems.feeds, mergeFeeds(feeds, backup.feeds)),
    ...(backup.program ? [merged(storedItems.program, mergeProgram(program, backup.program))] : []),
  ];
  return {
    preview: {
      entries: entries.preview,
      decisions: decisions.preview,
      goals: goals.preview,
      checkIns: checkIns.preview,
      prepPlans: prepPlans.preview,
      feedsWithoutAddress: backup.feeds.filter((f) => isMasked(f.source)).length,
    },
    records,
    items,
  };
}

/** An import the backup and what is here already could not make together: its message is for the user. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

/**
 * An item as the merge leaves it, checked before anything is written. The
 * backup passed the same schema on its own, but a list it is merged into
 * can outgrow a limit; the refusal names the part in the backup's words.
 */
export function mergedItem<T>(item: VersionedItem<T>, section: keyof Backup, value: T): ItemWrite {
  const checked = item.schema.safeParse(value);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const problem = describeProblem({ [section]: value }, issue && { ...issue, path: [section, ...issue.path] });
    throw new ImportRefused(problem.replace(/^Nothing was imported\. (.)/, (_, first: string) => `Nothing was imported. Together with what is here already, ${first.toLowerCase()}`));
  }
  return itemWrite(item, checked.data);
}

/** mergedItem for a catalogued item, under the backup section the catalogue gives it. */
function merged<T>(entry: CataloguedItem<T, keyof Backup>, value: T): ItemWrite {
  return mergedItem(entry.item, entry.backup, value);
}

/** What the import would change here; throws ImportRefused if the backup, merged with what is here, could not be stored. */
export async function previewImport(db: Db, backup: Backup, deps: ItemDeps = {}): Promise<ImportPreview> {
  return (await planImport(db, backup, deps)).preview;
}

/** Writes the backup in: the settings and lists in one write, and the records in one transaction; a failure leaves both as they were. */
export async function applyImport(db: Db, backup: Backup, deps: ItemDeps = {}): Promise<void> {
  const plan = await planImport(db, backup, deps);
  // Settings and lists go in one storage write, taken back if the records' transaction fails.
  await saveItemsWith(plan.items, () => writeAtomically(db, plan.records), deps);
}

/** Marks, rules and moments from both; on the same mark or id, the later edit (or the backup's, for rules). */
export function mergeStakes(mine: Stakes, theirs: Stakes): Stakes {
  const tags = new Map(mine.tags.map((t) => [`${t.scope}|${t.target}`, t]));
  for (const tag of theirs.tags) {
    const current = tags.get(`${tag.scope}|${tag.target}`);
    if (!current || tag.updatedAt > current.updatedAt) tags.set(`${tag.scope}|${tag.target}`, tag);
  }
  const moments = new Map(mine.moments.map((m) => [m.id, m]));
  for (const moment of theirs.moments) {
    const current = moments.get(moment.id);
    if (!current || moment.updatedAt > current.updatedAt) moments.set(moment.id, moment);
  }
  const rules = new Map(mine.rules.map((r) => [r.id, r]));
  for (const rule of theirs.rules) rules.set(rule.id, rule);
  return { tags: [...tags.values()], rules: [...rules.values()], moments: [...moments.values()] };
}

/** Calendars from both, by id; one saved without its address is brought back only if it is already here. */
function mergeFeeds(mine: readonly Feed[], theirs: readonly BackupFeed[]): Feed[] {
  const merged = new Map(mine.map((f) => [f.id, f]));
  for (const feed of theirs) {
    if (merged.has(feed.id)) continue;
    const source = restoreSource(feed.source);
    if (source) merged.set(feed.id, { ...feed, source });
  }
  return [...merged.values()];
}
