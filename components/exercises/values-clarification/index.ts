// Values clarification: the seed's five prompts, then the values they point
// to, in the user's own words. Those join the list the affirmation ranks, and
// a last look asks which goals serve them: goals that fit one's values are
// pursued with willingness rather than willpower.
import { quoted } from '@/lib/exercises/finish';
import { listItems } from '@/lib/exercises/runner';
import { answer, listOf } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { FLOW_IDS } from '@/lib/exercises/ids';

export const valuesClarificationFlow: FlowDefinition = {
  id: FLOW_IDS.valuesClarification,
  title: 'Find what matters to you',
  minutes: 10,
  // About the person, not a task: no before-and-after question.
  measure: 'none',
  summary: 'Five questions that show what you value, in your own words.',
  intro: {
    what: 'Five questions about when you feel most yourself, and what drains you. Your answers point to what you value.',
    leaveWith: 'Your values in your own words, added to your list.',
  },
  steps: [
    {
      id: 'at-best',
      title: 'You at your best',
      blocks: [
        { kind: 'text', field: 'atBest', label: 'When I am at my best, I am being…', hint: 'Creative, helpful, brave, connected: whatever is true for you.' },
        { kind: 'text', field: 'fulfilled', label: 'I feel most fulfilled when…', hint: 'Solving a knotty problem, looking after someone, learning something new.', multiline: true },
      ],
    },
    {
      id: 'remembered',
      title: 'Looking further',
      blocks: [{ kind: 'text', field: 'remembered', label: 'One day, I would like to be remembered for…', hint: 'Kindness, ideas, care for a craft.', multiline: true }],
    },
    {
      id: 'energy',
      title: 'What drains you, what absorbs you',
      blocks: [
        { kind: 'text', field: 'drained', label: 'I feel resentful or drained when I spend time on…', hint: 'This shows what you do not value.', multiline: true },
        { kind: 'text', field: 'absorbed', label: 'I lose track of time when…', hint: 'This shows what you enjoy for its own sake.', multiline: true },
      ],
    },
    {
      id: 'values',
      title: 'Your values',
      blocks: [
        { kind: 'read', paragraphs: ['Read your answers again. Which values do they point to?'] },
        {
          kind: 'text',
          field: 'values',
          label: 'Your values, a word or a few each, one a line',
          hint: 'E.g. “Curiosity”, “Looking after my family”. They join the list you rank in the values reflection.',
          multiline: true,
          minLines: 1,
        },
      ],
    },
    {
      id: 'goals',
      title: 'Your goals, in this light',
      blocks: [
        {
          kind: 'text',
          field: 'goalsFit',
          label: 'Which of your goals serve these values, and which do not?',
          hint: 'A goal that does not fit may deserve less of your energy, or a new reason that connects it to what matters to you.',
          multiline: true,
          optional: true,
        },
      ],
    },
  ],
  result: z.object({
    atBest: answer,
    fulfilled: answer,
    remembered: answer,
    drained: answer,
    absorbed: answer,
    values: listOf(1),
    goalsFit: z.optional(z.string()),
  }),
  valuesField: 'values',
  finish: (answers) => {
    const values = typeof answers.values === 'string' ? listItems(answers.values) : [];
    const first = quoted(values[0]);
    if (!first) return undefined;
    return values.length === 1 ? `${first} is now on your list of values.` : `${first} and ${values.length - 1} more are now on your list of values.`;
  },
};
