import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { createDraftWriter } from './draft-writer';
import { deleteDraft, loadDraft, pruneDrafts, saveDraft } from './drafts';

describe('draft writer', () => {
  it('keeps the latest text after a burst of keystrokes', async () => {
    const db = freshDb();
    const errors: unknown[] = [];
    const writer = createDraftWriter(db, 'popup-win', 'win', (e) => errors.push(e));
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) writer.write({ text });
    await writer.settled();
    expect((await loadDraft(db, 'popup-win'))?.fields).toEqual({ text: 'Hello' });
    expect(errors).toEqual([]);
  });

  it('deletes the draft when the text is cleared', async () => {
    const db = freshDb();
    const writer = createDraftWriter(db, 'popup-win', 'win', () => undefined);
    writer.write({ text: 'something' });
    await writer.settled();
    writer.write({ text: '   ' });
    await writer.settled();
    expect(await loadDraft(db, 'popup-win')).toBeUndefined();
  });

  it('reports a failed write and keeps going', async () => {
    const db = freshDb();
    const errors: unknown[] = [];
    const writer = createDraftWriter(db, '', 'win', (e) => errors.push(e));
    writer.write({ text: 'no id, so invalid' });
    await writer.settled();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'invalid' });
  });
});

describe('pruneDrafts', () => {
  it('removes drafts older than seven days and keeps the rest', async () => {
    const db = freshDb();
    const day = 24 * 60 * 60 * 1000;
    const now = 100 * day;
    await saveDraft(db, { v: 1, id: 'old', flowId: 'x', fields: { a: 'b' }, updatedAt: now - 8 * day });
    await saveDraft(db, { v: 1, id: 'recent', flowId: 'x', fields: { a: 'b' }, updatedAt: now - 6 * day });
    expect(await pruneDrafts(db, now)).toBe(1);
    expect(await loadDraft(db, 'old')).toBeUndefined();
    expect(await loadDraft(db, 'recent')).toBeDefined();
  });
});

describe('finishing a draft', () => {
  it('orders the entry after earlier writes and before later ones', async () => {
    const db = freshDb();
    const writer = createDraftWriter(db, 'popup-win', 'win', () => undefined);
    writer.write({ text: 'first win' });
    const order: string[] = [];
    const done = writer.finish(async () => {
      order.push(`entry while draft is ${(await loadDraft(db, 'popup-win'))?.fields.text}`);
      await deleteDraft(db, 'popup-win');
      return 'saved';
    });
    // Typed right after Enter, before the entry is written.
    writer.write({ text: 'second' });
    await expect(done).resolves.toBe('saved');
    await writer.settled();
    expect(order).toEqual(['entry while draft is first win']);
    expect((await loadDraft(db, 'popup-win'))?.fields.text).toBe('second');
  });

  it('passes a failed save back to the caller and keeps going', async () => {
    const db = freshDb();
    const errors: unknown[] = [];
    const writer = createDraftWriter(db, 'popup-win', 'win', (e) => errors.push(e));
    await expect(writer.finish(() => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    writer.write({ text: 'after' });
    await writer.settled();
    expect((await loadDraft(db, 'popup-win'))?.fields.text).toBe('after');
    expect(errors).toEqual([]);
  });
});

describe('the saved draft comes first', () => {
  it('writes nothing before the saved draft has been read', async () => {
    const db = freshDb();
    await saveDraft(db, { v: 1, id: 'popup-win', flowId: 'win', fields: { text: 'saved earlier' }, updatedAt: 1 });
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const writer = createDraftWriter(db, 'popup-win', 'win', () => undefined, Date.now, ready);
    writer.write({ text: 'typed' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await loadDraft(db, 'popup-win'))?.fields.text).toBe('saved earlier');
    release();
    await writer.settled();
    expect((await loadDraft(db, 'popup-win'))?.fields.text).toBe('typed');
  });
});
