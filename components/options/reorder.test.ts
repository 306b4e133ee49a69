import { describe, expect, it } from 'vitest';
import { keyTarget, moveTo } from './reorder';

describe('moving a value', () => {
  const list = ['a', 'b', 'c', 'd'];

  it('moves one item up, down, to the top and to the end, the rest keeping their order', () => {
    expect(moveTo(list, 2, 1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveTo(list, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(list, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(list, 1, 99)).toEqual(['a', 'c', 'd', 'b']);
  });

  it('leaves the list as it was for an item that is not there', () => {
    expect(moveTo(list, 7, 0)).toEqual(list);
  });

  it('reads arrows, Home and End, and nothing past either end', () => {
    expect(keyTarget('ArrowUp', 2, 4)).toBe(1);
    expect(keyTarget('ArrowDown', 2, 4)).toBe(3);
    expect(keyTarget('Home', 2, 4)).toBe(0);
    expect(keyTarget('End', 1, 4)).toBe(3);
    expect(keyTarget('ArrowUp', 0, 4)).toBeNull();
    expect(keyTarget('ArrowDown', 3, 4)).toBeNull();
    expect(keyTarget('End', 3, 4)).toBeNull();
    expect(keyTarget('Enter', 1, 4)).toBeNull();
  });
});
