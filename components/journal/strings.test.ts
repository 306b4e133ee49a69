import { describe, expect, it } from 'vitest';
import { historyText as t } from './strings';

describe('history summaries', () => {
  it('leave out the parts that are zero', () => {
    expect(t.evidenceSummary({ wins: 1, hardWins: 0, capabilities: 0, exercises: 3 })).toBe('1 win and 3 exercises seen through. All in your own words.');
    expect(t.evidenceSummary({ wins: 0, hardWins: 0, capabilities: 2, exercises: 0 })).toBe('2 things your reflections showed you can do. All in your own words.');
    expect(t.evidenceSummary({ wins: 2, hardWins: 1, capabilities: 1, exercises: 1 })).toBe(
      '2 wins (1 hard-won), 1 thing your reflections showed you can do and 1 exercise seen through. All in your own words.',
    );
  });
  it('say how to fill an empty summary', () => {
    expect(t.evidenceSummary({ wins: 0, hardWins: 0, capabilities: 0, exercises: 0 })).toMatch(/^Nothing gathered yet: log a win/);
  });
  it('count entries in the singular and the plural', () => {
    expect(t.count(1, 1)).toBe('1 entry');
    expect(t.count(1, 2)).toBe('1 of 2 entries');
    expect(t.ratingsValue(3, 7, 2)).toBe('3 → 7, 2 times');
  });
  it('do not tie the heatmap to dark or light squares', () => {
    expect(t.heatmapCaption(3, 2, 1)).not.toMatch(/darker|lighter/);
  });
});
