// The confidence check: four ratings, 1 to 10, taken as a baseline, again
// 25 days later and then at the chosen interval, so the user can see their
// sense of what they can do change over time. Quick, and not a test: there are no right answers.
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { FLOW_IDS } from '@/lib/exercises/ids';

const rating = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, 'a whole number from 1 to 10'));

const scale = (field: string, label: string) =>
  ({ kind: 'rating', field, label, min: 1, max: 10, minLabel: 'Not at all sure', maxLabel: 'Completely sure' }) as const;

export const selfCheckFlow: FlowDefinition = {
  id: FLOW_IDS.selfCheck,
  title: 'Check in on your confidence',
  minutes: 1,
  quick: true,
  // The check is itself a measure; asking how ready they feel around it would muddle it.
  measure: 'none',
  finish: () => 'Your four ratings are kept, so you can see how they change from one check to the next.',
  summary: 'Four quick ratings of how sure you feel about handling what comes. Over the months, they show how your confidence grows.',
  intro: {
    what: 'Four quick ratings of how sure you feel about handling what comes. Not a test: there are no right answers.',
    leaveWith: 'A snapshot of today, to set beside the next one.',
  },
  steps: [
    {
      id: 'intro',
      title: 'How sure are you?',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'Rate each one from 1 to 10 as you feel today. There are no right answers, and nobody else sees them.',
          ],
        },
      ],
    },
    {
      id: 'ratings',
      title: 'Today, I can…',
      blocks: [
        scale('unexpected', 'Handle unexpected problems'),
        scale('difficult', 'Accomplish difficult tasks'),
        scale('goals', 'Stick to my goals'),
        scale('obstacles', 'Overcome obstacles'),
      ],
    },
  ],
  result: z.object({ unexpected: rating, difficult: rating, goals: rating, obstacles: rating }),
};
