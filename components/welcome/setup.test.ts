import { describe, expect, it } from 'vitest';
import { DEFAULT_KEYWORD_RULES } from '@/lib/planner/detect';
import { browserOf, kindIsOn, withKind } from './setup';

describe('the welcome page setup', () => {
  it('tells Firefox from Chromium-based browsers by the user agent', () => {
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe('firefox');
    expect(browserOf('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36')).toBe('chrome');
    expect(browserOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0')).toBe('chrome');
  });

  it('turns every rule of one kind off and on again, leaving the others alone', () => {
    const off = withKind(DEFAULT_KEYWORD_RULES, 'exam', false, DEFAULT_KEYWORD_RULES);
    expect(kindIsOn(off, 'exam')).toBe(false);
    expect(off.filter((r) => r.kind === 'exam')).toHaveLength(4);
    expect(off.filter((r) => r.kind !== 'exam')).toEqual(DEFAULT_KEYWORD_RULES.filter((r) => r.kind !== 'exam'));
    const on = withKind(off, 'exam', true, DEFAULT_KEYWORD_RULES);
    expect(on).toEqual(DEFAULT_KEYWORD_RULES);
  });

  it('brings back the built-in words of a kind whose rules were all removed, without doubling one the user kept', () => {
    const own = { id: 'mine', keyword: 'Pitch', kind: 'presentation' as const, matchDescription: false, enabled: true };
    const rules = [own, ...DEFAULT_KEYWORD_RULES.filter((r) => r.kind !== 'pitch')];
    const on = withKind(rules, 'pitch', true, DEFAULT_KEYWORD_RULES);
    // "pitch" is already a word the user chose (for presentations): it is not added twice.
    expect(on).toEqual(rules);
    const withoutOwn = withKind(rules.slice(1), 'pitch', true, DEFAULT_KEYWORD_RULES);
    expect(withoutOwn.filter((r) => r.kind === 'pitch').map((r) => r.keyword)).toEqual(['pitch']);
    expect(kindIsOn(withoutOwn, 'pitch')).toBe(true);
  });
});
