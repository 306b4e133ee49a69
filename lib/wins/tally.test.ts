import { describe, expect, it } from 'vitest';
import { tallyOf } from './tally';

// The tests run in Europe/Berlin (see vitest.config.ts).
const at = (iso: string) => new Date(iso).getTime();
const now = at('2026-03-30T10:00:00+02:00'); // the day after the spring-forward change

describe('tallyOf', () => {
  it.each([
    ['no wins', [], { today: 0, streak: 0 }],
    ['one win today', ['2026-03-30T09:00:00+02:00'], { today: 1, streak: 1 }],
    ['two wins today', ['2026-03-30T09:30:00+02:00', '2026-03-30T08:00:00+02:00'], { today: 2, streak: 1 }],
    ['yesterday only keeps the streak alive', ['2026-03-29T22:00:00+02:00'], { today: 0, streak: 1 }],
    ['two days ago breaks it', ['2026-03-28T12:00:00+01:00'], { today: 0, streak: 0 }],
    [
      'three days in a row across the DST change',
      ['2026-03-30T00:10:00+02:00', '2026-03-29T03:30:00+02:00', '2026-03-28T23:59:00+01:00'],
      { today: 1, streak: 3 },
    ],
    [
      'a gap ends the streak',
      ['2026-03-30T08:00:00+02:00', '2026-03-29T08:00:00+02:00', '2026-03-27T08:00:00+01:00'],
      { today: 1, streak: 2 },
    ],
    ['a future win counts for nothing', ['2026-04-02T08:00:00+02:00', '2026-03-30T08:00:00+02:00'], { today: 1, streak: 1 }],
    ['just after local midnight counts as today', ['2026-03-30T00:00:01+02:00'], { today: 1, streak: 1 }],
    ['just before local midnight counts as yesterday', ['2026-03-29T23:59:59+02:00'], { today: 0, streak: 1 }],
  ])('%s', (_, wins, expected) => {
    expect(tallyOf(wins.map(at), now)).toMatchObject(expected);
  });

  it('settles without reading past the end of the streak', () => {
    let read = 0;
    function* wins() {
      for (const iso of ['2026-03-30T08:00:00+02:00', '2026-03-20T08:00:00+01:00', '2026-03-19T08:00:00+01:00']) {
        read += 1;
        yield at(iso);
      }
    }
    const tally = tallyOf(wins(), now);
    expect(tally).toMatchObject({ today: 1, streak: 1, settled: true });
    expect(read).toBe(2);
  });
});
