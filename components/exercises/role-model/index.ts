// "Someone like me who did this": peer modelling. Watching someone similar
// get through a hard moment says "if they can, so can I"; watching an expert
// can say the opposite. So the exercise asks for a peer, and for their
// process and struggles rather than their result, then for one thing to borrow.
import { quoted } from '@/lib/exercises/finish';
import { answer, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { FLOW_IDS } from '@/lib/exercises/ids';

export const roleModelFlow: FlowDefinition = {
  id: FLOW_IDS.roleModel,
  title: 'Someone like me who did this',
  minutes: 5,
  summary: 'Think of someone like you who got through a moment like yours, and borrow one thing from how they did it.',
  intro: {
    what: 'Someone like you has been through a moment like yours. You will think about how they did it, struggles included.',
    leaveWith: 'One thing to borrow from them.',
  },
  steps: [
    {
      id: 'who',
      title: 'Someone a step ahead of you',
      blocks: [
        {
          kind: 'read',
          paragraphs: ['Not a star or an expert: someone close to where you are now. A colleague, a classmate, a friend, someone from a forum who started out like you.'],
        },
        { kind: 'text', field: 'person', label: 'Who got through a moment like yours?', hint: 'A name, or a few words: “the new hire who presented at the all-hands”.' },
        { kind: 'text', field: 'likeMe', label: 'How are they like you?', hint: 'The same role, the same nerves, the same starting point.' },
      ],
    },
    {
      id: 'process',
      title: 'How they did it',
      blocks: [
        { kind: 'read', paragraphs: ['Think about what they did along the way, not only how it ended: what they prepared, what went wrong and how they got past it.'] },
        { kind: 'text', field: 'whatTheyDid', label: 'What did they do?', hint: 'E.g. “She practised the first two minutes out loud until they felt easy.”', multiline: true },
        { kind: 'text', field: 'struggle', label: 'Where did they struggle, and how did they get through it?', multiline: true, optional: true },
      ],
    },
    {
      id: 'borrow',
      title: 'One thing to borrow',
      blocks: [
        { kind: 'text', field: 'borrow', label: 'One thing you will borrow from them', hint: 'Small and concrete: “Write my three points on a card”.' },
        { kind: 'text', field: 'askThem', label: 'Is there something you could ask them?', hint: 'E.g. “What did you do the night before?”', optional: true },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    person: answer,
    likeMe: answer,
    whatTheyDid: answer,
    struggle: z.optional(z.string()),
    borrow: answer,
    askThem: z.optional(z.string()),
  }),
  finish: (answers) => {
    const [borrow, person] = [quoted(answers.borrow), quoted(answers.person)];
    return borrow && person ? `From ${person}, you are borrowing ${borrow}. If they could, so can you.` : undefined;
  },
};
