import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allStepsOf, stepsOf } from '@/lib/exercises/runner';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { flows } from './registry';

// Every folder here is an exercise, except the block renderers they share.
const folders = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'blocks')
  .map((d) => d.name);

describe('the flow registry', () => {
  it('registers every flow folder, by its folder name', () => {
    expect(flows.map((f) => f.id).sort()).toEqual(folders.sort());
  });

  it('has one flow for each id in the catalogue, and no other', () => {
    expect(flows.map((f) => f.id).sort()).toEqual(Object.values(FLOW_IDS).sort());
  });

  it.each(flows.map((f) => [f.id, f] as const))('%s has a title, a time, steps, a result schema and tests', (id, flow) => {
    expect(flow.title.length).toBeGreaterThan(3);
    expect(flow.minutes).toBeGreaterThan(0);
    expect(flow.steps.length).toBeGreaterThan(0);
    expect(typeof flow.result.safeParse).toBe('function');
    expect(existsSync(join(__dirname, id, 'flow.test.ts'))).toBe(true);
    // A recalled answer shows a field an earlier block asked for; every other field is asked once.
    const asked = allStepsOf(flow).flatMap((s) => s.blocks.flatMap((b) => ('field' in b && b.kind !== 'recall' ? [b.field] : [])));
    expect(new Set(asked).size).toBe(asked.length);
    for (const recalled of allStepsOf(flow).flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'recall' ? [b.field] : [])))) expect(asked).toContain(recalled);
  });

  it.each(flows.map((f) => [f.id, f] as const))('%s has a first screen that says what it is and what the user leaves with', (_id, flow) => {
    expect(flow.intro?.what.length).toBeGreaterThan(20);
    expect(flow.intro?.leaveWith.length).toBeGreaterThan(10);
  });

  it('keeps the values reflection apart from preparation: no readiness question, no event shown or filled in', () => {
    const unframed = flows.filter((f) => f.namesEvent === false);
    expect(unframed.map((f) => f.id)).toEqual(['affirmation']);
    for (const flow of unframed) {
      expect(flow.measure).toBe('none');
      expect(stepsOf(flow).flatMap((s) => s.blocks).some((b) => b.kind === 'rating' || (b.kind === 'text' && b.prefill === 'event'))).toBe(false);
      // Being told what it is for takes its effect away (Sherman et al. 2009): its first screen is about the person only.
      expect(`${flow.intro?.what} ${flow.intro?.leaveWith}`).not.toMatch(/ready|readiness|perform|prepar|event|interview|present|meeting|exam|nerv|confiden|coming up|before you/i);
      expect(flow.next).toBeUndefined();
    }
  });
});
