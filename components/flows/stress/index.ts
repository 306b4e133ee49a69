// Stress reinterpretation, 2 to 4 minutes: the racing heart before a hard
// moment is the body getting ready, not a sign that something is wrong.
import { answer, readiness } from '@/lib/flows/schema';
import type { FlowDefinition } from '@/lib/flows/types';
import { z } from '@/lib/zod';

export const stressFlow: FlowDefinition = {
  id: 'stress',
  title: 'Turn nerves into readiness',
  minutes: 3,
  quick: true,
  summary: 'A few minutes to notice what your body is doing, and to read it as getting ready.',
  steps: [
    {
      id: 'feel',
      title: 'How do you feel right now?',
      blocks: [
        { kind: 'rating', field: 'calm', label: 'From tense to calm', min: 1, max: 10, minLabel: 'Very tense', maxLabel: 'Very calm' },
        {
          kind: 'text',
          field: 'sensations',
          label: 'What do you notice in your body?',
          hint: 'A fast heartbeat, warm face, tight shoulders, butterflies: whatever is there.',
          multiline: true,
          optional: true,
        },
      ],
    },
    {
      id: 'heartbeat',
      title: 'Feel your heartbeat',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'Place a hand flat on your chest and feel your heart for a few beats.',
            'There is nothing you need to change. Just notice it.',
          ],
        },
      ],
    },
    {
      id: 'reinterpret',
      title: 'Your body is getting ready',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'A racing heart and tense muscles feel the same whether you are afraid or excited. What changes is how you read them.',
            'This energy is your body preparing to perform: more blood to your muscles and brain, more focus on what is in front of you.',
            'Say it to yourself, out loud if you can: “This is my body getting ready. This feeling means I am ready.”',
          ],
        },
      ],
    },
    {
      id: 'breathe',
      title: 'Breathe with it, if you like',
      blocks: [{ kind: 'breathing', inhaleSeconds: 4, exhaleSeconds: 6 }],
    },
    {
      id: 'first-move',
      title: 'Now point that energy at the task',
      blocks: [
        {
          kind: 'text',
          field: 'firstMove',
          label: 'What is the first thing you will do or say?',
          hint: 'Something concrete, like “Open with the one-line summary” or “Ask how their week went”.',
        },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    calm: z.number(),
    sensations: z.optional(z.string()),
    firstMove: answer,
  }),
};
