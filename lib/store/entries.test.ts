import { describe, expect, it } from 'vitest';
import { newWin, WinEntry } from '../wins/model';

describe('a win', () => {
  const win = newWin('  Asked the first question  ', Date.UTC(2026, 10, 22, 9));

  it('is stored trimmed, with nothing optional set', () => {
    expect(win.text).toBe('Asked the first question');
    expect(WinEntry.safeParse(win).success).toBe(true);
  });

  it('may name the event it was part of and how hard it felt', () => {
    expect(WinEntry.safeParse({ ...win, eventKey: 'demo:review', eventTitle: 'Review', difficulty: 7 }).success).toBe(true);
  });

  it('refuses a difficulty outside 1 to 10 or between whole numbers', () => {
    for (const difficulty of [0, 11, 2.5, Number.NaN]) expect(WinEntry.safeParse({ ...win, difficulty }).success).toBe(false);
  });
});
