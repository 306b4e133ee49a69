// The user's data as one versioned JSON file ("data you own"): everything
// they wrote and chose, read through the same validated readers the pages
// use, so a record that fails its schema is quarantined rather than exported.
// Calendar feed addresses are secrets (a Google "secret address" grants read
// access to the calendar): they are left out unless the user asks for them.
import { Feed } from '../feeds/feed';
import { BackupSource, holdsSecret, maskSource } from '../feeds/sources';
import { loadFeeds } from '../feeds/feed-list';
import { FlowEntry } from '../exercises/entry';
import { Goal } from '../goals/model';
import { readGoals } from '../goals/store';
import { JournalEntry } from '../journal/journal';
import { PrepPlan } from '../prep/plan';
import { readPlans } from '../prep/store';
import { readDecisions } from '../prompts/decision-log';
import { DecisionRecord } from '../prompts/model';
import { CheckInRecord, readCheckIns } from '../prompts/check-in';
import { loadPromptSettings, loadStakes } from '../prompts/items';
import type { PromptSettings, Stakes } from '../prompts/model';
import type { Db } from '../store/db';
import { walkEntriesOfKind } from '../store/entries';
import { WinEntry } from '../wins/model';
import type { ItemDeps } from '../store/local-item';
import { recordKinds, storedItems } from '../store/catalogue';
import { loadSettings, type Settings } from '../store/settings';
import { loadValues } from '../values/values';
import { loadSupporters, type Supporter } from '../supporters/supporters';
import { isStarted } from '../program/progress';
import { loadProgram, type ProgramState } from '../program/state';
import { z } from '../zod';

export const BACKUP_FORMAT = 'primed-backup';
/** 2: goal ladders (version 1 held an always-empty list in their place). 3: after-event check-ins. 4: supporters. */
export const BACKUP_VERSION = 4;

/** A feed's source as it is, or with its secret left out (each kind says how: lib/feeds/sources). */
export const BackupFeed = z.object({ ...Feed.shape, source: BackupSource });
export type BackupFeed = z.infer<typeof BackupFeed>;

/** Wins and finished exercises: the journal, as the history page reads it. */
const BackupEntry = recordKinds.entry.schema;
type BackupEntry = JournalEntry;

// Every part is checked with the schema its store writes with (the item's or
// the record kind's, as lib/store/catalogue.ts lists them), so whatever a
// backup passes here can be written as it is: a limit added to a stored
// schema applies to backups at once.
export const Backup = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    /** When the backup was made: UTC epoch ms, and the same instant as ISO 8601 for people reading the file. */
    exportedAt: z.number(),
    exportedAtIso: z.string(),
    /** Whether the feeds keep their subscription addresses (secrets) or show `url-hidden`. */
    includesCalendarAddresses: z.boolean(),
    /** Wins and finished exercises, oldest first. */
    entries: z.array(BackupEntry),
    settings: storedItems.settings.item.schema,
    values: storedItems.values.item.schema,
    /** The people the user leans on, in their order. */
    supporters: storedItems.supporters.item.schema,
    feeds: z.array(BackupFeed),
    stakes: storedItems.stakes.item.schema,
    promptSettings: storedItems.promptSettings.item.schema,
    /** The decision log, oldest first. */
    decisions: z.array(recordKinds.decision.schema),
    /** Goal ladders, oldest first. */
    goals: z.array(recordKinds.goal.schema),
    /** After-event check-ins (the experiment log's outcome), oldest event first. */
    checkIns: z.array(recordKinds.checkin.schema),
    /** Prep plans for events, oldest first. Left out when there are none, so older files and readers are unchanged. */
    prepPlans: z.optional(z.array(recordKinds.prep.schema)),
    /** The 30-day program: days done, paused or not, the reminder's time. Left out until the user joins it. */
    program: z.optional(storedItems.program.item.schema),
  })
  .check(
    z.refine(
      (backup) => backup.includesCalendarAddresses || backup.feeds.every((feed) => !holdsSecret(feed.source)),
      'a backup without calendar addresses holds none',
    ),
  );
export type Backup = z.infer<typeof Backup>;

/** Everything a backup is made of, as the validated readers return it. */
export interface BackupData {
  wins: WinEntry[];
  flows: FlowEntry[];
  settings: Settings;
  values: string[];
  supporters: Supporter[];
  feeds: Feed[];
  stakes: Stakes;
  promptSettings: PromptSettings;
  decisions: DecisionRecord[];
  goals: Goal[];
  checkIns: CheckInRecord[];
  prepPlans?: PrepPlan[];
  program?: ProgramState;
}

interface BackupOptions {
  /** The user ticked "include calendar addresses". */
  includeCalendarAddresses: boolean;
  /** The clock: epoch ms. */
  now: number;
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withoutAddress(feed: Feed): BackupFeed {
  return { ...feed, source: maskSource(feed.source) };
}

/** The backup of `data`, made at `options.now`. Pure: the same data and options give the same backup. */
export function buildBackup(data: BackupData, options: BackupOptions): Backup {
  const entries: BackupEntry[] = [...data.wins, ...data.flows].sort(
    (a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id),
  );
  const decisions = [...data.decisions].sort((a, b) => a.decidedAt - b.decidedAt || compareIds(a.id, b.id));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: options.now,
    exportedAtIso: new Date(options.now).toISOString(),
    includesCalendarAddresses: options.includeCalendarAddresses,
    entries,
    settings: data.settings,
    values: [...data.values],
    supporters: [...data.supporters],
    feeds: options.includeCalendarAddresses ? [...data.feeds] : data.feeds.map(withoutAddress),
    stakes: data.stakes,
    promptSettings: data.promptSettings,
    decisions,
    goals: [...data.goals].sort((a, b) => a.createdAt - b.createdAt || compareIds(a.id, b.id)),
    checkIns: [...data.checkIns].sort((a, b) => a.eventEnd - b.eventEnd || compareIds(a.eventKey, b.eventKey)),
    ...(data.prepPlans?.length
      ? { prepPlans: [...data.prepPlans].sort((a, b) => a.createdAt - b.createdAt || compareIds(a.eventKey, b.eventKey)) }
      : {}),
    ...(data.program && isStarted(data.program) ? { program: data.program } : {}),
  };
}

async function readEntriesOfKind<E extends WinEntry | FlowEntry>(
  db: Db,
  kind: E['kind'],
  schema: z.ZodMiniType<E>,
): Promise<E[]> {
  const all: E[] = [];
  await walkEntriesOfKind(db, kind, schema, (entry) => {
    all.push(entry);
    return true;
  });
  return all;
}

/**
 * Reads everything a backup holds through the validated readers: invalid
 * records are quarantined (in `db`, for the items too) and left out.
 * `deps` chooses the extension storage area and the clock, as for any item.
 */
export async function readBackupData(db: Db, deps: ItemDeps = {}): Promise<BackupData> {
  const itemDeps: ItemDeps = { ...deps, db };
  const [wins, flows, decisions, goals, checkIns, settings, values, supporters, feeds, stakes, promptSettings, prepPlans, program] = await Promise.all([
    readEntriesOfKind(db, 'win', WinEntry),
    readEntriesOfKind(db, 'flow', FlowEntry),
    readDecisions(db),
    readGoals(db),
    readCheckIns(db),
    loadSettings(itemDeps),
    loadValues(itemDeps),
    loadSupporters(itemDeps),
    loadFeeds(itemDeps),
    loadStakes(itemDeps),
    loadPromptSettings(itemDeps),
    readPlans(db),
    loadProgram(itemDeps),
  ]);
  return {
    wins,
    flows,
    settings,
    values,
    supporters,
    feeds,
    stakes,
    promptSettings,
    decisions,
    goals,
    checkIns,
    ...(prepPlans.length ? { prepPlans } : {}),
    ...(isStarted(program) ? { program } : {}),
  };
}

/** `primed-backup-YYYY-MM-DD.json`, dated in UTC like `exportedAtIso`. */
export function backupFileName(now: number): string {
  return `${BACKUP_FORMAT}-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** The file's text: pretty-printed with two spaces, ending with a newline. */
export function toJson(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}
