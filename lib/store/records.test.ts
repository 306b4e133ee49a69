import { afterEach, describe, expect, it, vi } from 'vitest';
import { allKeys, freshDb, putRaw } from '../../tests/unit/helpers';
import { loadDraft, saveDraft } from './drafts';
import { deleteEntry, entryKey, saveEntry, walkEntriesOfKind } from './entries';
import { newWin, WinEntry } from '../wins/model';
import { discardQuarantined, listQuarantined } from './quarantine';

async function winsNewestFirst(db: ReturnType<typeof freshDb>): Promise<WinEntry[]> {
  const found: WinEntry[] = [];
  await walkEntriesOfKind(db, 'win', WinEntry, (entry) => {
    found.push(entry);
    return true;
  });
  return found;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('entries', () => {
  it('stores a win and reads it back, newest first', async () => {
    const db = freshDb();
    await saveEntry(db, WinEntry, newWin('first', 1_000));
    await saveEntry(db, WinEntry, newWin('  second  ', 2_000));
    const wins = await winsNewestFirst(db);
    expect(wins.map((w) => w.text)).toEqual(['second', 'first']);
  });

  it('refuses to store an invalid entry and writes nothing', async () => {
    const db = freshDb();
    await expect(saveEntry(db, WinEntry, newWin('   ', 1_000))).rejects.toMatchObject({ code: 'invalid' });
    expect(await allKeys(db)).toEqual([]);
  });

  it('finishing a draft writes the entry and removes the draft together', async () => {
    const db = freshDb();
    await saveDraft(db, { v: 1, id: 'popup-win', flowId: 'win', fields: { text: 'did it' }, updatedAt: 1 });
    const win = newWin('did it', 5_000);
    await saveEntry(db, WinEntry, win, { finishesDraft: 'popup-win' });
    expect(await allKeys(db)).toEqual([entryKey(win.id)]);
  });

  it('keeps the draft when the entry cannot be written (one transaction)', async () => {
    const db = freshDb();
    await saveDraft(db, { v: 1, id: 'popup-win', flowId: 'win', fields: { text: 'keep me' }, updatedAt: 1 });
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if (String(key).startsWith('entry/')) throw new DOMException('The disk is full', 'QuotaExceededError');
      return realPut.call(this, value, key);
    });
    await expect(
      saveEntry(db, WinEntry, newWin('keep me', 5_000), { finishesDraft: 'popup-win' }),
    ).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    vi.restoreAllMocks();
    expect((await loadDraft(db, 'popup-win'))?.fields.text).toBe('keep me');
    expect(await winsNewestFirst(db)).toEqual([]);
  });

  it('deletes an entry', async () => {
    const db = freshDb();
    const win = await saveEntry(db, WinEntry, newWin('oops', 1_000));
    await deleteEntry(db, win.id);
    expect(await winsNewestFirst(db)).toEqual([]);
  });

  it('stops walking as soon as the visitor says so', async () => {
    const db = freshDb();
    for (let i = 1; i <= 20; i++) await saveEntry(db, WinEntry, newWin(`win ${i}`, i * 1000));
    const seen: string[] = [];
    await walkEntriesOfKind(db, 'win', WinEntry, (entry) => {
      seen.push(entry.text);
      return seen.length < 3;
    });
    expect(seen).toEqual(['win 20', 'win 19', 'win 18']);
  });

  it('passes over entries of other kinds without quarantining them', async () => {
    const db = freshDb();
    await saveEntry(db, WinEntry, newWin('a win', 1_000));
    await putRaw(db, 'entry/00000zzzz-other', { kind: 'reflection', id: 'x', anything: true });
    expect((await winsNewestFirst(db)).map((w) => w.text)).toEqual(['a win']);
    expect(await listQuarantined(db)).toEqual([]);
  });
});

describe('quarantine', () => {
  it('moves a record that fails validation, untouched, and keeps reading the rest', async () => {
    const db = freshDb();
    await saveEntry(db, WinEntry, newWin('good one', 1_000));
    const broken = { v: 1, id: 'zzz', kind: 'win', text: 42, createdAt: 'yesterday' };
    await putRaw(db, 'entry/zzzzzzzzz-broken', broken);

    const wins = await winsNewestFirst(db);
    expect(wins.map((w) => w.text)).toEqual(['good one']);

    const quarantined = await listQuarantined(db);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ origin: 'indexeddb', key: 'entry/zzzzzzzzz-broken', raw: broken });
    expect(quarantined[0]!.reason).toMatch(/text/);
    expect(quarantined[0]!.reason).toMatch(/createdAt/);
    expect(await allKeys(db)).not.toContain('entry/zzzzzzzzz-broken');
  });

  it('quarantines a damaged draft instead of resuming it', async () => {
    const db = freshDb();
    await putRaw(db, 'draft/popup-win', { v: 1, id: 'popup-win', fields: 'not an object' });
    expect(await loadDraft(db, 'popup-win')).toBeUndefined();
    const [record] = await listQuarantined(db);
    expect(record).toMatchObject({ key: 'draft/popup-win', raw: { fields: 'not an object' } });
  });

  it('discards one record when asked, and only that one', async () => {
    const db = freshDb();
    await putRaw(db, 'entry/a', { kind: 'win', broken: 1 });
    await putRaw(db, 'entry/b', { kind: 'win', broken: 2 });
    await winsNewestFirst(db);
    const records = await listQuarantined(db);
    expect(records).toHaveLength(2);
    await discardQuarantined(db, records[0]!.id);
    const left = await listQuarantined(db);
    expect(left).toHaveLength(1);
    expect(left[0]!.id).toBe(records[1]!.id);
  });

  it('lists a damaged quarantine record rather than hiding it', async () => {
    const db = freshDb();
    await putRaw(db, 'quarantine/odd', 'just a string');
    const [record] = await listQuarantined(db);
    expect(record).toMatchObject({ id: 'odd', raw: 'just a string' });
  });
});

describe('storage failures', () => {
  it('reports IndexedDB being unavailable as a typed error', async () => {
    const db = freshDb();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('Internal error opening backing store', 'UnknownError');
    });
    await expect(saveEntry(db, WinEntry, newWin('x', 1))).rejects.toMatchObject({ code: 'unavailable' });
    vi.restoreAllMocks();
    // Opening is retried once the database can be reached again.
    await expect(saveEntry(db, WinEntry, newWin('x', 1))).resolves.toMatchObject({ text: 'x' });
  });
});

describe('quarantine races', () => {
  it('sets aside the damaged value it read, but never deletes a good value written since', async () => {
    const db = freshDb();
    await putRaw(db, 'draft/popup-win', { v: 1, id: 'popup-win', fields: 'damaged' });
    const reading = loadDraft(db, 'popup-win');
    const writing = saveDraft(db, { v: 1, id: 'popup-win', flowId: 'win', fields: { text: 'typed just now' }, updatedAt: 2 });
    await Promise.all([reading, writing]);
    expect((await loadDraft(db, 'popup-win'))?.fields.text).toBe('typed just now');
    const [record] = await listQuarantined(db);
    expect(record).toMatchObject({ key: 'draft/popup-win', raw: { fields: 'damaged' } });
  });
});

describe('two readers meeting the same damaged record', () => {
  it('set it aside once', async () => {
    const db = freshDb();
    await putRaw(db, 'draft/popup-win', { v: 1, id: 'popup-win', fields: 'damaged' });
    await Promise.all([loadDraft(db, 'popup-win'), loadDraft(db, 'popup-win'), loadDraft(db, 'popup-win')]);
    expect(await listQuarantined(db)).toHaveLength(1);
  });
});
