import { writeCheckIn, type CheckInRecord } from '../prompts/check-in';
import { saveSupporters } from '../supporters/supporters';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { allKeys, freshDb, putRaw } from '../../tests/unit/helpers';
import { saveFeeds } from '../feeds/feed-list';
import type { Feed } from '../feeds/model';
import { FlowEntry } from '../exercises/entry';
import type { Goal } from '../goals/model';
import { saveGoal } from '../goals/store';
import { DEFAULT_VALUES, saveValues } from '../values/values';
import { writeDecision } from '../prompts/decision-log';
import { type DecisionRecord } from '../prompts/model';
import { changeStakes, loadPromptSettings, loadStakes, updatePromptSettings } from '../prompts/items';
import type { PromptSettings, Stakes } from '../prompts/model';
import { entryKey, saveEntry } from '../store/entries';
import { WinEntry } from '../wins/model';
import { loadSettings, updateSettings, type Settings } from '../store/settings';
import {
  Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  buildBackup,
  readBackupData,
  toJson,
  type BackupData,
} from './backup';
import { decisionRecord } from '../../tests/unit/records';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const MIN = 60_000;
const SECRET_URL = 'https://calendar.google.com/calendar/ical/me%40example.com/private-5ecre7t0ken/basic.ics';

const settings: Settings = { showStreak: false, syncIntervalMinutes: 30, selfEmails: ['me@example.com'] };
const stakes: Stakes = {
  tags: [{ target: 'work:interview', scope: 'occurrence', mode: 'high-stakes', kind: 'interview', updatedAt: T0 }],
  rules: [{ id: 'r1', keyword: 'pitch', kind: 'pitch', matchDescription: false, enabled: true }],
  moments: [{ id: 'm1', title: 'Call with the landlord', start: T0 + 60 * MIN, durationMinutes: 30, kind: 'conversation', createdAt: T0, updatedAt: T0 }],
};
const promptSettings: PromptSettings = {
  prompts: { rehearse: { enabled: true, minutes: 1200 }, affirm: { enabled: true, minutes: 45 }, ready: { enabled: false, minutes: 5 }, feedback: { enabled: true, minutes: 10 } },
  quietHours: { start: 22 * 60, end: 7 * 60 },
  dailyCap: 4,
  days: [1, 2, 3, 4, 5],
  discreet: true,
  deliveryProbability: 0.6,
  exercises: [{ kind: 'interview', type: 'rehearse', flowId: 'reach-out' }],
};
const feeds: Feed[] = [
  { id: 'work', name: 'Work', source: { kind: 'url', url: SECRET_URL }, enabled: true, addedAt: T0 },
  { id: 'file', name: 'Exams', source: { kind: 'file', fileName: 'exams.ics' }, enabled: false, addedAt: T0 },
  { id: 'demo', name: 'Primed demo', source: { kind: 'demo' }, enabled: true, addedAt: T0 },
];

function win(id: string, createdAt: number, text = `Win ${id}`): WinEntry {
  return { v: 1, id, kind: 'win', text, createdAt, updatedAt: createdAt };
}

function flow(id: string, createdAt: number): FlowEntry {
  return {
    v: 1,
    id,
    kind: 'flow',
    flowId: 'affirm',
    fields: { readinessBefore: 4, value: 'Kindness', readinessAfter: 7 },
    eventKey: 'work:interview',
    triggerId: 'affirm|work:interview',
    createdAt,
    updatedAt: createdAt + MIN,
  };
}

function decision(id: string, decidedAt: number): DecisionRecord {
  return decisionRecord({
    id,
    triggerId: id,
    plannedAt: decidedAt,
    decidedAt,
    probability: 0.6,
    draw: 0.1,
    engagement: [{ what: 'shown', at: decidedAt }],
    outcome: { entryId: 'f1', readinessBefore: 4, readinessAfter: 7 },
  });
}

function goal(id: string, createdAt: number): Goal {
  return {
    v: 1,
    id,
    kind: 'goal',
    title: 'Lead the retro next Thursday',
    difficulty: 6,
    value: 'Kindness',
    steps: [{ id: 's1', text: 'Book the room', difficulty: 3 }],
    microActions: [{ id: 'a1', text: 'Open the calendar', minutes: 2, doneAt: createdAt + MIN, winId: 'w1' }],
    createdAt,
    updatedAt: createdAt + MIN,
  };
}

function data(overrides: Partial<BackupData> = {}): BackupData {
  return {
    wins: [win('w2', T0 + 2 * MIN), win('w1', T0)],
    flows: [flow('f1', T0 + MIN)],
    settings,
    values: ['Kindness', 'Learning'],
    supporters: [{ id: 's1', name: 'Sam', kind: 'practical', note: 'Mock interviews', createdAt: T0, updatedAt: T0 }],
    feeds,
    stakes,
    promptSettings,
    decisions: [decision('d2', T0 + 5 * MIN), decision('d1', T0)],
    goals: [goal('g2', T0 + MIN), goal('g1', T0)],
    checkIns: [
      { v: 1, eventKey: 'work:b', kind: 'review', eventEnd: T0 + 90 * MIN, askedAt: T0 + 90 * MIN },
      { v: 1, eventKey: 'work:a', kind: 'interview', eventEnd: T0 + 60 * MIN, askedAt: T0 + 61 * MIN, capability: 7, answeredAt: T0 + 70 * MIN, via: 'popup' },
    ],
    ...overrides,
  };
}

describe('buildBackup', () => {
  it('says what it is, when it was made, and holds everything given', () => {
    const backup = buildBackup(data(), { includeCalendarAddresses: false, now: T0 });
    expect(backup).toMatchObject({
      format: 'primed-backup',
      version: 4,
      exportedAt: T0,
      exportedAtIso: '2026-11-23T09:00:00.000Z',
      includesCalendarAddresses: false,
      settings,
      values: ['Kindness', 'Learning'],
      supporters: [{ id: 's1', name: 'Sam', kind: 'practical', note: 'Mock interviews' }],
      stakes,
      promptSettings,
    });
    expect(BACKUP_FORMAT).toBe('primed-backup');
    expect(BACKUP_VERSION).toBe(4);
    expect(backup.decisions.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(backup.goals.map((g) => g.id)).toEqual(['g1', 'g2']);
  });

  it('sorts the entries of both kinds by creation time, then id', () => {
    const backup = buildBackup(
      data({ wins: [win('w2', T0 + 2 * MIN), win('b', T0), win('a', T0)], flows: [flow('f1', T0 + MIN)] }),
      { includeCalendarAddresses: false, now: T0 },
    );
    expect(backup.entries.map((e) => e.id)).toEqual(['a', 'b', 'f1', 'w2']);
  });

  it('hides feed addresses unless asked, keeping the other sources as they are', () => {
    const backup = buildBackup(data(), { includeCalendarAddresses: false, now: T0 });
    expect(backup.feeds).toEqual([
      { id: 'work', name: 'Work', source: { kind: 'url-hidden' }, enabled: true, addedAt: T0 },
      feeds[1],
      feeds[2],
    ]);
    const text = toJson(backup);
    expect(text).not.toContain(SECRET_URL);
    expect(text).not.toContain('private-5ecre7t0ken');
    expect(text).not.toContain('calendar.google.com');
  });

  it('keeps feed addresses when the user includes them', () => {
    const backup = buildBackup(data(), { includeCalendarAddresses: true, now: T0 });
    expect(backup.includesCalendarAddresses).toBe(true);
    expect(backup.feeds).toEqual(feeds);
    expect(toJson(backup)).toContain(SECRET_URL);
  });

  it('does not change the data it was given', () => {
    const given = data();
    const copy = structuredClone(given);
    buildBackup(given, { includeCalendarAddresses: false, now: T0 });
    expect(given).toEqual(copy);
  });

  it('reads back through its own schema, with or without addresses', () => {
    for (const includeCalendarAddresses of [false, true]) {
      const backup = buildBackup(data(), { includeCalendarAddresses, now: T0 });
      const parsed = Backup.safeParse(JSON.parse(toJson(backup)));
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(backup);
    }
  });

  it('refuses, as a schema, what is not a backup of this version, or one that leaks an address it says it hides', () => {
    const good = JSON.parse(toJson(buildBackup(data(), { includeCalendarAddresses: false, now: T0 })));
    expect(Backup.safeParse({ ...good, format: 'something-else' }).success).toBe(false);
    expect(Backup.safeParse({ ...good, version: 1 }).success).toBe(false);
    expect(Backup.safeParse({ ...good, goals: [{ ...goal('g', T0), difficulty: 11 }] }).success).toBe(false);
    expect(Backup.safeParse({ ...good, entries: [{ ...win('x', T0), kind: 'note' }] }).success).toBe(false);
    // A hidden source carries nothing more, even if something was added to it.
    const stripped = Backup.safeParse({ ...good, feeds: [{ ...feeds[0], source: { kind: 'url-hidden', url: SECRET_URL } }] });
    expect(stripped.data?.feeds[0]?.source).toEqual({ kind: 'url-hidden' });
    expect(Backup.safeParse({ ...good, feeds: [feeds[0]] }).success).toBe(false);
    expect(Backup.safeParse({ ...good, includesCalendarAddresses: true, feeds: [feeds[0]] }).success).toBe(true);
  });
});

describe('backupFileName and toJson', () => {
  it('names the file by the UTC date', () => {
    expect(backupFileName(T0)).toBe('primed-backup-2026-11-23.json');
    // 00:30 in Berlin on the 24th is still the 23rd in UTC.
    expect(backupFileName(Date.parse('2026-11-23T23:30:00Z'))).toBe('primed-backup-2026-11-23.json');
    expect(backupFileName(Date.parse('2027-01-01T00:00:00Z'))).toBe('primed-backup-2027-01-01.json');
  });

  it('pretty-prints with two spaces and ends with a newline', () => {
    const text = toJson(buildBackup(data(), { includeCalendarAddresses: false, now: T0 }));
    expect(text.startsWith('{\n  "format": "primed-backup",\n  "version": 4,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });
});

describe('readBackupData', () => {
  it('reads the entries, decisions and items that are stored', async () => {
    const db = freshDb();
    const w = win('w1', T0, 'Spoke up in the meeting');
    const f = flow('f1', T0 + MIN);
    await saveEntry(db, WinEntry, w);
    await saveEntry(db, FlowEntry, f);
    await writeDecision(db, decision('d1', T0));
    await saveGoal(db, goal('g1', T0));
    await updateSettings(settings);
    await saveValues(['Kindness', 'Learning']);
    await saveSupporters(data().supporters);
    await saveFeeds(feeds);
    await changeStakes(() => stakes);
    await updatePromptSettings(promptSettings);
    const checkIn: CheckInRecord = { v: 1, eventKey: 'work:a', kind: 'interview', eventEnd: T0, askedAt: T0, capability: 5, answeredAt: T0 + MIN, via: 'popup' };
    await writeCheckIn(db, checkIn);

    const read = await readBackupData(db);
    expect(read).toEqual({
      wins: [w],
      flows: [f],
      settings,
      values: ['Kindness', 'Learning'],
      supporters: data().supporters,
      feeds,
      stakes,
      promptSettings,
      decisions: [decision('d1', T0)],
      goals: [goal('g1', T0)],
      checkIns: [checkIn],
    });

    const backup = buildBackup(read, { includeCalendarAddresses: false, now: T0 + 10 * MIN });
    expect(backup.entries.map((e) => e.id)).toEqual(['w1', 'f1']);
    expect(Backup.safeParse(JSON.parse(toJson(backup))).success).toBe(true);
    expect(toJson(backup)).not.toContain(SECRET_URL);
  });

  it('gives the defaults for a user who has stored nothing', async () => {
    const read = await readBackupData(freshDb());
    expect(read).toEqual({
      wins: [],
      flows: [],
      settings: await loadSettings(),
      values: [...DEFAULT_VALUES],
      supporters: [],
      feeds: [],
      stakes: await loadStakes(),
      promptSettings: await loadPromptSettings(),
      decisions: [],
      goals: [],
      checkIns: [],
    });
  });

  it('leaves out records that fail their schema, quarantining them in the same database', async () => {
    const db = freshDb();
    await saveEntry(db, WinEntry, win('good', T0));
    await putRaw(db, entryKey('bad'), { v: 1, id: 'bad', kind: 'win', text: '', createdAt: T0, updatedAt: T0 });
    await fakeBrowser.storage.local.set({ values: { version: 1, value: [] } });

    const read = await readBackupData(db);
    expect(read.wins.map((e) => e.id)).toEqual(['good']);
    expect(read.values).toEqual([...DEFAULT_VALUES]);
    const keys = await allKeys(db);
    expect(keys).not.toContain(entryKey('bad'));
    expect(keys.filter((k) => k.startsWith('quarantine/'))).toHaveLength(2);
  });
});
