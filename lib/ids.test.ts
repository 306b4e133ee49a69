import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './ids';

describe('timeOrderedId', () => {
  it('sorts as strings in creation order', () => {
    const times = [0, 1, 999, 1_700_000_000_000, 1_700_000_000_001, 4_102_444_800_000];
    const ids = times.map((t) => timeOrderedId(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs for the same millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => timeOrderedId(5)));
    expect(ids.size).toBe(1000);
  });
});
