import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { listQuarantined } from '../store/quarantine';
import { MAX_SUPPORTERS, SUPPORTER_NAME_MAX } from '../limits';
import { addSupporter, editSupporter, loadSupporters, mergeSupporters, removeSupporter, saveSupporters, supportersItem } from './supporters';

const fixed = () => 0.5;

describe('supporters', () => {
  it('start empty, and keep who was added, in order, with their kind of support', async () => {
    const db = freshDb();
    expect(await loadSupporters({ db })).toEqual([]);
    const list = addSupporter(addSupporter([], '  Sam ', 'listener', 1_000, fixed), 'Ana', 'mentor', 2_000, fixed);
    await saveSupporters(list, { db });
    const read = await loadSupporters({ db });
    expect(read.map((s) => [s.name, s.kind])).toEqual([
      ['Sam', 'listener'],
      ['Ana', 'mentor'],
    ]);
    expect(await fakeBrowser.storage.local.get('supporters')).toEqual({ supporters: { version: 1, value: read } });
  });

  it('ignore a blank name, and stop at the limit', () => {
    expect(addSupporter([], '   ', 'practical', 1)).toEqual([]);
    const full = Array.from({ length: MAX_SUPPORTERS }, (_, i) => i).reduce((l, i) => addSupporter(l, `P${i}`, 'listener', i + 1), addSupporter([], 'first', 'listener', 0));
    expect(full).toHaveLength(MAX_SUPPORTERS);
    expect(addSupporter(full, 'One more', 'listener', 99)).toHaveLength(MAX_SUPPORTERS);
  });

  it('change kind and note of one person only, a cleared note dropped', () => {
    const list = addSupporter(addSupporter([], 'Sam', 'listener', 1), 'Ana', 'mentor', 2);
    const [sam, ana] = list;
    const edited = editSupporter(list, sam!.id, { kind: 'practical', note: 'Will do a mock run' }, 5);
    expect(edited[0]).toMatchObject({ kind: 'practical', note: 'Will do a mock run', updatedAt: 5 });
    expect(edited[1]).toBe(ana);
    expect(editSupporter(edited, sam!.id, { note: ' ' }, 6)[0]).not.toHaveProperty('note');
    expect(removeSupporter(edited, sam!.id)).toEqual([ana]);
  });

  it('refuse a name over the limit, or more people than the limit', async () => {
    const db = freshDb();
    const long = addSupporter([], 'a'.repeat(SUPPORTER_NAME_MAX + 1), 'listener', 1);
    await expect(saveSupporters(long, { db })).rejects.toMatchObject({ code: 'invalid' });
    const many = Array.from({ length: MAX_SUPPORTERS + 1 }, (_, i) => ({ id: `s${i}`, name: 'x', kind: 'listener' as const, createdAt: 1, updatedAt: 1 }));
    await expect(saveSupporters(many, { db })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('set aside a stored list that cannot be read, and start again empty', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({ supporters: { version: 1, value: [{ id: 's1', name: 'Sam', kind: 'guru', createdAt: 1, updatedAt: 1 }] } });
    expect(await loadSupporters({ db })).toEqual([]);
    expect((await listQuarantined(db))[0]?.raw).toMatchObject({ version: 1 });
  });

  it('merge by person, the later edit winning', () => {
    const base = { name: 'Sam', kind: 'listener' as const, createdAt: 1 };
    const mine = [{ ...base, id: 'a', updatedAt: 5 }, { ...base, id: 'b', updatedAt: 1 }];
    const theirs = [{ ...base, id: 'a', kind: 'mentor' as const, updatedAt: 2 }, { ...base, id: 'b', kind: 'practical' as const, updatedAt: 9 }, { ...base, id: 'c', updatedAt: 1 }];
    expect(mergeSupporters(mine, theirs).map((s) => [s.id, s.kind])).toEqual([
      ['a', 'listener'],
      ['b', 'practical'],
      ['c', 'listener'],
    ]);
    expect(supportersItem.schema.safeParse([mine[0], mine[0]]).success).toBe(false);
  });
});
