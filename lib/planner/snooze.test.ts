import { describe, expect, it } from 'vitest';
import { snoozeChoices } from './plan';
import { berlin, HOUR, MIN } from './test-fixtures';
import type { PromptType } from './types';

const start = berlin('14:00');
const end = berlin('15:00');
const trigger = (type: PromptType) => ({ type, eventStart: start, eventEnd: end });
const ids = (type: PromptType, now: number, timeZone = 'Europe/Berlin') => snoozeChoices(trigger(type), now, timeZone).map((c) => c.id);

describe('snoozeChoices', () => {
  it.each([
    ['ready', 31, ['min-2', 'min-5', 'min-10', 'min-15', 'min-30']],
    ['ready', 30, ['min-2', 'min-5', 'min-10', 'min-15']],
    ['ready', 5, ['min-2']],
    ['ready', 2, []],
    ['affirm', 45, ['min-2', 'min-5', 'min-10', 'min-15', 'min-30']],
    ['affirm', 20, ['min-2', 'min-5']],
    ['affirm', 16, []],
  ] as const)('%s, %i minutes before the start: %j', (type, before, expected) => {
    expect(ids(type, start - before * MIN)).toEqual(expected);
  });

  it('says when each short snooze ends', () => {
    const now = start - 10 * MIN;
    expect(snoozeChoices(trigger('ready'), now, 'Europe/Berlin')).toEqual([
      { id: 'min-2', minutes: 2, until: now + 2 * MIN },
      { id: 'min-5', minutes: 5, until: now + 5 * MIN },
    ]);
  });

  it('after the event: in an hour, or at 19:00 local time', () => {
    expect(snoozeChoices(trigger('feedback'), berlin('15:10'), 'Europe/Berlin')).toEqual([
      { id: 'hour', minutes: 60, until: berlin('16:10') },
      { id: 'evening', until: berlin('19:00') },
    ]);
  });

  it.each([
    ['18:30', ['hour', 'evening']],
    ['18:31', ['hour']],
    ['20:00', ['hour']],
  ])('after the event, at %s: %j', (now, expected) => {
    expect(ids('feedback', berlin(now))).toEqual(expected);
  });

  it('offers nothing that ends past the feedback window', () => {
    expect(ids('feedback', end + 11 * HOUR + 1)).toEqual([]);
    expect(ids('feedback', end + 11 * HOUR)).toEqual(['hour']);
  });

  it('offers nothing that would land in quiet hours (it would be dropped there)', () => {
    const feedback = trigger('feedback');
    const now = berlin('16:00');
    expect(snoozeChoices(feedback, now, 'Europe/Berlin').map((c) => c.id)).toEqual(['hour', 'evening']);
    expect(snoozeChoices(feedback, now, 'Europe/Berlin', { start: 18 * 60, end: 7 * 60 }).map((c) => c.id)).toEqual(['hour']);
  });

  it('reads "this evening" in the zone given', () => {
    const now = Date.parse('2025-06-10T12:00:00Z');
    const feedback = { type: 'feedback' as const, eventStart: now - HOUR, eventEnd: now };
    // 08:00 in New York, 17:30 in Kolkata, 21:00 in Tokyo.
    expect(snoozeChoices(feedback, now, 'America/New_York')[1]?.until).toBe(Date.parse('2025-06-10T23:00:00Z'));
    expect(snoozeChoices(feedback, now, 'Asia/Kolkata')[1]?.until).toBe(Date.parse('2025-06-10T13:30:00Z'));
    expect(snoozeChoices(feedback, now, 'Asia/Tokyo').map((c) => c.id)).toEqual(['hour']);
  });

  it('finds 19:00 on the day the clocks change', () => {
    const now = Date.parse('2025-03-30T10:00:00Z');
    const feedback = { type: 'feedback' as const, eventStart: now - HOUR, eventEnd: now };
    expect(snoozeChoices(feedback, now, 'Europe/Berlin')[1]).toEqual({ id: 'evening', until: Date.parse('2025-03-30T17:00:00Z') });
  });
});
