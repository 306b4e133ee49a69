import { describe, expect, it } from 'vitest';
import { freshDb, putRaw } from '../../tests/unit/helpers';
import { entryKey, saveEntry, walkEntriesOfKind } from '../store/entries';
import { newWin, WinEntry } from '../wins/model';
import { listQuarantined } from '../store/quarantine';
import { isStorableTime, LATEST_TIME } from './timestamp';

describe('stored times', () => {
  it('are whole milliseconds from 1970 to 2200', () => {
    for (const ok of [0, Date.UTC(2026, 10, 25), LATEST_TIME]) expect(isStorableTime(ok)).toBe(true);
    for (const bad of [-1, 8.64e15 + 1, -1e300, 1.5, LATEST_TIME + 1, Number.NaN, Infinity]) expect(isStorableTime(bad)).toBe(false);
  });

  it('one record with a time JavaScript cannot show is set aside, and the rest are read', async () => {
    const db = freshDb();
    const good = newWin('Asked a question in the meeting', Date.UTC(2026, 10, 24));
    await saveEntry(db, WinEntry, good);
    const bad = { ...newWin('Broken', Date.UTC(2026, 10, 23)), createdAt: 8.64e15 + 1 };
    await putRaw(db, entryKey(bad.id), bad);
    await expect(saveEntry(db, WinEntry, { ...good, id: 'x', updatedAt: -1e300 })).rejects.toMatchObject({ code: 'invalid' });

    const read: string[] = [];
    await walkEntriesOfKind(db, 'win', WinEntry, (entry) => {
      read.push(entry.text);
      return true;
    });
    expect(read).toEqual(['Asked a question in the meeting']);
    const aside = await listQuarantined(db);
    expect(aside).toHaveLength(1);
    expect(JSON.stringify(aside[0])).toContain('1970 to 2200');
  });
});
