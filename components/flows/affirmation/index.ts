// Values self-affirmation, about 15 minutes: time to write about something
// that matters to you. It is offered as reflection, never as a technique for
// performing better (saying so weakens what it does).
import { answer, readiness } from '@/lib/flows/schema';
import type { FlowDefinition } from '@/lib/flows/types';
import { z } from '@/lib/zod';

export const affirmationFlow: FlowDefinition = {
  id: 'affirmation',
  title: 'Reflect on what matters to you',
  minutes: 15,
  summary: 'A quiet quarter of an hour to write about a value that is yours.',
  steps: [
    {
      id: 'welcome',
      title: 'A few quiet minutes for you',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'This is time to think and write about something that matters to you. There are no right answers, and nobody else will read it.',
            'Take about fifteen minutes if you can. Finishing sooner is fine.',
          ],
        },
      ],
    },
    {
      id: 'value',
      title: 'Choose a value',
      blocks: [
        {
          kind: 'value',
          field: 'value',
          label: 'Which of your values would you like to write about? One that has nothing to do with what is coming up works well.',
        },
      ],
    },
    {
      id: 'write',
      title: 'Write about it',
      blocks: [
        { kind: 'timer', minutes: 15 },
        { kind: 'text', field: 'why', label: 'Why does this value matter to you?', multiline: true },
        { kind: 'text', field: 'when', label: 'Describe a time when it guided what you did.', multiline: true },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    value: answer,
    why: answer,
    when: answer,
  }),
};
