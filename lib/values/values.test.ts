import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { addValue, DEFAULT_VALUES, loadValues, moveValue, saveValues } from './values';

describe('values', () => {
  it('start as the suggested list, and keep the user’s order', async () => {
    const db = freshDb();
    expect(await loadValues({ db })).toEqual([...DEFAULT_VALUES]);
    const ranked = moveValue(moveValue(DEFAULT_VALUES, 4, -1), 3, -1);
    await saveValues(ranked, { db });
    expect((await loadValues({ db }))[2]).toBe('Learning');
  });

  it('move within bounds, and take the user’s own without duplicates', () => {
    expect(moveValue(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveValue(['a', 'b'], 0, 1)).toEqual(['b', 'a']);
    expect(addValue(['Humor'], '  Courage ')).toEqual(['Humor', 'Courage']);
    expect(addValue(['Humor'], 'humor')).toEqual(['Humor']);
    expect(addValue(['Humor'], '  ')).toEqual(['Humor']);
  });
});
