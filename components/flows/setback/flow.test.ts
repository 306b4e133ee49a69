import { describe, expect, it } from 'vitest';
import { stepsOf } from '@/lib/flows/runner';
import { setbackFlow } from './index';

describe('setback log', () => {
  it('frames the setback as an experiment and asks the four questions', () => {
    const steps = stepsOf(setbackFlow);
    expect(steps.map((s) => s.id)).toEqual(['readiness-before', 'frame', 'attempted', 'happened', 'learned', 'differently', 'readiness-after']);
    expect(JSON.stringify(steps[1])).toMatch(/not a judgement of who you are/);
  });

  it('stores all four answers', () => {
    const done = { attempted: 'A', happened: 'B', learned: 'C', differently: 'D' };
    expect(setbackFlow.result.safeParse(done).success).toBe(true);
    expect(setbackFlow.result.safeParse({ ...done, learned: ' ' }).success).toBe(false);
  });
});
