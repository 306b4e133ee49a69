import type { PendingPrompt } from './model';

/**
 * The prompts still waiting, the one that matters now first. A prompt before
 * an event is useless once the event starts, so those lead, the soonest event
 * first; a reflection after an event keeps for hours and follows, the most
 * recent event first.
 */
export function waitingByUrgency(pending: readonly PendingPrompt[], now: number): PendingPrompt[] {
  const before = pending.filter((p) => p.expiresAt > now && p.type !== 'feedback').sort((a, b) => a.eventStart - b.eventStart);
  const after = pending.filter((p) => p.expiresAt > now && p.type === 'feedback').sort((a, b) => b.eventEnd - a.eventEnd);
  return [...before, ...after];
}
