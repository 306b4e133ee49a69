import { describe, expect, it } from 'vitest';
import type { PendingCheckIn, PendingPrompt } from './model';
import { waitingByUrgency, waitingItems } from './waiting';

const NOW = Date.UTC(2026, 10, 25, 12);
const MINUTE = 60_000;

function prompt(id: string, type: PendingPrompt['type'], startIn: number, expiresIn: number): PendingPrompt {
  return {
    triggerId: id,
    type,
    eventKey: `work:${id}`,
    eventTitle: id,
    eventStart: NOW + startIn * MINUTE,
    eventEnd: NOW + (startIn + 30) * MINUTE,
    kind: 'other',
    shownAt: NOW - MINUTE,
    expiresAt: NOW + expiresIn * MINUTE,
  };
}

describe('waitingByUrgency', () => {
  it('puts the prompt before the soonest event first, reflections after', () => {
    const pending = [
      prompt('standup', 'feedback', -90, 300),
      prompt('interview', 'affirm', 40, 40),
      prompt('pitch', 'ready', 8, 8),
      prompt('review', 'feedback', -40, 400),
    ];
    expect(waitingByUrgency(pending, NOW).map((p) => p.triggerId)).toEqual(['pitch', 'interview', 'review', 'standup']);
  });

  it('leaves out prompts that no longer make sense', () => {
    const pending = [prompt('gone', 'ready', -1, -1), prompt('pitch', 'ready', 8, 8)];
    expect(waitingByUrgency(pending, NOW).map((p) => p.triggerId)).toEqual(['pitch']);
  });

  it('puts the after-event check-ins between the prompts before events and the reflections, newest first', () => {
    const checkIn = (key: string, endedAgo: number, expiresIn = 600): PendingCheckIn => ({
      eventKey: key,
      eventTitle: key,
      eventEnd: NOW - endedAgo * MINUTE,
      kind: 'other',
      askedAt: NOW - endedAgo * MINUTE,
      expiresAt: NOW + expiresIn * MINUTE,
    });
    const items = waitingItems(
      [prompt('review', 'feedback', -40, 400), prompt('pitch', 'ready', 8, 8)],
      [checkIn('old', 120), checkIn('recent', 10), checkIn('expired', 1500, -1)],
      NOW,
    );
    expect(items.map((i) => i.key)).toEqual(['pitch', 'checkin|recent', 'checkin|old', 'review']);
  });
});
