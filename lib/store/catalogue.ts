// Everything Primed keeps, in one list: each item in extension storage
// (browser.storage.local) and each kind of IndexedDB record, with the schema
// it is checked with and the backup section it goes to. The items themselves
// (key, version, migrations, defaults) are declared beside the code that uses
// them; this file only points at them, so nothing is said twice.
//
// Delete everything clears all of it: the whole storage area and the whole
// records store (lib/browser/delete-everything.ts), so nothing here can
// survive it. Besides these, the pages keep one key in their localStorage,
// "primed.winDraft" (lib/store/win-draft-mirror.ts), which the options page
// clears along with the rest.
//
// The toolbar popup must not import this file: it would load every schema.
// catalogue.test.ts fails when something is stored that is not listed here.
import { FeedText, FeedUpcoming } from '../feeds/model';
import { feedListItem } from '../feeds/feed-list';
import { Goal } from '../goals/model';
import { JournalEntry } from '../journal/journal';
import { PrepPlan } from '../prep/plan';
import { CheckInRecord } from '../prompts/check-in';
import { promptSettingsItem, promptStateItem, stakesItem } from '../prompts/items';
import { DecisionRecord } from '../prompts/model';
import { programItem } from '../program/state';
import { supportersItem } from '../supporters/supporters';
import { valuesItem } from '../values/values';
import type { z } from '../zod';
import type { RecordKind } from './db';
import { Draft } from './drafts';
import { QuarantinedRecord } from './quarantine';
import { settingsItem } from './settings';
import type { VersionedItem } from './versioned';

/**
 * The section of a backup file (lib/backup/backup.ts) a stored thing goes to;
 * null for what is not the user's to keep (caches, bookkeeping). Only a name
 * here, since the backup's schema is built from this file; the test checks
 * every name against it.
 */
type BackupSection = string | null;

export interface CataloguedItem<T, S extends BackupSection = BackupSection> {
  item: VersionedItem<T>;
  backup: S;
  /** Holds calendar addresses, which are secrets: shown masked when set aside. */
  secret?: true;
}

interface CataloguedKind<T, S extends BackupSection = BackupSection> {
  /** Every record of the kind is checked with this schema (a reader of part of the kind may use a narrower one). */
  schema: z.ZodMiniType<T>;
  backup: S;
}

const item = <T, const S extends BackupSection>(entry: CataloguedItem<T, S>) => entry;
const kind = <T, const S extends BackupSection>(entry: CataloguedKind<T, S>) => entry;

/** The items in browser.storage.local, by the name the code knows them by. */
export const storedItems = {
  // General choices: the streak shown or not, how often calendars sync, the user's own addresses.
  settings: item({ item: settingsItem, backup: 'settings' }),
  // The values the user chose as theirs, in their order.
  values: item({ item: valuesItem, backup: 'values' }),
  // The people the user leans on.
  supporters: item({ item: supportersItem, backup: 'supporters' }),
  // The calendar subscriptions, with their (secret) addresses.
  feeds: item({ item: feedListItem, backup: 'feeds', secret: true }),
  // Marks on events, keyword rules and the user's own moments.
  stakes: item({ item: stakesItem, backup: 'stakes' }),
  // When and how prompts may come.
  promptSettings: item({ item: promptSettingsItem, backup: 'promptSettings' }),
  // The prompt engine's bookkeeping (what was decided, shown, snoozed, pending): rebuilt as it runs.
  promptState: item({ item: promptStateItem, backup: null }),
  // The 30-day program: days done, paused or not, the reminder's time.
  program: item({ item: programItem, backup: 'program' }),
} satisfies Record<string, CataloguedItem<unknown>>;

/** The kinds of IndexedDB record: each is stored under "<kind>/<id>" (recordKey in ./db). */
export const recordKinds = {
  // Wins and finished exercises: the journal.
  entry: kind({ schema: JournalEntry, backup: 'entries' }),
  // What the user is in the middle of writing; it becomes an entry when finished.
  draft: kind({ schema: Draft, backup: null }),
  // Records that failed their schema, kept as found; listed and exported one by one on the options page.
  quarantine: kind({ schema: QuarantinedRecord, backup: null }),
  // A feed's last fetched calendar text, so an unchanged feed is not parsed again.
  feedtext: kind({ schema: FeedText, backup: null }),
  // A feed's standing and its events in the planning window, rebuilt by every sync.
  upcoming: kind({ schema: FeedUpcoming, backup: null }),
  // The decision log: each moment a prompt could come, and what the user did.
  decision: kind({ schema: DecisionRecord, backup: 'decisions' }),
  // Goal ladders.
  goal: kind({ schema: Goal, backup: 'goals' }),
  // After-event check-ins.
  checkin: kind({ schema: CheckInRecord, backup: 'checkIns' }),
  // Prep plans for events.
  prep: kind({ schema: PrepPlan, backup: 'prepPlans' }),
} satisfies Record<RecordKind, CataloguedKind<unknown>>;

/** The storage.local keys of the items that hold secrets. */
export function holdsSecrets(key: string): boolean {
  return Object.values(storedItems).some((entry: CataloguedItem<unknown>) => entry.secret === true && entry.item.key === key);
}
