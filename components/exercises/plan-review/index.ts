// The fifth step of problem solving, after the event: did the chosen plan
// work? Offered by the after-event prompt in place of the reflection when a
// plan was made for the same event. Whatever the answer, it is information
// for the next "what if", never a verdict.
import { quoted } from '@/lib/exercises/finish';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { answer, capability } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';

const PLAN_OUTCOMES = [
  { value: 'worked', label: 'It worked', hint: 'The plan did what you hoped.' },
  { value: 'partly', label: 'Partly', hint: 'Some of it helped, some did not.' },
  { value: 'not-needed', label: 'It was not needed', hint: 'The worry did not happen. Having a plan still counts.' },
  { value: 'did-not-work', label: 'It did not work', hint: 'Useful to know: what would you try instead?' },
] as const;

export const planReviewFlow: FlowDefinition = {
  id: FLOW_IDS.planReview,
  title: 'Did your plan work?',
  minutes: 3,
  measure: 'capability',
  listed: false,
  summary: 'Look back at the plan you made for a “what if”, and keep what you learned.',
  intro: {
    what: 'A short look back at the plan you made for a “what if”: how it went, and what it taught you.',
    leaveWith: 'What you learned, kept for the next “what if”.',
  },
  steps: [
    {
      id: 'outcome',
      title: 'Your plan, looking back',
      blocks: [
        { kind: 'earlier', flowId: FLOW_IDS.problemSolving, fields: ['problem', 'choice', 'step1', 'step2', 'step3'], label: 'The plan you made' },
        { kind: 'choices', field: 'outcome', label: 'How did it go? Pick one or more.', options: PLAN_OUTCOMES },
      ],
    },
    {
      id: 'learned',
      title: 'For the next “what if”',
      blocks: [
        { kind: 'text', field: 'learned', label: 'What did you learn about handling this kind of problem?', multiline: true },
        { kind: 'text', field: 'change', label: 'What would you do differently next time?', multiline: true, optional: true },
      ],
    },
  ],
  result: z.object({
    ...capability,
    outcome: z.optional(z.array(z.string())),
    learned: answer,
    change: z.optional(z.string()),
  }),
  finish: (answers) => {
    const learned = quoted(answers.learned);
    return learned ? `What you learned: ${learned}. That is yours for the next “what if”.` : undefined;
  },
};
