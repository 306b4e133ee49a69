// Fuzzing the backup reader with damaged copies of a real export: wrong
// types, numbers out of range, ids shared by several records, prototype keys
// (__proto__, constructor), huge strings and deep nesting. For every file:
// reading never throws, and a refusal is a plain sentence; a refused file
// changes nothing in a profile full of data; an accepted one, imported into
// an empty profile, exports again as the same records (one per id, the
// latest edit). Seeded: the seed is printed, and FUZZ_SEED=… FUZZ_RUNS=…
// repeat or widen a run; FUZZ_SHOW=1 prints every refusal, to read the wording.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBackup, readBackupData, toJson, type Backup } from '../../lib/backup/backup';
import { applyImport, parseBackup, previewImport } from '../../lib/backup/import';
import { saveFeeds } from '../../lib/feeds/feed-list';
import { FlowEntry, newFlowEntry } from '../../lib/exercises/entry';
import { newGoal } from '../../lib/goals/model';
import { saveGoal } from '../../lib/goals/store';
import { writeDecision } from '../../lib/prompts/decision-log';
import { changeStakes, updatePromptSettings } from '../../lib/prompts/items';
import type { Db } from '../../lib/store/db';
import { saveEntry } from '../../lib/store/entries';
import { newWin, WinEntry } from '../../lib/wins/model';
import type { ItemDeps, StorageArea } from '../../lib/store/local-item';
import { updateSettings } from '../../lib/store/settings';
import { saveValues } from '../../lib/values/values';
import { saveSupporters } from '../../lib/supporters/supporters';
import { markDone, start } from '../../lib/program/progress';
import { NOT_STARTED, saveProgram } from '../../lib/program/state';
import { allKeys, freshDb } from './helpers';
import { decisionRecord } from './records';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

const T0 = Date.parse('2026-11-23T09:00:00Z');
const SECRET = 'https://cal.example.com/private-token/basic.ics';
/** Stands for a deeply nested value, put into the text after JSON.stringify (which would recurse on it). */
const DEEP = '\u0000deep\u0000';
const DEEP_JSON = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;

/** browser.storage.local as Chrome keeps it: values go through JSON. */
class MemoryArea implements StorageArea {
  readonly items = new Map<string, string>();
  async get(keys: string | string[]): Promise<Record<string, unknown>> {
    const wanted = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(wanted.filter((k) => this.items.has(k)).map((k) => [k, JSON.parse(this.items.get(k)!)]));
  }
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.items.set(key, JSON.stringify(value));
  }
  async remove(key: string): Promise<void> {
    this.items.delete(key);
  }
}

interface Profile {
  db: Db;
  area: MemoryArea;
  deps: ItemDeps;
}

function emptyProfile(): Profile {
  const db = freshDb();
  const area = new MemoryArea();
  return { db, area, deps: { db, area, now: () => T0 } };
}

/** Everything stored, as text: what "changes nothing" compares. */
async function snapshot({ db, area }: Profile): Promise<string> {
  const keys = await allKeys(db);
  const values = await db.run(
    'readonly',
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = store.getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      }),
  );
  return JSON.stringify({ keys, values, items: [...area.items.entries()].sort() });
}

/** A profile with some of everything, and its export: the real file the damaged copies come from. */
async function seededProfile(): Promise<{ profile: Profile; file: string }> {
  const profile = emptyProfile();
  const { db, deps } = profile;
  await saveEntry(db, WinEntry, { ...newWin('Spoke first in the meeting', T0), difficulty: 7, eventKey: 'work:standup', eventTitle: 'Standup' });
  await saveEntry(db, WinEntry, newWin('Sent the hard email', T0 + 1000));
  await saveEntry(db, FlowEntry, newFlowEntry('stress', { calm: 4, firstMove: 'Open with the numbers', worries: ['time', 'questions'] }, T0 + 2000, { eventKey: 'work:talk' }));
  await writeDecision(db, decisionRecord({ id: 'affirm|work:talk', triggerId: 'affirm|work:talk', plannedAt: T0, decidedAt: T0, engagement: [{ what: 'shown', at: T0 }] }));
  await saveGoal(db, {
    ...newGoal(T0),
    title: 'Lead the retro next Thursday',
    difficulty: 6,
    deadline: '2026-12-03',
    value: 'Courage',
    steps: [0, 1, 2].map((i) => ({ id: `s${i}`, text: `step ${i}`, difficulty: 3 })),
    microActions: [0, 1].map((i) => ({ id: `a${i}`, text: `micro ${i}`, minutes: 5 })),
  });
  await updateSettings({ showStreak: false, syncIntervalMinutes: 30, selfEmails: ['me@example.com'] }, deps);
  await saveValues(['Kindness', 'Learning', 'Courage'], deps);
  await saveSupporters(
    [
      { id: 's1', name: 'Sam', kind: 'practical', note: 'Did mock interviews for me before', createdAt: T0, updatedAt: T0 },
      { id: 's2', name: 'Ana', kind: 'listener', createdAt: T0, updatedAt: T0 },
    ],
    deps,
  );
  await saveFeeds(
    [
      { id: 'work', name: 'Work', source: { kind: 'url', url: SECRET }, enabled: true, addedAt: T0 },
      { id: 'exams', name: 'Exams', source: { kind: 'file', fileName: 'exams.ics' }, enabled: false, addedAt: T0 },
    ],
    deps,
  );
  await changeStakes(
    (s) => ({
      ...s,
      tags: [{ target: 'work:talk', scope: 'occurrence', mode: 'high-stakes', kind: 'presentation', updatedAt: T0 }],
      moments: [{ id: 'm1', title: 'Talk to Sam', start: T0 + 3_600_000, durationMinutes: 30, kind: 'conversation', createdAt: T0, updatedAt: T0 }],
    }),
    deps,
  );
  await updatePromptSettings({ dailyCap: 4, days: [1, 2, 3, 4, 5], deliveryProbability: 0.5 }, deps);
  await saveProgram(markDone(markDone(start(NOT_STARTED, T0), 1, T0 + 1000), 2, T0 + 2000), deps);
  const file = toJson(buildBackup(await readBackupData(db, deps), { includeCalendarAddresses: true, now: T0 }));
  return { profile, file };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a mutation lands: every container and key in the file, found by walking it. */
function places(root: Json): Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> {
  const found: Array<{ parent: Json[] | { [key: string]: Json }; key: string | number }> = [];
  const walk = (node: Json) => {
    if (node === null || typeof node !== 'object') return;
    const children: Array<[string | number, Json]> = Array.isArray(node) ? node.map((child, i) => [i, child]) : Object.entries(node);
    for (const [key, child] of children) {
      found.push({ parent: node, key });
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** A copy that keeps own "__proto__" keys (structuredClone's handling of them is not what a file gives). */
function clone<T extends Json>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Sets an own property even for "__proto__", as JSON.parse does and an assignment does not. */
function setOwn(target: { [key: string]: Json }, key: string, value: Json) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(null, true, false, 0, -1, 1.5, 11, 1e20, -1e20, Number.MAX_SAFE_INTEGER + 2, '', '   ', 'win', 'flow', 'url', 'url-hidden', [], {}, DEEP),
  fc.string({ maxLength: 90 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: 1, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom<Json>(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as Json, { toString: 'x', valueOf: 1 }),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
);

type Mutation = (file: { [key: string]: Json }, pick: number, value: Json) => void;

const LISTS = ['entries', 'decisions', 'goals', 'feeds', 'values', 'supporters'];

const mutations: Mutation[] = [
  // Replace any value with a hostile one.
  (file, pick, value) => {
    const all = places(file);
    const place = all[pick % all.length];
    if (!place) return;
    if (Array.isArray(place.parent)) place.parent[place.key as number] = value;
    else setOwn(place.parent, String(place.key), value);
  },
  // Remove a field or a list item.
  (file, pick) => {
    const all = places(file);
    const place = all[pick % all.length];
    if (!place) return;
    if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
    else delete place.parent[String(place.key)];
  },
  // Add a prototype key (or another unknown one) to any object.
  (file, pick, value) => {
    const objects = [file, ...places(file).map((p) => (Array.isArray(p.parent) ? p.parent[p.key as number] : p.parent[String(p.key)]))].filter(
      (n): n is { [key: string]: Json } => n !== null && typeof n === 'object' && !Array.isArray(n),
    );
    const target = objects[pick % objects.length];
    if (target) setOwn(target, ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'extra'][pick % 6]!, value);
  },
  // Repeat a record of a list, sometimes edited later, so several records share an id.
  (file, pick) => {
    const list = [...LISTS.map((name) => file[name]), ...['tags', 'rules', 'moments'].map((name) => (file.stakes as { [key: string]: Json } | undefined)?.[name])].filter(
      (l): l is Json[] => Array.isArray(l) && l.length > 0,
    )[pick % 8];
    if (!list) return;
    const record = clone(list[pick % list.length]!);
    if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
      if (pick % 3 === 0 && typeof record.updatedAt === 'number') record.updatedAt += 1000;
      if (pick % 3 === 1 && typeof record.text === 'string') record.text = `${record.text}, again`;
    }
    list.splice(pick % (list.length + 1), 0, record, ...(pick % 5 === 0 ? Array.from({ length: 200 }, () => clone(record)) : []));
  },
  // Give one record the id of another.
  (file, pick) => {
    const list = file[LISTS[pick % 3]!];
    if (!Array.isArray(list) || list.length < 2) return;
    const [a, b] = [list[pick % list.length], list[(pick + 1) % list.length]];
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) a.id = b.id ?? null;
  },
  // The header: version, format, the promise about calendar addresses.
  (file, pick, value) => {
    const key = ['version', 'format', 'includesCalendarAddresses', 'exportedAt'][pick % 4]!;
    file[key] = pick % 2 === 0 ? value : key === 'version' ? [1, 2, 3, 1.5, '2'][pick % 5]! : key === 'includesCalendarAddresses' ? false : value;
  },
];

/**
 * Which mutations, how often: a hostile value or a missing field refuses
 * most files, so the ones a valid file survives (repeated records, shared
 * ids, prototype keys) come up more, and about half the files are accepted.
 */
const MUTATION_MIX = [0, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5];

const damaged = (base: string): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...MUTATION_MIX), fc.nat(), hostileValue), { minLength: 1, maxLength: 3 }),
      fc.oneof({ arbitrary: fc.constant(null), weight: 19 }, { arbitrary: fc.nat(), weight: 1 }),
    )
    .map(([steps, cut]) => {
      const file = JSON.parse(base) as { [key: string]: Json };
      for (const [which, pick, value] of steps) mutations[which]!(file, pick, clone(value));
      const text = JSON.stringify(file).replaceAll(JSON.stringify(DEEP), DEEP_JSON);
      // Now and then the file is cut short, as a broken download leaves it.
      return cut === null ? text : text.slice(0, cut % text.length);
    });

/** One copy per key: in the order keys first appear, the first of the copies `rank` puts highest. */
function expectedOnce<T>(records: readonly T[], keyOf: (r: T) => string, rank: (r: T) => number): T[] {
  const groups = new Map<string, T[]>();
  for (const r of records) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
  return [...groups.values()].map((copies) => copies.reduce((best, r) => (rank(r) > rank(best) ? r : best)));
}

const byTime = <T extends { id: string }>(time: (r: T) => number) => (a: T, b: T) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** What an empty profile should export after importing `backup`: written independently of the import's own merge. */
function expectedAfterImport(backup: Backup): Backup {
  const lastRule = new Map(backup.stakes.rules.map((r) => [r.id, r]));
  return {
    ...backup,
    exportedAt: T0,
    exportedAtIso: new Date(T0).toISOString(),
    entries: expectedOnce(backup.entries, (e) => e.id, (e) => e.updatedAt).sort(byTime((e) => e.createdAt)),
    decisions: expectedOnce(backup.decisions, (d) => d.id, (d) => d.engagement.length).sort(byTime((d) => d.decidedAt)),
    goals: expectedOnce(backup.goals, (g) => g.id, (g) => g.updatedAt).sort(byTime((g) => g.createdAt)),
    // A calendar saved without its address cannot come back into an empty profile.
    feeds: expectedOnce(backup.feeds, (f) => f.id, () => 0).filter((f) => f.source.kind !== 'url-hidden'),
    stakes: {
      tags: expectedOnce(backup.stakes.tags, (t) => `${t.scope}|${t.target}`, (t) => t.updatedAt),
      rules: expectedOnce(backup.stakes.rules, (r) => r.id, () => 0).map((r) => lastRule.get(r.id)!),
      moments: expectedOnce(backup.stakes.moments, (m) => m.id, (m) => m.updatedAt),
    },
    // Into an empty profile the program comes as it is, if it was ever joined and edited after the empty one.
    program: backup.program && backup.program.startedAt !== undefined && backup.program.updatedAt > 0 ? backup.program : undefined,
  };
}

const REFUSALS = [/^Nothing was imported\. [A-Z].+\.$/s, /^This file is not a Primed backup(: it is not JSON)?\.$/, /^This backup has no readable version number\.$/, /^This backup was made by a newer version of Primed \(format .+\)\. Update Primed, then try again\.$/];

let base: string;
let full: Profile;
let fullBefore: string;

beforeAll(async () => {
  ({ profile: full, file: base } = await seededProfile());
  fullBefore = await snapshot(full);
});

describe('fuzzing the backup reader', () => {
  it(`${RUNS} damaged copies of a real export: refused in plain words and changing nothing, or imported exactly`, { timeout: 10 * 60_000 }, async () => {
    console.log(`FUZZ seed ${SEED} (FUZZ_SEED=${SEED} repeats this run), ${RUNS} inputs`);
    const fixture = readFileSync(join(__dirname, '../fixtures/backup/primed-backup-v1.json'), 'utf8');
    let accepted = 0;
    let count = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: damaged(base), weight: 4 }, { arbitrary: damaged(fixture), weight: 1 }), async (text) => {
        count++;
        // Reading is pure and total: a refusal is a value, never an exception.
        const parsed = parseBackup(text);
        if (!parsed.ok) {
          expect(REFUSALS.some((r) => r.test(parsed.error)), parsed.error).toBe(true);
          expect(parsed.error).not.toMatch(/Invalid input|✖|→|\[object|undefined|NaN|ZodError/);
          expect(parsed.error.length).toBeLessThan(400);
          expect(await snapshot(full)).toBe(fullBefore);
          if (process.env.FUZZ_SHOW) console.log(parsed.error.slice(0, 200));
          return;
        }
        accepted++;
        // Whatever reading accepts can be previewed and written, in full.
        const empty = emptyProfile();
        const preview = await previewImport(empty.db, parsed.backup, empty.deps);
        await applyImport(empty.db, parsed.backup, empty.deps);
        const after = buildBackup(await readBackupData(empty.db, empty.deps), { includeCalendarAddresses: parsed.backup.includesCalendarAddresses, now: T0 });
        expect((await allKeys(empty.db)).filter((k) => k.startsWith('quarantine/'))).toEqual([]);
        // Compared as files: storage keeps JSON, so -0 and 0 are the same number there.
        expect(JSON.parse(toJson(after))).toEqual(JSON.parse(toJson(expectedAfterImport(parsed.backup))));
        expect(preview.entries.records).toBe(after.entries.length);
        expect(preview.goals.records).toBe(after.goals.length);
        expect(preview.decisions.records).toBe(after.decisions.length);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    console.log(`FUZZ ${count} inputs: ${accepted} accepted and imported exactly, ${count - accepted} refused with nothing changed`);
    expect(count).toBe(RUNS);
    // The files' "__proto__" keys reached no prototype.
    expect(Object.prototype).not.toHaveProperty('polluted');
    // A run that accepts (almost) nothing, or refuses nothing, tests only half of the reader.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(accepted).toBeLessThan(RUNS);
  });
});
