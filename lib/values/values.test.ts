import { fakeBrowser } from 'wxt/testing';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { MAX_VALUES } from '../limits';
import { addValue, addValues, DEFAULT_VALUES, FIRST_DEFAULT_VALUES, loadValues, moveValue, saveValues, withoutFirstDefaults } from './values';

describe('values', () => {
  it('start as the suggested list, and keep the user’s order', async () => {
    const db = freshDb();
    expect(await loadValues({ db })).toEqual([...DEFAULT_VALUES]);
    const ranked = moveValue(moveValue(DEFAULT_VALUES, 4, -1), 3, -1);
    await saveValues(ranked, { db });
    expect((await loadValues({ db }))[2]).toBe('Curiosity');
  });

  it('suggest no achievement values, the domain an interview or exam puts under threat', () => {
    const text = DEFAULT_VALUES.join(' ').toLowerCase();
    expect(text).not.toMatch(/career|ambition|success|achiev|work|money|status|winning/);
    expect(FIRST_DEFAULT_VALUES).toContain('Career');
  });

  it('move within bounds, and take the user’s own without duplicates', () => {
    expect(moveValue(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveValue(['a', 'b'], 0, 1)).toEqual(['b', 'a']);
    expect(addValue(['Humor'], '  Courage ')).toEqual(['Humor', 'Courage']);
    expect(addValue(['Humor'], 'humor')).toEqual(['Humor']);
    expect(addValue(['Humor'], '  ')).toEqual(['Humor']);
  });
});

describe('the values list from before version 2', () => {
  it('is replaced by the new one when it is still the untouched first list, and written back', async () => {
    await fakeBrowser.storage.local.set({ values: { version: 1, value: [...FIRST_DEFAULT_VALUES] } });
    expect(await loadValues({ db: freshDb() })).toEqual([...DEFAULT_VALUES]);
    expect(await fakeBrowser.storage.local.get('values')).toEqual({ values: { version: 2, value: [...DEFAULT_VALUES] } });
  });

  it('is kept when the user reordered it, added to it or wrote their own, Career included', async () => {
    const reordered = moveValue(FIRST_DEFAULT_VALUES, 11, -1);
    const added = addValue(FIRST_DEFAULT_VALUES, 'Courage');
    for (const mine of [reordered, added, ['Career', 'Family']]) {
      await fakeBrowser.storage.local.set({ values: { version: 1, value: mine } });
      expect(await loadValues({ db: freshDb() })).toEqual(mine);
      expect(await fakeBrowser.storage.local.get('values')).toEqual({ values: { version: 2, value: mine } });
    }
  });

  it('is recognised only as the exact first list', () => {
    expect(withoutFirstDefaults(FIRST_DEFAULT_VALUES)).toEqual([...DEFAULT_VALUES]);
    expect(withoutFirstDefaults(FIRST_DEFAULT_VALUES.slice(0, 11))).toEqual(FIRST_DEFAULT_VALUES.slice(0, 11));
    expect(withoutFirstDefaults(['Humor'])).toEqual(['Humor']);
  });
});

describe('values found by a values clarification', () => {
  it('join the end of the list, once each, while it has room', () => {
    expect(addValues(['Humor', 'Kindness'], ['Curiosity', 'kindness', 'Looking after my family'])).toEqual(['Humor', 'Kindness', 'Curiosity', 'Looking after my family']);
    const full = Array.from({ length: MAX_VALUES - 1 }, (_, i) => `Value ${i}`);
    expect(addValues(full, ['One more', 'No room'])).toEqual([...full, 'One more']);
  });
});
