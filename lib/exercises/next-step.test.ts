import { describe, expect, it } from 'vitest';
import { flows } from '@/components/exercises/registry';
import { feedbackFlow } from '@/components/exercises/feedback';
import { affirmationFlow } from '@/components/exercises/affirmation';
import { reframeFlow } from '@/components/exercises/reframe';
import { stressFlow } from '@/components/exercises/stress';
import { rehearsalFlow } from '@/components/exercises/rehearsal';
import { nextStepAfter } from './next-step';

describe('the finish screen’s one next step', () => {
  it('offers to log a win after a reflection on something that went well', () => {
    expect(nextStepAfter(feedbackFlow, { outcome: 8, actions: 'Paused' }, { crisis: false })).toEqual({ kind: 'log-win', label: 'Log a win' });
  });

  it('sends the user back to their day after a setback, and after the values reflection', () => {
    expect(nextStepAfter(feedbackFlow, { outcome: 2 }, { crisis: false })).toEqual({ kind: 'day', label: 'Back to your day' });
    expect(nextStepAfter(affirmationFlow, { value: 'Family' }, { crisis: false })).toEqual({ kind: 'day', label: 'Back to your day' });
  });

  it('after the thought record, offers the get-ready exercise for its event once the event is near, and only then', () => {
    const event = (minutes: number) => ({ key: 'demo:pitch', title: 'Investor pitch', startsIn: minutes * 60_000 });
    expect(nextStepAfter(reframeFlow, {}, { crisis: false, event: event(12) })).toEqual({
      kind: 'flow',
      label: 'Get ready for Investor pitch',
      flowId: 'stress',
      eventKey: 'demo:pitch',
    });
    for (const far of [event(90), event(-5)]) expect(nextStepAfter(reframeFlow, {}, { crisis: false, event: far }).kind).toBe('day');
    expect(nextStepAfter(reframeFlow, {}, { crisis: false }).kind).toBe('day');
    // The get-ready exercise itself does not suggest itself again.
    expect(nextStepAfter(stressFlow, {}, { crisis: false, event: event(4) }).kind).toBe('day');
  });

  it('after rehearsing an interview or a presentation with time to spare, offers to ask someone for a mock run', () => {
    const event = (kind: 'interview' | 'presentation' | 'exam', hours: number) => ({ key: 'm1', title: 'Panel', startsIn: hours * 3_600_000, kind });
    for (const kind of ['interview', 'presentation'] as const) {
      expect(nextStepAfter(rehearsalFlow, {}, { crisis: false, event: event(kind, 20) })).toEqual({ kind: 'flow', label: 'Ask someone for a mock run', flowId: 'reach-out', eventKey: 'm1' });
      // Too late to arrange one.
      expect(nextStepAfter(rehearsalFlow, {}, { crisis: false, event: event(kind, 1) }).kind).toBe('day');
    }
    expect(nextStepAfter(rehearsalFlow, {}, { crisis: false, event: event('exam', 20) }).kind).toBe('day');
    expect(nextStepAfter(rehearsalFlow, {}, { crisis: false, event: { key: 'm1', title: 'Panel', startsIn: 20 * 3_600_000 } }).kind).toBe('day');
    expect(nextStepAfter(rehearsalFlow, {}, { crisis: true, event: event('interview', 20) }).kind).toBe('close');
  });

  it('never points the values reflection at the event that timed it', () => {
    const near = { key: 'm1', title: 'Final interview', startsIn: 5 * 60_000 };
    expect(nextStepAfter({ ...affirmationFlow, next: () => 'get-ready' }, {}, { crisis: false, event: near }).kind).toBe('day');
  });

  it('suggests nothing after words that read like a crisis, whatever the exercise', () => {
    for (const flow of flows) expect(nextStepAfter(flow, { outcome: 9 }, { crisis: true })).toEqual({ kind: 'close', label: 'Close' });
  });
});
