import { describe, expect, it } from 'vitest';
import { GROUPS, placeOf } from './sections';

describe('placeOf', () => {
  it('opens each group by its own name', () => {
    for (const group of GROUPS) expect(placeOf(`#${group}`)).toEqual({ group, anchor: null });
  });

  it('keeps the section links used elsewhere landing in the group that shows them', () => {
    expect(placeOf('#calendar')).toEqual({ group: 'calendars', anchor: 'calendar' });
    expect(placeOf('#moments')).toEqual({ group: 'calendars', anchor: 'moments' });
    expect(placeOf('#rules')).toEqual({ group: 'prompts', anchor: 'rules' });
    expect(placeOf('#exercise-choice')).toEqual({ group: 'prompts', anchor: 'exercise-choice' });
    expect(placeOf('#values')).toEqual({ group: 'exercises', anchor: 'values' });
    expect(placeOf('#supporters')).toEqual({ group: 'exercises', anchor: 'supporters' });
    expect(placeOf('#toolbar')).toEqual({ group: 'exercises', anchor: 'toolbar' });
    expect(placeOf('#set-aside')).toEqual({ group: 'data', anchor: 'set-aside' });
    expect(placeOf('#how-confidence-grows')).toEqual({ group: 'about', anchor: 'how-confidence-grows' });
  });

  it('opens the first group for no hash, an unknown one or a malformed one', () => {
    expect(placeOf('')).toEqual({ group: 'calendars', anchor: null });
    expect(placeOf('#nowhere')).toEqual({ group: 'calendars', anchor: null });
    expect(placeOf('#%E0%A4%A')).toEqual({ group: 'calendars', anchor: null });
  });

  it('reads an encoded hash, as the background writes it', () => {
    expect(placeOf(`#${encodeURIComponent('set-aside')}`).group).toBe('data');
  });
});
