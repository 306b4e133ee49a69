import { describe, expect, it } from 'vitest';
import { newFlowEntry } from '../exercises/entry';
import type { FlowDefinition } from '../exercises/types';
import { DraftValue } from '../exercises/model';
import { z } from '../zod';
import { editableAnswers, withEditedAnswers } from './edit';

const flow: FlowDefinition = {
  id: 'reframe',
  title: 'Reframe',
  minutes: 5,
  summary: 'A thought record.',
  result: z.record(z.string(), DraftValue),
  steps: [
    { id: 'a', title: 'A', blocks: [{ kind: 'text', field: 'thought', label: 'The thought', multiline: true }, { kind: 'percent', field: 'belief', label: 'How strongly?' }] },
    { id: 'b', title: 'B', blocks: [{ kind: 'read', paragraphs: ['…'] }, { kind: 'text', field: 'evidenceFor', label: 'Facts for it', optional: true }] },
  ],
};

describe('editing an exercise’s answers', () => {
  const entry = newFlowEntry('reframe', { thought: 'They will think I am slow', belief: 70, evidenceFor: 'I paused once' }, 1000);

  it('offers the written answers only, in the order asked', () => {
    expect(editableAnswers(flow)).toEqual([
      { field: 'thought', label: 'The thought', multiline: true, optional: false },
      { field: 'evidenceFor', label: 'Facts for it', multiline: false, optional: true },
    ]);
  });

  it('rewrites them, trimmed, leaving the ratings as they were and dating the edit', () => {
    const result = withEditedAnswers(entry, { thought: '  They might think I am slow  ', evidenceFor: '' }, flow, 5000);
    expect(result).toEqual({ ok: true, entry: { ...entry, fields: { thought: 'They might think I am slow', belief: 70 }, updatedAt: 5000 } });
  });

  it('refuses to empty a required answer, naming the question', () => {
    expect(withEditedAnswers(entry, { thought: '   ' }, flow, 5000)).toEqual({ ok: false, missing: ['The thought'] });
  });

  it('lets a required answer that was never given stay empty', () => {
    const older = newFlowEntry('reframe', { belief: 70 }, 1000);
    expect(withEditedAnswers(older, { thought: '', evidenceFor: 'One fact' }, flow, 5000)).toMatchObject({ ok: true, entry: { fields: { belief: 70, evidenceFor: 'One fact' } } });
  });
});
