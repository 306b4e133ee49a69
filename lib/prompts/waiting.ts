import type { PendingCheckIn, PendingPrompt } from './model';

/**
 * The prompts still waiting, the one that matters now first. A prompt before
 * an event is useless once the event starts, so those lead, the soonest event
 * first; a reflection after an event keeps for hours and follows, the most
 * recent event first.
 */
export function waitingByUrgency(pending: readonly PendingPrompt[], now: number): PendingPrompt[] {
  return waitingItems(pending, [], now).flatMap((item) => (item.kind === 'prompt' ? [item.prompt] : []));
}

export type WaitingItem = { kind: 'prompt'; key: string; prompt: PendingPrompt } | { kind: 'checkin'; key: string; checkIn: PendingCheckIn };

/**
 * Everything waiting in the popup, in the order above, with the after-event
 * check-ins (one tap each) before the longer reflections.
 */
export function waitingItems(pending: readonly PendingPrompt[], checkIns: readonly PendingCheckIn[], now: number): WaitingItem[] {
  const live = pending.filter((p) => p.expiresAt > now);
  const asItem = (prompt: PendingPrompt): WaitingItem => ({ kind: 'prompt', key: prompt.triggerId, prompt });
  const before = live.filter((p) => p.type !== 'feedback').sort((a, b) => a.eventStart - b.eventStart);
  const after = live.filter((p) => p.type === 'feedback').sort((a, b) => b.eventEnd - a.eventEnd);
  const asked = checkIns
    .filter((c) => c.expiresAt > now)
    .sort((a, b) => b.eventEnd - a.eventEnd)
    .map((checkIn): WaitingItem => ({ kind: 'checkin', key: `checkin|${checkIn.eventKey}`, checkIn }));
  return [...before.map(asItem), ...asked, ...after.map(asItem)];
}
