import { describe, expect, it } from 'vitest';
import { offsetAt } from '../time/zone';
import { ianaZone } from './zones';

/** The offset as Intl's parts give it: the slow, plain reading the fast one must agree with. */
function partsOffset(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const bc = parts.find((p) => p.type === 'era')!.value.startsWith('B');
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - get('year') : get('year'), get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return d.getTime() - (ms - (((ms % 1000) + 1000) % 1000));
}

describe('zone offsets', () => {
  it('reads the same offsets as Intl parts, across eras, clock changes and odd zones', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'America/St_Johns'];
    const instants = [-62_300_000_000_000, -2_208_988_800_000, 0, 1_711_846_800_000, 1_711_846_799_000, 1_730_000_000_123, 4_102_444_800_000];
    for (let ms = 1_700_000_000_000; ms < 1_740_000_000_000; ms += 997_000_001) instants.push(ms);
    for (const zone of zones) for (const ms of instants) expect(offsetAt(ms, zone), `${zone} ${ms}`).toBe(partsOffset(ms, zone));
  });

  it('turns wall times near clock changes into the instants the RFC means', () => {
    const berlin = ianaZone('Europe/Berlin');
    const wall = (month: number, day: number, hour: number, minute = 0) => ({ year: 2026, month, day, hour, minute, second: 0 });
    expect(new Date(berlin(wall(3, 29, 1, 30))).toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(new Date(berlin(wall(3, 29, 2, 30))).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // skipped: offset from before
    expect(new Date(berlin(wall(10, 25, 2, 30))).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // twice: the first
    expect(new Date(berlin(wall(7, 1, 12))).toISOString()).toBe('2026-07-01T10:00:00.000Z');
  });
});
