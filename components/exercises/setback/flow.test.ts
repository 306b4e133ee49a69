import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { setbackFlow } from './index';

describe('setback log', () => {
  const steps = stepsOf(setbackFlow);
  const step = (id: string) => steps.find((s) => s.id === id)!;

  it('frames the setback as an experiment, with "not yet" instead of "can’t"', () => {
    expect(steps.map((s) => s.id)).toEqual(['capability-before', 'frame', 'attempted', 'happened', 'causes', 'learned', 'watch', 'differently', 'capability-after']);
    const frame = JSON.stringify(step('frame'));
    expect(frame).toMatch(/not a judgement of who you are/);
    expect(frame).toMatch(/I haven’t mastered this yet/);
  });

  it('asks for causes the user can change, and whom to watch or ask', () => {
    expect(missingAnswers(step('causes'), {})).toEqual(['Which causes of what happened could you change next time?']);
    expect(JSON.stringify(step('causes'))).toMatch(/not luck or who you are/);
    // Someone to learn from may not come to mind at once.
    expect(missingAnswers(step('watch'), {})).toEqual([]);
  });

  it('stores every answer, and still reads setback logs from before the new steps', () => {
    const done = { attempted: 'A', happened: 'B', causes: 'I rushed the prep', learned: 'C', watch: 'Priya', differently: 'D' };
    expect(setbackFlow.result.safeParse(done).success).toBe(true);
    expect(setbackFlow.result.safeParse({ ...done, learned: ' ' }).success).toBe(false);
    expect(setbackFlow.result.safeParse({ attempted: 'A', happened: 'B', learned: 'C', differently: 'D' }).success).toBe(true);
  });
});
