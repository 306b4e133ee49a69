import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { CAPABILITY_QUESTION } from '@/lib/exercises/measures';
import { finishedAnswers, missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { feedbackFlow } from './index';

const ids = (fields: Record<string, number | string> = {}) => stepsOf(feedbackFlow, fields).map((s) => s.id);

describe('reflection after an event', () => {
  it('asks how capable the user feels of the next one like it, before and after, never readiness', () => {
    const steps = stepsOf(feedbackFlow);
    expect(steps[0]!.blocks[0]).toMatchObject({ kind: 'rating', field: 'capabilityBefore', label: CAPABILITY_QUESTION, optional: true });
    expect(steps.at(-1)!.blocks[0]).toMatchObject({ kind: 'rating', field: 'capabilityAfter', label: CAPABILITY_QUESTION });
    expect(JSON.stringify(steps)).not.toMatch(/readiness|ready/i);
  });

  it('shows the prep plan for the event beside how it went', () => {
    const outcome = stepsOf(feedbackFlow).find((s) => s.id === 'outcome');
    expect(outcome!.blocks[0]).toMatchObject({ kind: 'earlier', flowId: 'prep-plan', label: 'Your prep plan' });
  });

  it('when it went well enough: what worked, what it shows, next time, and better questions to ask', () => {
    for (const outcome of [5, 8, 10]) {
      expect(ids({ outcome })).toEqual(['capability-before', 'outcome', 'actions', 'capability', 'next-time', 'ask', 'capability-after']);
    }
    const steps = stepsOf(feedbackFlow, { outcome: 8 });
    expect(missingAnswers(steps[2]!, {})).toEqual(['Which specific things you did led to what went well?']);
    expect(missingAnswers(steps[5]!, {})).toEqual([]);
    expect(steps[5]!.blocks.some((b) => b.kind === 'ask')).toBe(true);
  });

  it('when it went badly: the setback log comes first, not "what did you do that worked?"', () => {
    for (const outcome of [1, 3, 4]) {
      expect(ids({ outcome })).toEqual([
        'capability-before',
        'outcome',
        'frame',
        'attempted',
        'happened',
        'causes',
        'learned',
        'watch',
        'differently',
        'ask',
        'capability-after',
      ]);
    }
    // Going back and changing the rating changes what follows.
    expect(ids({ outcome: 3 })).not.toContain('actions');
    expect(ids({ outcome: 6 })).not.toContain('attempted');
  });

  it('stores either branch, and refuses an empty answer', () => {
    const well = { outcome: 8, actions: 'Paused after the key number', capability: 'I can hold a room', nextTime: 'Pause again' };
    expect(feedbackFlow.result.safeParse(well).success).toBe(true);
    expect(feedbackFlow.result.safeParse({ ...well, capability: '' }).success).toBe(false);
    const badly = { outcome: 2, capabilityBefore: 4, attempted: 'A live demo', happened: 'It crashed', causes: 'No backup video', learned: 'Demos fail', differently: 'Record a backup' };
    expect(feedbackFlow.result.safeParse(badly).success).toBe(true);
  });

  it('after the rating changes, stores only the branch it leads to', () => {
    const begunWell = { outcome: 8, actions: 'Paused after the key number', capability: 'I can hold a room' };
    const badly = { attempted: 'A live demo', happened: 'It crashed', causes: 'No backup video', learned: 'Demos fail', differently: 'Record a backup' };
    const stored = finishedAnswers(feedbackFlow, { ...begunWell, ...badly, outcome: 2, feedbackPart: 'the demo' });
    expect(stored).toEqual({ outcome: 2, ...badly, feedbackPart: 'the demo' });
    expect(feedbackFlow.result.safeParse(stored).success).toBe(true);
  });

  it('finishes with what the user did, in their words, and how the rating moved; never a generic "well done"', () => {
    const well = { outcome: 8, actions: 'Paused after the key number', capabilityBefore: 5, capabilityAfter: 7 };
    expect(finishText(feedbackFlow, well, { crisis: false })).toEqual([
      'What worked, in your words: “Paused after the key number”. That is something you did, and can do again.',
      'How capable you feel of the next one: 5 before, 7 now.',
      'It is all in your journal.',
    ]);
    expect(finishText(feedbackFlow, { outcome: 2, differently: 'Record a backup video' }, { crisis: false })[0]).toBe('Your next experiment: “Record a backup video”.');
    // After words that read like a crisis: nothing upbeat, only that it is kept.
    expect(finishText(feedbackFlow, well, { crisis: true })).toEqual(['What you wrote is saved in your journal.']);
    expect(JSON.stringify(finishText(feedbackFlow, {}, { crisis: false }))).not.toMatch(/nicely|well done|great/i);
  });
});
