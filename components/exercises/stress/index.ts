// Stress reinterpretation, 2 to 4 minutes (Jamieson et al. 2010, 2012): the
// racing heart before a hard moment is fuel for it. The exercise never aims
// at calm: it rates energy and the sense of being able to use it, and ends by
// pointing that energy at the task rather than breathing it away.
import { FLOW_IDS } from '@/lib/exercises/ids';
import { quoted } from '@/lib/exercises/finish';
import { answer, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';

export const stressFlow: FlowDefinition = {
  id: FLOW_IDS.stress,
  title: 'Turn nerves into readiness',
  minutes: 3,
  quick: true,
  summary: 'A few minutes to notice the energy in your body, and to put it to work.',
  intro: {
    what: 'The racing heart before a big moment is energy, not a warning. This short exercise helps you notice it and put it to work.',
    leaveWith: 'Your first move, ready to go.',
  },
  finish: (answers) => {
    const move = quoted(answers.firstMove);
    return move && `Your first move: ${move}.`;
  },
  steps: [
    {
      id: 'feel',
      title: 'What is your body doing?',
      blocks: [
        { kind: 'rating', field: 'energy', label: 'How energised do you feel?', min: 1, max: 10, minLabel: 'Flat', maxLabel: 'Buzzing' },
        { kind: 'rating', field: 'ability', label: 'How able are you to use it?', min: 1, max: 10, minLabel: 'Not yet', maxLabel: 'Fully able' },
        {
          kind: 'text',
          field: 'sensations',
          label: 'What do you notice in your body?',
          hint: 'A fast heartbeat, warm face, tight shoulders, butterflies: whatever is there.',
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
      title: 'This energy is on your side',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'A pounding heart and quick breath are your body’s stress response doing its job: sending more blood and oxygen to your brain and muscles so you can rise to what is coming.',
            'Feeling it does not mean you will do badly. People often do their best work with exactly this feeling.',
            'There is no need to calm it down. Let it stay, and tell yourself: “This is fuel for what I am about to do.”',
          ],
        },
      ],
    },
    {
      id: 'aim',
      title: 'Give the energy a job',
      blocks: [
        {
          kind: 'read',
          paragraphs: ['This extra energy can sharpen your focus, quicken your thinking and put force behind your words.'],
        },
        {
          kind: 'text',
          field: 'energyUse',
          label: 'Where in this moment could the energy help you most?',
          hint: 'For example: answering questions quickly, speaking with conviction, staying alert in a long meeting.',
          optional: true,
        },
      ],
    },
    {
      id: 'first-move',
      title: 'Now point it at the task',
      blocks: [
        // The if-then plans from the rehearsal for this event, at hand when the moment comes.
        { kind: 'earlier', flowId: FLOW_IDS.rehearsal, fields: ['risk1', 'plan1', 'risk2', 'plan2'], label: 'Your if-then plans' },
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
    energy: z.number(),
    ability: z.number(),
    sensations: z.optional(z.string()),
    energyUse: z.optional(z.string()),
    firstMove: answer,
    // A draft begun before the change may still carry it; it is kept, never dropped.
    calm: z.optional(z.number()),
  }),
  // Entries saved before the exercise stopped asking about calm keep that answer.
  retiredLabels: { calm: 'From tense to calm (an earlier question)' },
};
