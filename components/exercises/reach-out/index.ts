// Reaching out: pick one person, pick what to ask them for, and write a
// request specific enough to say yes to. Support that is asked for in plain
// terms is far more likely to come than support hoped for.
import { quoted } from '@/lib/exercises/finish';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { answer, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { ASK_OPTIONS } from './requests';

export const reachOutFlow: FlowDefinition = {
  id: FLOW_IDS.reachOut,
  title: 'Reach out to a supporter',
  minutes: 5,
  summary: 'Choose one person and write them a small, specific request, ready to send.',
  intro: {
    what: 'People are usually glad to help when they know exactly how. You will pick one person and what to ask them for.',
    leaveWith: 'A short request, copied and ready to send.',
  },
  steps: [
    {
      id: 'who',
      title: 'Who will you ask?',
      blocks: [
        { kind: 'supporters', targetField: 'person' },
        { kind: 'text', field: 'person', label: 'Who will you ask?', hint: 'One person is enough. A name, or “my sister”.' },
      ],
    },
    {
      id: 'what',
      title: 'What to ask for',
      blocks: [{ kind: 'choices', field: 'askFor', label: 'What would help most?', options: ASK_OPTIONS }],
    },
    {
      id: 'request',
      title: 'Your request',
      blocks: [
        { kind: 'read', paragraphs: ['Say what, when and how long. “Could you help me?” is hard to answer; “Could you do a mock interview with me on Tuesday?” is easy.'] },
        { kind: 'text', field: 'request', label: 'Your request', hint: 'Start from one of the ideas below, or write your own.', multiline: true },
        { kind: 'request', targetField: 'request', personField: 'person', askField: 'askFor' },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    person: answer,
    askFor: z.optional(z.array(z.string())),
    request: answer,
  }),
  finish: (answers) => {
    const person = quoted(answers.person);
    return person ? `Your request to ${person} is ready. Send it while it is fresh.` : undefined;
  },
};
