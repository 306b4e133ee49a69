import { describe, expect, it } from 'vitest';
import { answerText, answersOf, finishedAnswers, flowDraftId, missingAnswers, resumeStep, stepsOf } from './runner';
import type { FlowDefinition } from './types';
import { flowPath, parseFlowRequest } from './url';
import { z } from '../zod';
import type { FlowId } from './ids';

const flow: FlowDefinition = {
  id: 'test' as FlowId, // made up for the test, outside the catalogue
  title: 'Test',
  minutes: 1,
  summary: 'A test flow',
  steps: [
    {
      id: 'one',
      title: 'One',
      blocks: [
        { kind: 'text', field: 'must', label: 'Required' },
        { kind: 'text', field: 'may', label: 'Optional', optional: true },
        { kind: 'rating', field: 'score', label: 'Score', min: 1, max: 5, minLabel: 'low', maxLabel: 'high' },
      ],
    },
  ],
  result: z.object({ must: z.string() }),
};

describe('the flow runner', () => {
  it('frames every flow with the same optional readiness question before and after', () => {
    const steps = stepsOf(flow);
    expect(steps.map((s) => s.id)).toEqual(['readiness-before', 'one', 'readiness-after']);
    expect(missingAnswers(steps[0]!, {})).toEqual([]);
  });

  it('names what a step still needs', () => {
    const step = stepsOf(flow)[1]!;
    expect(missingAnswers(step, {})).toEqual(['Required', 'Score']);
    expect(missingAnswers(step, { must: '   ', score: 3 })).toEqual(['Required']);
    expect(missingAnswers(step, { must: 'yes', score: 3 })).toEqual([]);
  });

  it('resumes at the saved step, kept within the flow', () => {
    const steps = stepsOf(flow);
    expect(resumeStep(steps, 1)).toBe(1);
    expect(resumeStep(steps, 99)).toBe(2);
    expect(resumeStep(steps, 'x')).toBe(0);
  });

  it('stores answers without the runner’s bookkeeping', () => {
    expect(answersOf({ must: 'a', _step: 2 })).toEqual({ must: 'a' });
  });

  it('stores only what the steps shown at the end asked, whatever was written in a branch left behind', () => {
    const branching: FlowDefinition = {
      ...flow,
      steps: [
        ...flow.steps,
        { id: 'high', title: 'High', when: (f) => f.score === 5, blocks: [{ kind: 'text', field: 'why', label: 'Why so high?' }] },
        { id: 'low', title: 'Low', when: (f) => f.score !== 5, blocks: [{ kind: 'text', field: 'next', label: 'What next?' }] },
      ],
    };
    const fields = { must: 'a', score: 2, why: 'Written before the score went down', next: 'Try again', kept: 'not asked by any step', _step: 3 };
    expect(finishedAnswers(branching, fields)).toEqual({ must: 'a', score: 2, next: 'Try again', kept: 'not asked by any step' });
    expect(finishedAnswers(branching, { ...fields, score: 5 })).toEqual({ must: 'a', score: 5, why: 'Written before the score went down', kept: 'not asked by any step' });
    // The fields themselves, which the draft holds, are left as they were, for switching back.
    expect(fields.why).toBe('Written before the score went down');
  });

  it('gives a draft the same id wherever the flow is opened for the same event', () => {
    expect(flowDraftId('stress', 'work:abc')).toBe(flowDraftId('stress', 'work:abc'));
    expect(flowDraftId('stress')).not.toBe(flowDraftId('stress', 'work:abc'));
  });

  it('opens by an address that names the flow, the event and the trigger', () => {
    const request = { flowId: 'stress', eventKey: 'work:uid@2026-11-23T09:00:00.000Z', triggerId: 't1' };
    const path = flowPath(request);
    expect(path.startsWith('/flow.html?')).toBe(true);
    expect(parseFlowRequest(path.slice(path.indexOf('?')))).toEqual(request);
    expect(parseFlowRequest('?event=x')).toBeUndefined();
  });
});

describe('answerText', () => {
  const flow: FlowDefinition = {
    id: 'test' as FlowId, // made up for the test, outside the catalogue
    title: 'Test',
    minutes: 1,
    summary: 'A test flow',
    result: z.object({}),
    steps: [
      {
        id: 'one',
        title: 'One',
        blocks: [
          { kind: 'choices', field: 'traps', label: 'Which?', options: [{ value: 'mind-reading', label: 'Mind reading', hint: 'h' }, { value: 'labelling', label: 'Labelling', hint: 'h' }] },
          { kind: 'percent', field: 'belief', label: 'How much?' },
          { kind: 'text', field: 'note', label: 'Note' },
        ],
      },
    ],
  };

  it('reads choices by their labels, in the order stored, keeping a value no longer offered', () => {
    expect(answerText(flow, 'traps', ['labelling', 'mind-reading'])).toBe('Labelling, Mind reading');
    expect(answerText(flow, 'traps', ['retired-trap'])).toBe('retired-trap');
  });

  it('gives a belief its percent sign, and leaves other answers as written', () => {
    expect(answerText(flow, 'belief', 40)).toBe('40%');
    expect(answerText(flow, 'note', 'As I wrote it')).toBe('As I wrote it');
    expect(answerText(flow, 'gone', ['a', 'b'])).toBe('a, b');
    expect(answerText(undefined, 'traps', ['mind-reading'])).toBe('mind-reading');
  });
});
