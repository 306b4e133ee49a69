import { describe, expect, it } from 'vitest';
import { planKeyOf, planSection } from './address';

describe('the plan address', () => {
  it('reads the key back, encoded or not', () => {
    const key = 'moment:01J Interview';
    expect(planKeyOf(`#${encodeURIComponent(planSection(key))}`)).toBe(key);
    expect(planKeyOf(`#${planSection(key)}`)).toBe(key);
  });
  it('names no plan for other sections or broken addresses', () => {
    expect(planKeyOf('#goals')).toBeUndefined();
    expect(planKeyOf('#plan=')).toBeUndefined();
    expect(planKeyOf('#plan%3D%E0%A4%A')).toBeUndefined();
  });
});
