// Mental rehearsal, 5 to 10 minutes, the day before: a walk through the
// event as a process, step by step (Taylor and Pham 1999), never a picture of
// the happy ending, which can sap the effort the day needs (Oettingen). The
// two moments most likely to go wrong each get an if-then plan (Gollwitzer's
// implementation intentions), which come back in the get-ready prompt.
import { quoted } from '@/lib/exercises/finish';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { answer, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';

export const rehearsalFlow: FlowDefinition = {
  id: FLOW_IDS.rehearsal,
  title: 'Rehearse it, step by step',
  minutes: 8,
  summary: 'Walk through the moment in your mind, and plan for the two parts most likely to wobble.',
  intro: {
    what: 'You will walk through the moment in your mind, one part after another, and decide what to do if the two trickiest parts wobble.',
    leaveWith: 'Two if-then plans, waiting for you just before it starts.',
  },
  steps: [
    {
      id: 'moment',
      title: 'What are you rehearsing?',
      blocks: [
        { kind: 'text', field: 'moment', label: 'The moment', hint: 'What it is, where, and who will be there.', prefill: 'event' },
        {
          kind: 'read',
          paragraphs: [
            'You will picture doing it, one part after another, as if watching a film of yourself at work. Not the applause at the end: the doing.',
          ],
        },
      ],
    },
    {
      id: 'walk-through',
      title: 'Walk through it',
      blocks: [
        { kind: 'read', paragraphs: ['Close your eyes for each part if it helps. See where you are, hear the voices, notice what you do next.'] },
        { kind: 'text', field: 'arriving', label: 'Arriving: what do you see, and what do you do first?', hint: 'For example: “I sign in at the desk, sit down and check my notes once.”' },
        { kind: 'text', field: 'opening', label: 'The opening: your first minute', hint: 'What you say first, and how you say it.' },
        { kind: 'text', field: 'hardPart', label: 'The hard part: what happens, and what do you do?', hint: 'The question you dread, the tricky slide, the silence.', multiline: true },
        { kind: 'text', field: 'close', label: 'The close: how do you finish?', hint: 'Your last words, the thank-you, the next step you agree on.' },
      ],
    },
    {
      id: 'risks',
      title: 'Where could it wobble?',
      blocks: [
        { kind: 'read', paragraphs: ['Name the two moments most likely to go wrong. Seeing them now means they will not take you by surprise.'] },
        { kind: 'text', field: 'risk1', label: 'The first moment that could go wrong', hint: 'For example: “They ask about the gap in my CV.”' },
        { kind: 'text', field: 'risk2', label: 'The second one', hint: 'For example: “My mind goes blank on the numbers.”' },
      ],
    },
    {
      id: 'plans',
      title: 'If that happens, then…',
      blocks: [
        { kind: 'read', paragraphs: ['For each moment, decide now what you will do. A plan made ahead runs almost by itself when the moment comes.'] },
        { kind: 'recall', field: 'risk1', label: 'If' },
        { kind: 'text', field: 'plan1', label: 'Then I will…', hint: 'One concrete action, e.g. “say it was a year of caring for my dad, and what I learned”.' },
        { kind: 'recall', field: 'risk2', label: 'If' },
        { kind: 'text', field: 'plan2', label: 'Then I will… (for the second moment)', hint: 'E.g. “look at my one-page notes, breathe out, and read the figure”.' },
      ],
    },
    {
      id: 'run-through',
      title: 'Once more, all the way',
      blocks: [
        {
          kind: 'read',
          paragraphs: [
            'Run the whole moment once more in your mind, from arriving to the close. When you reach a wobbly moment, see yourself doing your plan.',
            'Your two plans will be waiting in the reminder just before it starts, one tap away.',
          ],
        },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    moment: answer,
    arriving: answer,
    opening: answer,
    hardPart: answer,
    close: answer,
    risk1: answer,
    risk2: answer,
    plan1: answer,
    plan2: answer,
  }),
  finish: (answers) => {
    const [risk, plan] = [quoted(answers.risk1), quoted(answers.plan1)];
    return risk && plan ? `Your first plan: if ${risk}, then ${plan}. It will be there just before you start.` : undefined;
  },
};
