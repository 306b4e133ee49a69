import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stepsOf } from '@/lib/flows/runner';
import { flows } from './registry';

const folders = readdirSync(__dirname, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('the flow registry', () => {
  it('registers every flow folder, by its folder name', () => {
    expect(flows.map((f) => f.id).sort()).toEqual(folders.sort());
  });

  it.each(flows.map((f) => [f.id, f] as const))('%s has a title, a time, steps, a result schema and tests', (id, flow) => {
    expect(flow.title.length).toBeGreaterThan(3);
    expect(flow.minutes).toBeGreaterThan(0);
    expect(flow.steps.length).toBeGreaterThan(0);
    expect(typeof flow.result.safeParse).toBe('function');
    expect(existsSync(join(__dirname, id, 'flow.test.ts'))).toBe(true);
    const fields = stepsOf(flow).flatMap((s) => s.blocks.flatMap((b) => ('field' in b ? [b.field] : [])));
    expect(new Set(fields).size).toBe(fields.length);
  });
});
