import { describe, expect, it } from 'vitest';
import { newFlowEntry } from '@/lib/exercises/entry';
import { withEditedAnswers } from '@/lib/journal/edit';
import { fieldLabels, missingAnswers, scalesOf, stepsOf } from '@/lib/exercises/runner';
import type { FlowStep } from '@/lib/exercises/types';
import { DISTORTIONS, reframeFlow } from './index';

const steps = stepsOf(reframeFlow);
const step = (id: string): FlowStep => steps.find((s) => s.id === id)!;

const done = {
  situation: 'Quarterly review',
  emotion1: 'nervous',
  emotion1Before: 80,
  emotion1After: 40,
  emotion2: 'ashamed',
  emotion2Before: 50,
  emotion2After: 20,
  thought: 'They will see I do not know enough',
  beliefBefore: 80,
  distortions: ['mind-reading', 'fortune-telling'],
  evidenceFor: 'I could not answer one question last time',
  evidenceAgainst: 'I answered every other question last quarter',
  balanced: 'I know my numbers; I can say when I need to check something',
  balancedBelief: 70,
  beliefAfter: 35,
  action: 'Open with the summary',
};

describe('thought record', () => {
  it('has the seven standard columns in order, with the thinking traps and a next action kept', () => {
    expect(steps.map((s) => s.id)).toEqual([
      'readiness-before',
      'situation',
      'emotions',
      'thought',
      'traps',
      'for',
      'against',
      'balanced',
      'rerate',
      'action',
      'readiness-after',
    ]);
  });

  it('names each emotion with a strength from 0 to 100; the first is required, the others only once named', () => {
    const emotions = step('emotions');
    expect(missingAnswers(emotions, {})).toEqual(['Emotion 1', 'How strong is emotion 1?']);
    expect(missingAnswers(emotions, { emotion1: 'nervous' })).toEqual(['How strong is “nervous”?']);
    expect(missingAnswers(emotions, { emotion1: 'nervous', emotion1Before: 70 })).toEqual([]);
    expect(missingAnswers(emotions, { emotion1: 'nervous', emotion1Before: 70, emotion3: 'irritated' })).toEqual(['How strong is “irritated”?']);
    const scales = emotions.blocks.flatMap((b) => scalesOf(b, { emotion1: 'nervous', emotion2: 'ashamed' }));
    expect(scales.map((s) => [s.field, s.min, s.max, s.percent])).toEqual([
      ['emotion1Before', 0, 100, true],
      ['emotion2Before', 0, 100, true],
    ]);
  });

  it('rates the same emotions again after the balanced thought, and only those', () => {
    const rerate = step('rerate');
    const fields = { emotion1: 'nervous', emotion1Before: 80, emotion3: 'irritated', emotion3Before: 30 };
    expect(missingAnswers(rerate, fields)).toEqual([
      'How strong is “nervous” now?',
      'How strong is “irritated” now?',
      'How strongly do you believe the first thought now?',
    ]);
    expect(rerate.blocks.flatMap((b) => scalesOf(b, fields)).map((s) => s.field)).toEqual(['emotion1After', 'emotion3After', 'beliefAfter']);
  });

  it('asks how strongly the automatic thought and the balanced thought are believed, from 0 to 100', () => {
    expect(missingAnswers(step('thought'), { thought: 'They will see I am a fraud' })).toEqual(['How strongly do you believe it?']);
    expect(missingAnswers(step('balanced'), { balanced: 'I know my numbers' })).toEqual(['How strongly do you believe this fairer thought?']);
    for (const id of ['thought', 'balanced']) {
      expect(step(id).blocks.flatMap((b) => scalesOf(b, {})).map((s) => [s.min, s.max])).toEqual([[0, 100]]);
    }
  });

  it('weighs evidence for and against the same way: both required, the user’s wins offered only against', () => {
    expect(missingAnswers(step('for'), {})).toEqual(['What facts support it?']);
    expect(missingAnswers(step('against'), {})).toEqual(['What facts do not fit the thought?']);
    expect(step('against').blocks.some((b) => b.kind === 'wins')).toBe(true);
    expect(step('for').blocks.some((b) => b.kind === 'wins')).toBe(false);
    expect(reframeFlow.result.safeParse({ ...done, evidenceFor: undefined }).success).toBe(false);
    expect(reframeFlow.result.safeParse({ ...done, evidenceAgainst: ' ' }).success).toBe(false);
  });

  it('explains each thinking trap in one line, including the common five', () => {
    const names = DISTORTIONS.map((d) => d.label);
    for (const name of ['All-or-nothing thinking', 'Catastrophizing', 'Discounting the positive', 'Mind reading', 'Fortune telling']) {
      expect(names).toContain(name);
    }
    for (const d of DISTORTIONS) expect(d.hint.length).toBeGreaterThan(20);
    expect(missingAnswers(step('traps'), {})).toEqual([]);
  });

  it('stores a finished record, and refuses one with a named emotion left unrated', () => {
    expect(reframeFlow.result.safeParse(done).success).toBe(true);
    expect(reframeFlow.result.safeParse({ ...done, balancedBelief: undefined }).success).toBe(false);
    expect(reframeFlow.result.safeParse({ ...done, emotion2After: undefined }).success).toBe(false);
    expect(reframeFlow.result.safeParse({ ...done, emotion1: undefined }).success).toBe(false);
  });

  it('labels every stored field, old records’ included, so the history reads them as asked', () => {
    const labels = fieldLabels(reframeFlow);
    const old = ['situation', 'thought', 'beliefBefore', 'distortions', 'evidenceFor', 'evidenceAgainst', 'balanced', 'action', 'beliefAfter'];
    for (const field of [...old, ...Object.keys(done)]) expect(labels.get(field), field).toBeTruthy();
    expect(labels.get('emotion2After')).toBe('Emotion 2, afterwards');
  });

  it('keeps every answer of a record saved before the emotion columns when its words are edited', () => {
    const old = newFlowEntry(
      'reframe',
      { situation: 'Review', thought: 'I will freeze', beliefBefore: 80, evidenceAgainst: 'I did not last time', balanced: 'I may pause, and that is fine', action: 'Notes', beliefAfter: 40 },
      1000,
    );
    const edited = withEditedAnswers(old, { balanced: 'A pause is fine', evidenceFor: '' }, reframeFlow, 2000);
    expect(edited).toEqual({ ok: true, entry: { ...old, fields: { ...old.fields, balanced: 'A pause is fine' }, updatedAt: 2000 } });
  });
});
