import { describe, expect, it } from 'vitest';
import { fieldLabels, missingAnswers, stepsOf } from '@/lib/exercises/runner';
import type { FlowBlock } from '@/lib/exercises/types';
import { stressFlow } from './index';

const blocks: FlowBlock[] = stressFlow.steps.flatMap((s) => [...s.blocks]);
const text = JSON.stringify(stressFlow);

describe('stress reinterpretation', () => {
  it('takes the reader from what their body is doing to a first concrete move', () => {
    expect(stepsOf(stressFlow).map((s) => s.id)).toEqual([
      'readiness-before',
      'feel',
      'heartbeat',
      'reinterpret',
      'aim',
      'first-move',
      'readiness-after',
    ]);
  });

  it('rates how energised the user feels and how able to use it, and never how calm', () => {
    const ratings = blocks.filter((b) => b.kind === 'rating');
    expect(ratings.map((b) => b.field)).toEqual(['energy', 'ability']);
    expect(ratings.map((b) => b.label)).toEqual(['How energised do you feel?', 'How able are you to use it?']);
    for (const r of ratings) expect(`${r.label} ${r.minLabel} ${r.maxLabel}`).not.toMatch(/calm|tense|relax/i);
    expect(JSON.stringify(stressFlow.steps)).not.toMatch(/\brelax|settle|slow down/i);
  });

  it('has no slow-breathing step: the energy is pointed at the task instead', () => {
    expect(text).not.toMatch(/breath(e|ing) (in|out|slowly)|exhale/i);
    expect(stressFlow.steps.map((s) => s.title)).toContain('Give the energy a job');
  });

  it('says the stress response fuels performance, does not predict doing badly, and need not be calmed', () => {
    const reading = blocks.flatMap((b) => (b.kind === 'read' ? b.paragraphs : [])).join(' ');
    expect(reading).toMatch(/stress response/);
    expect(reading).toMatch(/does not mean you will do badly/);
    expect(reading).toMatch(/no need to calm it down/);
  });

  it('asks for both ratings and the first move; the rest is optional', () => {
    const [, feel, , , aim, firstMove] = stepsOf(stressFlow);
    expect(missingAnswers(feel!, {})).toEqual(['How energised do you feel?', 'How able are you to use it?']);
    expect(missingAnswers(feel!, { energy: 8, ability: 4 })).toEqual([]);
    expect(missingAnswers(aim!, {})).toEqual([]);
    expect(missingAnswers(firstMove!, {})).toEqual(['What is the first thing you will do or say?']);
  });

  it('stores a finished exercise and refuses one without its ratings or first move', () => {
    const done = { energy: 8, ability: 6, firstMove: 'Open with the summary', readinessAfter: 7 };
    expect(stressFlow.result.safeParse(done).success).toBe(true);
    expect(stressFlow.result.safeParse({ ...done, firstMove: '  ' }).success).toBe(false);
    expect(stressFlow.result.safeParse({ ...done, ability: undefined }).success).toBe(false);
  });

  it('keeps the calm answer of a draft begun before the change, and labels it in old entries', () => {
    const parsed = stressFlow.result.safeParse({ energy: 8, ability: 6, firstMove: 'Open', calm: 3 });
    expect(parsed.success && parsed.data.calm).toBe(3);
    expect(fieldLabels(stressFlow).get('calm')).toMatch(/tense to calm/);
  });
});
