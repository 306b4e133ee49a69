import { describe, expect, it } from 'vitest';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { affirmationFlow } from './index';

describe('values affirmation', () => {
  const steps = stepsOf(affirmationFlow);

  it('begins with its own ranking, then gives fifteen gentle minutes to write about the top value', () => {
    expect(steps.map((s) => s.id)).toEqual(['rank', 'write']);
    expect(steps[0]!.blocks.map((b) => b.kind)).toEqual(['read', 'rank']);
    expect(steps[1]!.blocks[0]).toEqual({ kind: 'recall', field: 'value', label: 'Your top value' });
    expect(steps[1]!.blocks[1]).toEqual({ kind: 'timer', minutes: 15 });
    expect(missingAnswers(steps[0]!, {})).toEqual(['Your values, most important first']);
    expect(missingAnswers(steps[0]!, { value: 'Humor' })).toEqual([]);
  });

  it('asks nothing about readiness and never shows the event that timed it', () => {
    expect(affirmationFlow.measure).toBe('none');
    expect(affirmationFlow.namesEvent).toBe(false);
    const blocks = steps.flatMap((s) => s.blocks);
    expect(blocks.filter((b) => b.kind === 'rating' || b.kind === 'percent')).toEqual([]);
    expect(blocks.some((b) => b.kind === 'text' && b.prefill === 'event')).toBe(false);
  });

  it('is offered as time for the person, never as preparation or a way to perform better', () => {
    // Every word the user reads: titles, the summary, labels and paragraphs.
    const words = [affirmationFlow.title, affirmationFlow.summary, ...steps.flatMap((s) => [s.title, ...s.blocks.flatMap((b) => ('label' in b ? [b.label] : b.kind === 'read' ? b.paragraphs : []))])];
    expect(words.length).toBeGreaterThan(8);
    const text = words.join(' ').toLowerCase();
    expect(text).not.toMatch(/\b(perform\w*|boost\w*|succeed|success|ace|prepar\w*|ready|readiness|event|coming up|interview|exam)\b/);
    expect(text).toMatch(/matters (most )?to you/);
  });

  it('stores the value and both answers', () => {
    expect(affirmationFlow.result.safeParse({ value: 'Humor', why: 'It keeps me close to people', when: 'At my sister’s wedding' }).success).toBe(true);
    expect(affirmationFlow.result.safeParse({ value: 'Humor', why: '', when: 'x' }).success).toBe(false);
    expect(affirmationFlow.result.safeParse({ why: 'x', when: 'y' }).success).toBe(false);
  });
});
