// Task-level feedback after the event: what specifically worked, what it
// shows about your capability, what you will apply next time, and better
// questions to ask others than "how did I do?".
import { answer, readiness } from '@/lib/flows/schema';
import type { FlowDefinition } from '@/lib/flows/types';
import { z } from '@/lib/zod';

/** At or below this outcome, the setback log is offered. */
export const SETBACK_OUTCOME = 4;

export const feedbackFlow: FlowDefinition = {
  id: 'feedback',
  title: 'Learn from how it went',
  minutes: 5,
  summary: 'Notice what you did that worked, and what you will carry into next time.',
  steps: [
    {
      id: 'outcome',
      title: 'How did it go?',
      blocks: [{ kind: 'rating', field: 'outcome', label: 'How it went, all in all', min: 1, max: 10, minLabel: 'Badly', maxLabel: 'Very well' }],
    },
    {
      id: 'actions',
      title: 'What did you do that worked?',
      blocks: [
        {
          kind: 'text',
          field: 'actions',
          label: 'Which specific things you did led to what went well?',
          hint: 'Actions, not luck: “I paused after the key number”, “I asked what worried them”.',
          multiline: true,
        },
      ],
    },
    {
      id: 'capability',
      title: 'What does this show?',
      blocks: [
        {
          kind: 'text',
          field: 'capability',
          label: 'What does this show about what you can do?',
          hint: 'Keep it about skills you used, so you can use them again.',
          multiline: true,
        },
      ],
    },
    {
      id: 'next-time',
      title: 'Next time',
      blocks: [{ kind: 'text', field: 'nextTime', label: 'What will you apply next time?', multiline: true }],
    },
    {
      id: 'ask',
      title: 'Ask for feedback on the task',
      blocks: [
        {
          kind: 'read',
          paragraphs: ['“How did I do?” invites a compliment. A question about one part of the work gets you something you can use.'],
        },
        { kind: 'text', field: 'feedbackPart', label: 'Which part would you like feedback on?', hint: 'For example: my opening, the demo, how I handled questions.', optional: true },
        { kind: 'text', field: 'praise', label: 'Did someone praise you? What did they say?', optional: true },
        { kind: 'ask', partField: 'feedbackPart', praiseField: 'praise' },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    outcome: z.number(),
    actions: answer,
    capability: answer,
    nextTime: answer,
    feedbackPart: z.optional(z.string()),
    praise: z.optional(z.string()),
  }),
  followUp: (answers) =>
    typeof answers.outcome === 'number' && answers.outcome <= SETBACK_OUTCOME
      ? {
          flowId: 'setback',
          reason: 'It sounds like this one was hard. Writing it down as an experiment turns it into something you can use.',
          action: 'Log it as an experiment',
        }
      : undefined,
};
