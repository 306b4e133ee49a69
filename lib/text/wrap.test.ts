import { describe, expect, it } from 'vitest';
import { wrap } from './wrap';

describe('wrap', () => {
  it('keeps a short text on one line', () => {
    expect(wrap('Turn nerves into readiness', 64)).toEqual(['Turn nerves into readiness']);
  });
  it('breaks at spaces so no line is longer than the limit', () => {
    const lines = wrap('A rather long exercise title that will not fit on a single line of the chart', 30);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(lines.join(' ')).toBe('A rather long exercise title that will not fit on a single line of the chart');
  });
  it('gives a word longer than the limit a line of its own', () => {
    expect(wrap('a supercalifragilistic b', 5)).toEqual(['a', 'supercalifragilistic', 'b']);
  });
});
