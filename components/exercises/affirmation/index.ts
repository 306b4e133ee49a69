// Values self-affirmation, about 15 minutes, as in the protocol (Cohen et al.
// 2006): put your values in order, then write about the top one. It is
// offered as time for yourself, never as preparation or a technique for
// performing better: telling people what it is for takes its effect away
// (Sherman et al. 2009). So it has no readiness question and never shows the
// event that timed it.
import { quoted } from '@/lib/exercises/finish';
import { answer, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { FLOW_IDS } from '@/lib/exercises/ids';

export const affirmationFlow: FlowDefinition = {
  id: FLOW_IDS.affirmation,
  title: 'Reflect on what matters to you',
  minutes: 15,
  measure: 'none',
  namesEvent: false,
  // About the person and the value, in their own words, never about what it might help with.
  finish: (answers) => {
    if (typeof answers.value !== 'string' || !answers.value) return undefined;
    const why = quoted(answers.why);
    return why ? `Why ${answers.value} matters to you, in your words: ${why}.` : `You spent some time with a value that is yours: ${answers.value}.`;
  },
  summary: 'A few quiet minutes to write about a value that is yours.',
  // About the person only: what it is for is never said (see above).
  intro: {
    what: 'A few quiet minutes on what matters to you. You put your values in your own order, then write about the one at the top. There are no right answers, and nobody else reads it.',
    leaveWith: 'A few lines, in your own words, about something you care about.',
  },
  steps: [
    {
      id: 'rank',
      title: 'What matters most to you?',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'A few quiet minutes, just for you. There are no right answers, and nobody else will read what you write.',
            'Put these in your own order, the one that matters most to you at the top. Add any that are missing.',
          ],
        },
        { kind: 'rank', field: 'value', label: 'Your values, most important first' },
      ],
    },
    {
      id: 'write',
      title: 'Write about your top value',
      blocks: [
        { kind: 'recall', field: 'value', label: 'Your top value' },
        { kind: 'timer', minutes: 15 },
        { kind: 'text', field: 'why', label: 'Why does this value matter to you?', multiline: true },
        { kind: 'text', field: 'when', label: 'Describe a time when it guided what you did.', multiline: true },
      ],
    },
  ],
  result: z.object({
    // Reflections saved before the readiness question was taken out still carry it.
    ...readiness,
    value: answer,
    why: answer,
    when: answer,
  }),
};
