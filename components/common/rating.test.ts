import { describe, expect, it } from 'vitest';
import { fillOf, midpointOf, valueForKey } from './rating';

const percent = { min: 0, max: 100, step: 5 };
const tenPoint = { min: 1, max: 10, step: 1 };

describe('midpointOf', () => {
  it('is the exact middle when the scale has one', () => {
    expect(midpointOf(percent)).toBe(50);
    expect(midpointOf({ min: 1, max: 5, step: 1 })).toBe(3);
  });

  it('goes up from a halfway tie, like a range input’s default value', () => {
    expect(midpointOf(tenPoint)).toBe(6);
  });

  it('stays on a step', () => {
    expect(midpointOf({ min: 0, max: 100, step: 20 })).toBe(60);
  });
});

describe('valueForKey', () => {
  it('places an unset rating in the middle on its first arrow or page key, in either direction', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown']) {
      expect(valueForKey(key, undefined, percent)).toBe(50);
      expect(valueForKey(key, undefined, tenPoint)).toBe(6);
    }
  });

  it('takes Home and End to the ends', () => {
    expect(valueForKey('Home', undefined, tenPoint)).toBe(1);
    expect(valueForKey('End', undefined, tenPoint)).toBe(10);
  });

  it('leaves a set rating, and other keys, to the browser', () => {
    expect(valueForKey('ArrowRight', 50, percent)).toBeUndefined();
    expect(valueForKey('Home', 50, percent)).toBeUndefined();
    expect(valueForKey('Tab', undefined, percent)).toBeUndefined();
    expect(valueForKey('a', undefined, percent)).toBeUndefined();
  });

  it('takes a typed digit as its value on a scale of up to ten, 0 for 10, set or not', () => {
    expect(valueForKey('7', undefined, tenPoint)).toBe(7);
    expect(valueForKey('3', 9, tenPoint)).toBe(3);
    expect(valueForKey('0', undefined, tenPoint)).toBe(10);
    expect(valueForKey('0', undefined, { min: 0, max: 5, step: 1 })).toBe(0);
    expect(valueForKey('9', undefined, { min: 1, max: 5, step: 1 })).toBeUndefined();
    expect(valueForKey('5', undefined, percent)).toBeUndefined();
  });
});

describe('fillOf', () => {
  it('fills nothing while unset, even though the browser keeps a value in the middle', () => {
    expect(fillOf(undefined, percent)).toBe(0);
  });

  it('fills in proportion to the value', () => {
    expect(fillOf(0, percent)).toBe(0);
    expect(fillOf(50, percent)).toBe(0.5);
    expect(fillOf(10, tenPoint)).toBe(1);
    expect(fillOf(1, tenPoint)).toBe(0);
  });
});
