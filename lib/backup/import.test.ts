import { writeCheckIn } from '../prompts/check-in';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { saveFeeds } from '../feeds/feed-list';
import { newFlowEntry } from '../exercises/entry';
import { newGoal, type Goal } from '../goals/model';
import { readGoals, saveCheckOff, saveGoal } from '../goals/store';
import { StoreError } from '../store/errors';
import { changeStakes } from '../prompts/items';
import { clearAllRecords } from '../store/db';
import { saveEntry } from '../store/entries';
import { newWin, WinEntry, type WinEntry as Win } from '../wins/model';
import { updateSettings } from '../store/settings';
import { DEFAULT_VALUES, FIRST_DEFAULT_VALUES } from '../values/values';
import { saveSupporters } from '../supporters/supporters';
import { markDone, pause, start } from '../program/progress';
import { loadProgram, NOT_STARTED, saveProgram } from '../program/state';
import { MAX_SUPPORTERS, VALUE_MAX } from '../limits';
import { fakeBrowser } from 'wxt/testing';
import { buildBackup, readBackupData, toJson, type Backup } from './backup';
import { applyImport, ImportRefused, mergedItem, mergeStakes, parseBackup, previewImport } from './import';
import { Feed } from '../feeds/feed';
import { z } from '../zod';
import { optionsText } from '../../components/options/strings';

const T0 = Date.parse('2026-11-23T09:00:00Z');
const SECRET = 'https://cal.example.com/private-token/basic.ics';

async function exportOf(db: ReturnType<typeof freshDb>, includeCalendarAddresses = true): Promise<Backup> {
  return buildBackup(await readBackupData(db), { includeCalendarAddresses, now: T0 });
}

async function seeded() {
  const db = freshDb();
  await saveEntry(db, WinEntry, newWin('Spoke first in the meeting', T0));
  await saveEntry(db, WinEntry, newWin('Sent the hard email', T0 + 1000));
  await saveEntry(db, (await import('../exercises/entry')).FlowEntry, newFlowEntry('stress', { calm: 4, firstMove: 'Open with the numbers' }, T0 + 2000));
  await updateSettings({ showStreak: false });
  await saveFeeds([{ id: 'work', name: 'Work', source: { kind: 'url', url: SECRET }, enabled: true, addedAt: T0 }]);
  await changeStakes((s) => ({ ...s, moments: [{ id: 'm1', title: 'Talk to Sam', start: T0 + 3_600_000, kind: 'conversation', createdAt: T0, updatedAt: T0 }] }));
  const goal: Goal = {
    ...newGoal(T0),
    title: 'Lead the retro next Thursday',
    difficulty: 6,
    value: 'Kindness',
    steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `step ${i}`, difficulty: 3 })),
    microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `micro ${i}`, minutes: 5 })),
  };
  await saveGoal(db, goal);
  await saveCheckOff(db, goal, 'a0', T0 + 3000);
  await writeCheckIn(db, { v: 1, eventKey: 'work:retro', kind: 'review', eventEnd: T0, askedAt: T0, capability: 6, answeredAt: T0 + 60_000, via: 'popup' });
  await writeCheckIn(db, { v: 1, eventKey: 'work:pitch', kind: 'pitch', eventEnd: T0 + 1000, askedAt: T0 + 1000 });
  return db;
}

describe('reading a backup file', () => {
  it('refuses what is not a backup, or is from a newer Primed, with a clear reason', () => {
    expect(parseBackup('<html>')).toEqual({ ok: false, error: 'This file is not a Primed backup: it is not JSON.' });
    expect(parseBackup('{"hello":1}')).toEqual({ ok: false, error: 'This file is not a Primed backup.' });
    expect(parseBackup('{"format":"primed-backup","version":9}')).toMatchObject({ ok: false, error: expect.stringMatching(/newer version of Primed/) });
  });

  it('names the first bad record and field', async () => {
    const backup = JSON.parse(toJson(await exportOf(await seeded())));
    backup.entries[1].text = 42;
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed).toEqual({ ok: false, error: `Nothing was imported. Entry 2 (win, id ${backup.entries[1].id}): the text is a number, not text.` });
  });

  it('brings a version 1 backup (before goal ladders) up to this version', () => {
    const parsed = parseBackup(readFileSync(resolve(__dirname, '../../tests/fixtures/backup/primed-backup-v1.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup).toMatchObject({ version: 4, goals: [], checkIns: [], supporters: [], includesCalendarAddresses: false });
    expect(parsed.backup.entries.map((e) => e.kind === 'win' && e.text)).toEqual(['Asked for the agenda ahead of time']);
    expect(parsed.backup.feeds[0]?.source).toEqual({ kind: 'url-hidden' });
  });

  it('names the bad field of a goal', async () => {
    const backup = JSON.parse(toJson(await exportOf(await seeded())));
    backup.goals[0].steps[2].difficulty = 0;
    const parsed = parseBackup(JSON.stringify(backup));
    expect(parsed).toEqual({
      ok: false,
      error: 'Nothing was imported. Goal ladder 1 (“Lead the retro next Thursday”): step 3, the difficulty must be a whole number from 1 to 10.',
    });
    backup.goals[0].steps[2].difficulty = 3;
    backup.goals[0].value = 'x'.repeat(VALUE_MAX + 1);
    expect(parseBackup(JSON.stringify(backup))).toMatchObject({ ok: false, error: expect.stringMatching(/^Nothing was imported\. Goal ladder 1 .*: the value /) });
  });

  it('reads a good one back as it was written', async () => {
    const backup = await exportOf(await seeded());
    expect(parseBackup(toJson(backup))).toEqual({ ok: true, backup });
  });
});

describe('importing', () => {
  it('previews what is new and what is here already, then merges without duplicates, the later edit winning', async () => {
    const source = await seeded();
    const backup = await exportOf(source);
    fakeBrowser.reset();
    const target = freshDb();
    const [first] = backup.entries as Win[];
    // Here: the first win, edited later than the backup's copy; the backup has an older copy of it.
    await saveEntry(target, WinEntry, { ...first!, text: 'Spoke first, and clearly', updatedAt: T0 + 99_000 });
    // Here: the pitch's check-in, answered since the backup was made; the backup's unanswered copy does not undo it.
    await writeCheckIn(target, { v: 1, eventKey: 'work:pitch', kind: 'pitch', eventEnd: T0 + 1000, askedAt: T0 + 1000, capability: 8, answeredAt: T0 + 5000, via: 'reflection' });
    expect(await previewImport(target, backup)).toEqual({
      entries: { records: 4, duplicates: 0, new: 3, newer: 0, alreadyHere: 1 },
      decisions: { records: 0, duplicates: 0, new: 0, newer: 0, alreadyHere: 0 },
      goals: { records: 1, duplicates: 0, new: 1, newer: 0, alreadyHere: 0 },
      checkIns: { records: 2, duplicates: 0, new: 1, newer: 0, alreadyHere: 1 },
      prepPlans: { records: 0, duplicates: 0, new: 0, newer: 0, alreadyHere: 0 },
      feedsWithoutAddress: 0,
    });
    await applyImport(target, backup);
    await applyImport(target, backup);
    const after = await readBackupData(target);
    expect(after.wins.map((w) => w.text).sort()).toEqual(['Sent the hard email', 'Spoke first, and clearly', 'micro 0']);
    expect(after.goals).toEqual(backup.goals);
    expect(after.goals[0]?.value).toBe('Kindness');
    expect(after.goals[0]?.microActions[0]?.winId).toBe(after.wins.find((w) => w.text === 'micro 0')?.id);
    expect(after.flows).toHaveLength(1);
    expect(after.feeds.map((f) => f.source)).toEqual([{ kind: 'url', url: SECRET }]);
    expect(after.stakes.moments.map((m) => m.title)).toEqual(['Talk to Sam']);
    expect(after.checkIns.map((c) => [c.eventKey, c.capability, c.via])).toEqual([
      ['work:retro', 6, 'popup'],
      ['work:pitch', 8, 'reflection'],
    ]);
  });

  it('brings the first suggested values from an older backup as the new list, and a list the user made their own as it was', async () => {
    const backup = await exportOf(await seeded());
    for (const [values, expected] of [
      [[...FIRST_DEFAULT_VALUES], [...DEFAULT_VALUES]],
      [['Career', 'Family'], ['Career', 'Family']],
    ] as const) {
      fakeBrowser.reset();
      const target = freshDb();
      await applyImport(target, { ...backup, values: [...values] });
      expect((await readBackupData(target)).values).toEqual(expected);
    }
  });

  it('brings supporters back, merged by person with the ones here, the later edit winning', async () => {
    const backup = await exportOf(await seeded());
    const sam = { id: 's1', name: 'Sam', kind: 'listener' as const, createdAt: T0, updatedAt: T0 };
    const ana = { id: 's2', name: 'Ana', kind: 'mentor' as const, createdAt: T0, updatedAt: T0 };
    fakeBrowser.reset();
    const target = freshDb();
    await saveSupporters([{ ...sam, kind: 'practical', updatedAt: T0 + 1 }]);
    await applyImport(target, { ...backup, supporters: [sam, ana] });
    expect((await readBackupData(target)).supporters.map((s) => [s.name, s.kind])).toEqual([
      ['Sam', 'practical'],
      ['Ana', 'mentor'],
    ]);
    const full = Array.from({ length: MAX_SUPPORTERS }, (_, i) => ({ ...ana, id: `b${i}` }));
    await expect(previewImport(target, { ...backup, supporters: full })).rejects.toThrow(/Together with what is here already/);
  });

  it('brings the 30-day program back, round trip, merged with the days done here', async () => {
    const source = await seeded();
    const joined = T0 - 10 * 86_400_000;
    await saveProgram(markDone(markDone(start(NOT_STARTED, joined), 1, joined + 1000), 2, joined + 2000));
    const backup = await exportOf(source);
    expect(backup.program?.done.map((d) => d.day)).toEqual([1, 2]);
    expect(parseBackup(toJson(backup))).toEqual({ ok: true, backup });
    fakeBrowser.reset();
    const target = freshDb();
    // Here: the same run, paused later, with day 3 ticked.
    await saveProgram(pause(markDone(start(NOT_STARTED, joined), 3, joined + 3000), joined + 4000));
    await applyImport(target, backup);
    const program = await loadProgram();
    expect(program.done.map((d) => d.day)).toEqual([1, 2, 3]);
    expect(program.pausedAt).toBe(joined + 4000);
    // A backup from before anyone joined changes nothing here.
    const without = { ...backup };
    delete without.program;
    await applyImport(target, without);
    expect(await loadProgram()).toEqual(program);
  });

  it('changes nothing when the records cannot be written (a full disk): the settings written first are put back', async () => {
    const backup = await exportOf(await seeded());
    fakeBrowser.reset();
    const target = freshDb();
    await saveEntry(target, WinEntry, newWin('Already here', T0));
    await updateSettings({ showStreak: true, syncIntervalMinutes: 30 });
    const storedBefore = await fakeBrowser.storage.local.get(null);
    const full: typeof target = {
      run: (mode, work) => (mode === 'readwrite' ? Promise.reject(new StoreError('quota', 'The disk is full.')) : target.run(mode, work)),
    };
    await expect(applyImport(full, backup)).rejects.toMatchObject({ code: 'quota' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(storedBefore);
    expect((await readBackupData(target)).wins.map((w) => w.text)).toEqual(['Already here']);
    expect(await readGoals(target)).toEqual([]);
  });

  it('counts a record the file holds many times once, and stores its latest edit', async () => {
    const backup = await exportOf(await seeded());
    const [first] = backup.entries as Win[];
    const copies = Array.from({ length: 1000 }, (_, i) => ({ ...first!, text: `copy ${i}`, updatedAt: first!.updatedAt + (i === 500 ? 5 : 0) }));
    const file: Backup = { ...backup, entries: copies, decisions: [], goals: [...backup.goals, ...backup.goals] };
    fakeBrowser.reset();
    const target = freshDb();
    const preview = await previewImport(target, file);
    expect(preview.entries).toEqual({ records: 1, duplicates: 999, new: 1, newer: 0, alreadyHere: 0 });
    expect(preview.goals).toEqual({ records: 1, duplicates: 1, new: 1, newer: 0, alreadyHere: 0 });
    expect(optionsText.importPreview('backup.json', preview)).toBe(
      'backup.json: 1 entry (1 new, 999 duplicates in the file), 1 goal ladder (1 new, 1 duplicate in the file) and no prompt decisions, with 2 check-ins after events (2 new). Your settings will be replaced by the backup’s.',
    );
    await applyImport(target, file);
    expect((await readBackupData(target)).wins.map((w) => w.text)).toEqual(['copy 500']);
    // The same file again: the one record is here, and nothing is counted as new.
    expect((await previewImport(target, file)).entries).toEqual({ records: 1, duplicates: 999, new: 0, newer: 0, alreadyHere: 1 });
  });

  it('restores the keyword rules as they were, even the defaults the user removed', async () => {
    const backup = await exportOf(await seeded());
    const rules = backup.stakes.rules.filter((r) => r.keyword !== 'interview');
    fakeBrowser.reset();
    const target = freshDb();
    await applyImport(target, { ...backup, stakes: { ...backup.stakes, rules } });
    expect((await readBackupData(target)).stakes.rules).toEqual(rules);
  });

  it('refuses in plain words a merge that would outgrow a stored limit, before writing anything', () => {
    const feeds = ['a', 'b', 'c'].map((id) => ({ id, name: id, source: { kind: 'demo' as const }, enabled: true, addedAt: T0 }));
    const capped = { key: 'feeds', version: 1, schema: z.array(Feed).check(z.maxLength(2)), defaults: [], migrations: [] };
    expect(() => mergedItem(capped, 'feeds', feeds)).toThrow(
      new ImportRefused('Nothing was imported. Together with what is here already, the list of calendars has more than 2 items.'),
    );
    expect(mergedItem(capped, 'feeds', feeds.slice(0, 2)).key).toBe('feeds');
  });

  it('merging marks twice is the same as once', () => {
    const mine = { tags: [], rules: [], moments: [{ id: 'a', title: 'A', start: 1, kind: 'other' as const, createdAt: 1, updatedAt: 5 }] };
    const theirs = { tags: [], rules: [], moments: [{ id: 'a', title: 'A, older', start: 1, kind: 'other' as const, createdAt: 1, updatedAt: 2 }] };
    expect(mergeStakes(mergeStakes(mine, theirs), theirs)).toEqual(mergeStakes(mine, theirs));
    expect(mergeStakes(mine, theirs).moments[0]!.title).toBe('A');
  });

  it('round trip: export with addresses, delete everything, import: the same records', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), { maxLength: 12 }), async (texts) => {
        fakeBrowser.reset();
        const db = freshDb();
        for (const [i, text] of texts.entries()) await saveEntry(db, WinEntry, newWin(text, T0 + i * 1000));
        for (const [i, text] of texts.slice(0, 3).entries()) await saveGoal(db, { ...newGoal(T0 + i), title: text, difficulty: 1 + (i % 10) });
        await saveFeeds([{ id: 'work', name: 'Work', source: { kind: 'url', url: SECRET }, enabled: true, addedAt: T0 }]);
        const before = await readBackupData(db);
        const file = toJson(buildBackup(before, { includeCalendarAddresses: true, now: T0 }));

        await clearAllRecords(db);
        await fakeBrowser.storage.local.clear();
        const parsed = parseBackup(file);
        if (!parsed.ok) throw new Error(parsed.error);
        await applyImport(db, parsed.backup);
        expect(await readBackupData(db)).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });
});
