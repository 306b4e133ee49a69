import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'win')).toBe('1 win');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
  it('uses the plural for zero, many and fractions', () => {
    expect(plural(0, 'win')).toBe('0 wins');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1.5, 'day')).toBe('1.5 days');
  });
});
