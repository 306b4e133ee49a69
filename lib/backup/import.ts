// Bringing a backup back: the whole file is checked before anything is
// written, the user sees what it would change, and then every record lands
// in one IndexedDB transaction (all or nothing). Records are merged by id:
// one already here is kept unless the backup's copy was edited later.
import { feedListItem, loadFeeds } from '../feeds/feed-list';
import type { Feed } from '../feeds/model';
import { isMasked, restoreSource } from '../feeds/sources';
import { Goal } from '../goals/model';
import { goalKey, readGoals } from '../goals/store';
import { DecisionRecord } from '../prompts/decision-log';
import { loadPromptSettings, loadStakes, promptSettingsItem, stakesItem } from '../prompts/items';
import type { Stakes } from '../prompts/model';
import { recordKey, writeAtomically, type Db, type Write } from '../store/db';
import { entryKey } from '../store/entries';
import { itemWrite, saveItemsWith, type ItemDeps } from '../store/local-item';
import { validPut } from '../store/records';
import { loadSettings, settingsItem } from '../store/settings';
import { valuesItem } from '../values/values';
import { readAllValid } from '../history/read';
import { JournalEntry } from '../history/journal';
import { Backup, BACKUP_FORMAT, BACKUP_VERSION, type BackupFeed } from './backup';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/**
 * Older backup formats, each brought up one version. A change to the format
 * adds a step here (and a fixture to its tests).
 */
const MIGRATIONS: ReadonlyArray<{ from: number; migrate: (old: Record<string, unknown>) => Record<string, unknown> }> = [
  // Version 1 reserved the goals list before goal ladders existed; no version 1 backup holds a goal.
  { from: 1, migrate: (old) => ({ ...old, version: 2, goals: [] }) },
];

/** Reads and checks a backup file's text; the error names the first bad record and field. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Primed backup: it is not JSON.' };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
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
  const first = checked.error.issues[0];
  return { ok: false, error: describeIssue(data, first ? innermost(first) : undefined) };
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  errors?: Issue[][];
}

/**
 * For a record that could be one of several kinds (a win or an exercise),
 * zod reports only that it is neither; the kind it came closest to (the one
 * with the fewest problems) says which field is wrong.
 */
function innermost(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return issue;
  const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]?.[0];
  if (!closest) return issue;
  const inner = innermost(closest);
  return { ...inner, path: [...issue.path, ...inner.path] };
}

function describeIssue(data: Record<string, unknown>, issue: Issue | undefined): string {
  if (!issue) return 'This backup could not be read.';
  const [section, index, ...field] = issue.path;
  const where = typeof index === 'number' ? `${String(section)} record ${index + 1}${idOf(data, section, index)}` : String(section ?? 'the file');
  const what = field.length > 0 ? `, field “${field.map(String).join('.')}”` : typeof index !== 'number' && index !== undefined ? `, field “${String(index)}”` : '';
  return `Nothing was imported. The backup has a problem in ${where}${what}: ${issue.message}.`;
}

function idOf(data: Record<string, unknown>, section: PropertyKey | undefined, index: number): string {
  const list = section === undefined ? undefined : data[String(section)];
  const record = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
  return typeof record?.id === 'string' ? ` (id ${record.id})` : '';
}

export interface ImportPreview {
  entries: { total: number; new: number; newer: number; alreadyHere: number };
  decisions: { total: number; new: number };
  goals: { total: number; new: number };
  /** Subscriptions in the backup without their address, which cannot be brought back. */
  feedsWithoutAddress: number;
}

export async function previewImport(db: Db, backup: Backup): Promise<ImportPreview> {
  const here = new Map((await readAllValid(db, 'entry', JournalEntry)).map((e) => [e.id, e]));
  const decisionsHere = new Set((await readAllValid(db, 'decision', DecisionRecord)).map((d) => d.id));
  const goalsHere = new Set((await readGoals(db)).map((g) => g.id));
  let fresh = 0;
  let newer = 0;
  for (const entry of backup.entries) {
    const mine = here.get(entry.id);
    if (!mine) fresh += 1;
    else if (entry.updatedAt > mine.updatedAt) newer += 1;
  }
  return {
    entries: { total: backup.entries.length, new: fresh, newer, alreadyHere: backup.entries.length - fresh - newer },
    decisions: { total: backup.decisions.length, new: backup.decisions.filter((d) => !decisionsHere.has(d.id)).length },
    goals: { total: backup.goals.length, new: backup.goals.filter((g) => !goalsHere.has(g.id)).length },
    feedsWithoutAddress: backup.feeds.filter((f) => isMasked(f.source)).length,
  };
}

/** Writes the backup in: the settings and lists in one write, and the records in one transaction; a failure leaves both as they were. */
export async function applyImport(db: Db, backup: Backup, deps: ItemDeps = {}): Promise<void> {
  const here = new Map((await readAllValid(db, 'entry', JournalEntry)).map((e) => [e.id, e]));
  const decisionsHere = new Map((await readAllValid(db, 'decision', DecisionRecord)).map((d) => [d.id, d]));
  const goalsHere = new Map((await readGoals(db)).map((g) => [g.id, g]));
  const writes: Write[] = [];
  for (const entry of backup.entries) {
    const mine = here.get(entry.id);
    if (!mine || entry.updatedAt > mine.updatedAt) writes.push(validPut(entryKey(entry.id), JournalEntry, entry));
  }
  for (const decision of backup.decisions) {
    const mine = decisionsHere.get(decision.id);
    // A decision only grows (engagement is appended): the longer record is the newer one.
    if (!mine || decision.engagement.length > mine.engagement.length) writes.push(validPut(recordKey('decision', decision.id), DecisionRecord, decision));
  }
  for (const goal of backup.goals) {
    const mine = goalsHere.get(goal.id);
    if (!mine || goal.updatedAt > mine.updatedAt) writes.push(validPut(goalKey(goal.id), Goal, goal));
  }
  // Settings and lists go in one storage write, taken back if the records' transaction fails.
  const [settings, promptSettings, stakes, feeds] = await Promise.all([loadSettings(deps), loadPromptSettings(deps), loadStakes(deps), loadFeeds(deps)]);
  await saveItemsWith(
    [
      itemWrite(settingsItem, { ...settings, ...backup.settings }),
      itemWrite(valuesItem, backup.values),
      itemWrite(promptSettingsItem, { ...promptSettings, ...backup.promptSettings }),
      itemWrite(stakesItem, mergeStakes(stakes, backup.stakes)),
      itemWrite(feedListItem, mergeFeeds(feeds, backup.feeds)),
    ],
    () => writeAtomically(db, writes),
    deps,
  );
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
export function mergeFeeds(mine: readonly Feed[], theirs: readonly BackupFeed[]): Feed[] {
  const merged = new Map(mine.map((f) => [f.id, f]));
  for (const feed of theirs) {
    if (merged.has(feed.id)) continue;
    const source = restoreSource(feed.source);
    if (source) merged.set(feed.id, { ...feed, source });
  }
  return [...merged.values()];
}
