import { describe, expect, it } from 'vitest';
import { allKeys, freshDb, putRaw } from '../../tests/unit/helpers';
import { saveEntry } from '../store/entries';
import { newWin, WinEntry } from '../wins/model';
import { readAllValid } from './read';

const T0 = Date.UTC(2026, 10, 23, 9);

async function withWins(count: number) {
  const db = freshDb();
  // Records of kinds on either side of "entry/" in key order must never be read as entries.
  await putRaw(db, 'draft/zzz', { v: 1, id: 'zzz' });
  await putRaw(db, 'goal/aaa', { v: 1, id: 'aaa' });
  for (let i = 0; i < count; i++) await saveEntry(db, WinEntry, newWin(`win ${i}`, T0 + i * 1000));
  return db;
}

const texts = (wins: WinEntry[]) => wins.map((w) => w.text);

describe('readAllValid', () => {
  it('reads the newest records first, up to the limit', async () => {
    const db = await withWins(40);
    expect(texts(await readAllValid(db, 'entry', WinEntry, { limit: 30 }))).toEqual(Array.from({ length: 30 }, (_, i) => `win ${39 - i}`));
    expect(texts(await readAllValid(db, 'entry', WinEntry, { limit: 1 }))).toEqual(['win 39']);
    expect(await readAllValid(db, 'entry', WinEntry)).toHaveLength(40);
  });

  it('reads them all when there are fewer than the limit, or none', async () => {
    expect(texts(await readAllValid(await withWins(3), 'entry', WinEntry, { limit: 30 }))).toEqual(['win 2', 'win 1', 'win 0']);
    expect(texts(await readAllValid(await withWins(30), 'entry', WinEntry, { limit: 30 }))).toHaveLength(30);
    expect(await readAllValid(await withWins(0), 'entry', WinEntry, { limit: 30 })).toEqual([]);
  });

  it('sets a damaged record aside and counts it against the limit', async () => {
    const db = await withWins(5);
    await putRaw(db, `entry/${'z'.repeat(9)}-broken`, { v: 1, kind: 'win', text: 7 });
    expect(texts(await readAllValid(db, 'entry', WinEntry, { limit: 3 }))).toEqual(['win 4', 'win 3']);
    expect((await allKeys(db)).filter((k) => k.startsWith('quarantine/'))).toHaveLength(1);
  });
});
