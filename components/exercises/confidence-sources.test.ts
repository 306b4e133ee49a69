import { describe, expect, it } from 'vitest';
import { confidenceSources, unexplainedFlowIds } from '@/lib/exercises/confidence-sources';
import { flows } from './registry';

describe('the four sources of confidence', () => {
  const placed = confidenceSources.flatMap((s) => s.flowIds);

  it('places every exercise under a source, or leaves it out on purpose', () => {
    for (const flow of flows) {
      expect(placed.includes(flow.id) || unexplainedFlowIds.includes(flow.id), `${flow.id} is not placed`).toBe(true);
    }
  });

  it('names only exercises that exist, and never the values reflection', () => {
    const ids = new Set(flows.map((f) => f.id));
    for (const id of placed) expect(ids.has(id), id).toBe(true);
    expect(placed).not.toContain('affirmation');
  });

  it('gives every source something to do, in Primed or as a tip', () => {
    expect(confidenceSources.map((s) => s.id)).toEqual(['mastery', 'others', 'encouragement', 'body']);
    for (const source of confidenceSources) {
      expect(source.flowIds.length + source.features.length + (source.tip ? 1 : 0)).toBeGreaterThan(0);
    }
  });
});
