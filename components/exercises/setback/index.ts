// The setback log: when it went badly, a record of an experiment, not a
// verdict on you.
import { quoted } from '@/lib/exercises/finish';
import { answer, capability } from '@/lib/exercises/schema';
import type { FlowDefinition, FlowStep } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { FLOW_IDS } from '@/lib/exercises/ids';

/** The log's steps; the reflection after an event shows them first when it went badly. */
export const setbackSteps: readonly FlowStep[] = [
  {
    id: 'frame',
    title: 'An experiment, not a verdict',
    blocks: [
      {
        kind: 'read',
        paragraphs: [
          'Something did not go the way you hoped. That is information, not a judgement of who you are.',
          'Write it down like a scientist would: what you tried, what happened, what it teaches you.',
          'And try one small change of words: not “I can’t do this”, but “I haven’t mastered this yet”.',
        ],
      },
    ],
  },
  { id: 'attempted', title: 'What you tried', blocks: [{ kind: 'text', field: 'attempted', label: 'What did you attempt?', multiline: true }] },
  { id: 'happened', title: 'What happened', blocks: [{ kind: 'text', field: 'happened', label: 'What actually happened?', multiline: true }] },
  {
    id: 'causes',
    title: 'What was in your hands',
    blocks: [
      {
        kind: 'text',
        field: 'causes',
        label: 'Which causes of what happened could you change next time?',
        hint: 'Think of how you prepared, the approach you took, the effort or the timing: things you can do differently, not luck or who you are.',
        multiline: true,
      },
    ],
  },
  { id: 'learned', title: 'What it teaches you', blocks: [{ kind: 'text', field: 'learned', label: 'What did you learn?', multiline: true }] },
  {
    id: 'watch',
    title: 'Someone to learn from',
    blocks: [
      {
        kind: 'text',
        field: 'watch',
        label: 'Who could you watch or ask, someone who handles this kind of moment well?',
        hint: 'A colleague, a friend, someone a step ahead of you. What would you like to see them do, or ask them?',
        multiline: true,
        optional: true,
      },
    ],
  },
  {
    id: 'differently',
    title: 'The next experiment',
    blocks: [{ kind: 'text', field: 'differently', label: 'What will you try differently next time?', multiline: true }],
  },
];

/** What the log stores, apart from the before/after question. */
export const setbackAnswers = {
  attempted: answer,
  happened: answer,
  // Absent in setback logs finished before these steps existed.
  causes: z.optional(answer),
  learned: answer,
  watch: z.optional(z.string()),
  differently: answer,
};

export const setbackFlow: FlowDefinition = {
  id: FLOW_IDS.setback,
  title: 'Log a setback as an experiment',
  minutes: 5,
  summary: 'When it went badly: what you tried, what happened, and what you will try next.',
  intro: {
    what: 'Something did not go the way you hoped. Here you look at it the way a scientist would: as an experiment, not a verdict.',
    leaveWith: 'Your next experiment, written down.',
  },
  // Done after an event: the question is how capable the user feels of the next one, not readiness.
  measure: 'capability',
  steps: setbackSteps,
  finish: (answers) => {
    const next = quoted(answers.differently);
    return next && `Your next experiment: ${next}.`;
  },
  result: z.object({ ...capability, ...setbackAnswers }),
};
