// Reflection after the event, led by how it went. When it went well enough:
// what specifically worked, what it shows about your capability, what you
// will apply next time. When it went badly, the setback log comes first, as
// an experiment rather than a verdict; "what worked?" would ring hollow then.
// Either way, better questions to ask others than "how did I do?", and the
// same before/after question: how capable you feel of the next one like it.
import { quoted } from '@/lib/exercises/finish';
import { PREP_PLAN_ID } from '@/lib/exercises/ids';
import { answer, capability } from '@/lib/exercises/schema';
import type { FlowDefinition, FlowFields, FlowStep } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { setbackAnswers, setbackSteps } from '../setback';
import { FLOW_IDS } from '@/lib/exercises/ids';

/** At or below this outcome, the reflection becomes the setback log. */
const SETBACK_OUTCOME = 4;

const wentBadly = (fields: FlowFields) => typeof fields.outcome === 'number' && fields.outcome <= SETBACK_OUTCOME;
const wentWell = (fields: FlowFields) => !wentBadly(fields);

const whatWorked: readonly FlowStep[] = [
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
];

const optional = <T extends Record<string, z.ZodMiniType>>(shape: T) =>
  Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, z.optional(schema)])) as { [K in keyof T]: z.ZodMiniOptional<T[K]> };

export const feedbackFlow: FlowDefinition = {
  id: FLOW_IDS.feedback,
  title: 'Learn from how it went',
  minutes: 5,
  summary: 'Notice what you did that worked, and what you will carry into next time.',
  intro: {
    what: 'A short look back while it is still fresh: what you did, and what it shows about what you can do.',
    leaveWith: 'One thing to carry into next time, and a few good questions to ask others.',
  },
  // What worked is a win worth keeping; after a setback there is nothing to celebrate yet.
  next: (answers) => (wentWell(answers) && typeof answers.outcome === 'number' ? 'log-win' : undefined),
  measure: 'capability',
  steps: [
    {
      id: 'outcome',
      title: 'How did it go?',
      blocks: [
        // The prep plan for this event, when there was one: how it went is read beside what was practised.
        { kind: 'earlier', flowId: PREP_PLAN_ID, fields: [], label: 'Your prep plan' },
        { kind: 'rating', field: 'outcome', label: 'How it went, all in all', min: 1, max: 10, minLabel: 'Badly', maxLabel: 'Very well' },
      ],
    },
    ...setbackSteps.map((step) => ({ ...step, when: wentBadly })),
    ...whatWorked.map((step) => ({ ...step, when: wentWell })),
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
  finish: (answers) => {
    const next = quoted(answers.differently);
    if (wentBadly(answers)) return next && `Your next experiment: ${next}.`;
    const worked = quoted(answers.actions);
    return worked && `What worked, in your words: ${worked}. That is something you did, and can do again.`;
  },
  // One branch or the other was answered; the runner asked for each of its steps.
  result: z.object({
    ...capability,
    outcome: z.number(),
    actions: z.optional(answer),
    capability: z.optional(answer),
    nextTime: z.optional(answer),
    ...optional(setbackAnswers),
    feedbackPart: z.optional(z.string()),
    praise: z.optional(z.string()),
  }),
};
