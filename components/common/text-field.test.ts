import { describe, expect, it } from 'vitest';
import { limitMessage, nearFrom } from './fieldLimit';

describe('what a text field says about its length', () => {
  it('says nothing while far from full', () => {
    expect(limitMessage(0, 2_000, false)).toBeNull();
    expect(limitMessage(2_000 - nearFrom(2_000) - 1, 2_000, false)).toBeNull();
  });

  it('counts down near the limit, from a tenth of it but never fewer than 20', () => {
    expect(nearFrom(2_000)).toBe(200);
    expect(nearFrom(80)).toBe(20);
    expect(limitMessage(1_800, 2_000, false)).toBe('200 characters left');
    expect(limitMessage(1_999, 2_000, false)).toBe('1 character left');
  });

  it('says the field is full, and that a paste was cut, naming the limit', () => {
    expect(limitMessage(20_000, 20_000, false)).toBe('This field is full at 20,000 characters. Everything you wrote is kept.');
    expect(limitMessage(2_000, 2_000, true)).toMatch(/^Only the start of what you pasted fitted: this field holds 2,000 characters\.$/);
  });
});
