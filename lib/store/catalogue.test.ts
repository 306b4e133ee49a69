// The catalogue is only worth having if it is complete. Two ways to miss an
// entry are checked: at run time, the real writers fill a profile with some
// of everything and every key found must be listed; and in the sources, every
// record kind and versioned item named anywhere under lib/ or components/
// must be listed, so a new one fails here before a test ever writes it.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { allKeys, freshDb } from '../../tests/unit/helpers';
import { importGraph, sourceFiles } from '../../tests/unit/source-graph';
import { decisionRecord } from '../../tests/unit/records';
import { Backup } from '../backup/backup';
import { deleteEverything, type DeletionApi } from '../browser/delete-everything';
import { saveFeeds } from '../feeds/feed-list';
import { importFeedText, syncFeed } from '../feeds/sync';
import { newGoal } from '../goals/model';
import { saveGoal } from '../goals/store';
import { newPlan } from '../prep/plan';
import { savePlan } from '../prep/store';
import { writeCheckIn } from '../prompts/check-in';
import { writeDecision } from '../prompts/decision-log';
import { changeStakes, savePromptState, updatePromptSettings } from '../prompts/items';
import { markDone, start } from '../program/progress';
import { NOT_STARTED, saveProgram } from '../program/state';
import { saveSupporters } from '../supporters/supporters';
import { loadValues, saveValues } from '../values/values';
import { newWin, WinEntry } from '../wins/model';
import { recordKinds, storedItems } from './catalogue';
import type { Db, RecordKind } from './db';
import { saveDraft } from './drafts';
import { saveEntry } from './entries';
import { updateSettings } from './settings';

const T0 = Date.parse('2026-11-23T09:00:00Z');

const itemKeys = Object.values(storedItems).map((entry) => entry.item.key);
const kinds = Object.keys(recordKinds);

// Compile-time: the catalogue's kinds are exactly RecordKind (the catalogue's
// `satisfies` already refuses a missing or an unknown kind; this says so here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<keyof typeof recordKinds, RecordKind> = true;

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Primed tests//EN',
  'BEGIN:VEVENT',
  'UID:talk@example.com',
  'DTSTAMP:20261120T090000Z',
  'DTSTART:20261124T100000Z',
  'DTEND:20261124T110000Z',
  'SUMMARY:Team talk',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

/** A profile with some of everything, written by the same functions the pages and the worker use. */
async function seedEverything(db: Db): Promise<void> {
  const deps = { db, now: () => T0 };
  await saveEntry(db, WinEntry, newWin('Spoke first in the meeting', T0));
  await saveDraft(db, { v: 1, id: 'popup-win', flowId: 'win', fields: { text: 'Half a thought' }, updatedAt: T0 });
  await writeDecision(db, decisionRecord());
  await saveGoal(db, newGoal(T0));
  await writeCheckIn(db, { v: 1, eventKey: 'work:talk', kind: 'presentation', eventEnd: T0, askedAt: T0 });
  await savePlan(db, newPlan({ key: 'work:talk', title: 'Team talk', start: T0 + 86_400_000 }, T0));
  const feed = { id: 'exams', name: 'Exams', source: { kind: 'file' as const, fileName: 'exams.ics' }, enabled: true, addedAt: T0 };
  await saveFeeds([feed], deps);
  await importFeedText(db, feed.id, ICS, T0);
  await syncFeed(feed, {
    db,
    now: T0,
    timeZone: 'UTC',
    selfEmails: [],
    fetchFeed: () => Promise.reject(new Error('a file feed is never fetched')),
    hasPermission: async () => false,
  });
  // An item that cannot be read is set aside in quarantine, then written afresh.
  await fakeBrowser.storage.local.set({ values: { version: 1, value: 'not a list' } });
  await loadValues(deps);
  await saveValues(['Courage'], deps);
  await updateSettings({ showStreak: false }, deps);
  await saveSupporters([{ id: 's1', name: 'Sam', kind: 'practical', createdAt: T0, updatedAt: T0 }], deps);
  await changeStakes((s) => ({ ...s, moments: [{ id: 'm1', title: 'Talk to Sam', start: T0, durationMinutes: 30, kind: 'conversation', createdAt: T0, updatedAt: T0 }] }), deps);
  await updatePromptSettings({ dailyCap: 2 }, deps);
  await savePromptState({ since: T0, decided: { 'affirm|work:talk': T0 }, shown: {}, snoozed: {}, pending: [] }, deps);
  await saveProgram(markDone(start(NOT_STARTED, T0), 1, T0), deps);
}

async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).sort();
}

const kindOf = (key: string) => key.slice(0, key.indexOf('/'));

describe('the storage catalogue, against what the writers store', () => {
  it('lists every storage.local key and every record kind written, and each is written by something', async () => {
    const db = freshDb();
    await seedEverything(db);

    expect(await storedKeys()).toEqual([...itemKeys].sort());
    expect([...new Set((await allKeys(db)).map(kindOf))].sort()).toEqual([...kinds].sort());
  });

  it('keeps nothing it lists after Delete everything', async () => {
    const db = freshDb();
    await seedEverything(db);
    const api: DeletionApi = {
      alarms: { clearAll: async () => true },
      notifications: { getAll: async () => ({}), clear: async () => true },
      action: { setBadgeText: async () => undefined },
      storage: { local: fakeBrowser.storage.local },
      permissions: { getAll: async () => ({ origins: [] }), remove: async () => true },
      runtime: { getManifest: () => ({}) },
    };

    await deleteEverything(api, db);

    expect(await storedKeys()).toEqual([]);
    expect(await allKeys(db)).toEqual([]);
  });

  it('names only sections the backup file has, and every section of the user’s data', () => {
    expect(kindsMatch).toBe(true);
    const metadata = ['format', 'version', 'exportedAt', 'exportedAtIso', 'includesCalendarAddresses'];
    const named = [...Object.values(storedItems), ...Object.values(recordKinds)].flatMap((entry) => (entry.backup === null ? [] : [entry.backup]));
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual(Object.keys(Backup.shape).filter((key) => !metadata.includes(key)).sort());
  });

  it('has one entry per storage key', () => {
    expect(new Set(itemKeys).size).toBe(itemKeys.length);
  });
});

describe('the storage catalogue, against the sources', () => {
  const files = [...sourceFiles('lib'), ...sourceFiles('components')];

  it('lists every record kind the code reads or writes', () => {
    const named = new Set<string>();
    for (const { text } of files) {
      for (const m of text.matchAll(/\b(?:recordKey|rangeOf)\(\s*'([^']+)'/g)) named.add(m[1]!);
      for (const m of text.matchAll(/\b(?:readAllValid|walkValid|walkNewestFirst)\(\s*[\w.]+,\s*'([^']+)'/g)) named.add(m[1]!);
    }
    // Enough of the kinds are named this way that a scan finding none would be broken, not clean.
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((kind) => !kinds.includes(kind))).toEqual([]);
  });

  it('lists every versioned item declared, each with a key written out', () => {
    const declared: string[] = [];
    let declarations = 0;
    for (const { text } of files) {
      declarations += [...text.matchAll(/:\s*VersionedItem<[^=]*=\s*\{/g)].length;
      for (const m of text.matchAll(/:\s*VersionedItem<[^=]*=\s*\{\s*key:\s*'([^']+)'/g)) declared.push(m[1]!);
    }
    expect(declared.length).toBe(declarations);
    expect(declared.sort()).toEqual([...itemKeys].sort());
  });

  it('is never loaded by the toolbar popup, not even after its first paint', () => {
    const all = [...files, ...sourceFiles('entrypoints')];
    const { reaches: reached } = importGraph(all, { loadsOnly: true });

    expect(reached('lib/backup/import.ts')).toContain('lib/store/catalogue.ts');
    const popup = reached('entrypoints/popup/main.tsx');
    expect(popup).toContain('lib/store/local-item.ts');
    expect(popup).not.toContain('lib/store/catalogue.ts');
  });
});
