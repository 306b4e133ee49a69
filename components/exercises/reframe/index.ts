// Pre-meeting reframing, as the standard seven-column thought record: the
// situation, the emotions and how strong they are, the automatic thought (and
// the thinking traps in it), the evidence on both sides (the user's own wins
// offered among the evidence against), a balanced thought, and the same
// emotions rated again; then a next action.
import { emotionsComplete } from '@/lib/exercises/runner';
import { quoted } from '@/lib/exercises/finish';
import { getReadyWhenNear } from '@/lib/exercises/next-step';
import { answer, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';
import { FLOW_IDS } from '@/lib/exercises/ids';

export const DISTORTIONS = [
  { value: 'all-or-nothing', label: 'All-or-nothing thinking', hint: 'Seeing it as total success or total failure, with nothing in between.' },
  { value: 'catastrophizing', label: 'Catastrophizing', hint: 'Jumping to the worst outcome and treating it as likely.' },
  { value: 'discounting-positive', label: 'Discounting the positive', hint: 'Telling yourself that what went well does not count.' },
  { value: 'mind-reading', label: 'Mind reading', hint: 'Being sure you know what others think of you, without evidence.' },
  { value: 'fortune-telling', label: 'Fortune telling', hint: 'Predicting how it will go as if it were already decided.' },
  { value: 'overgeneralizing', label: 'Overgeneralizing', hint: 'Turning one moment into “always” or “never”.' },
  { value: 'labeling', label: 'Labeling', hint: 'Calling yourself a name instead of describing what happened.' },
  { value: 'should-statements', label: '“Should” statements', hint: 'Holding yourself to rigid rules about how you must be.' },
  { value: 'emotional-reasoning', label: 'Emotional reasoning', hint: 'Taking a feeling as proof: “I feel nervous, so I will fail.”' },
] as const;

/** Up to three emotions, the first one required. */
const EMOTION_ROWS = 3;

export const reframeFlow: FlowDefinition = {
  id: FLOW_IDS.reframe,
  title: 'Reframe a worrying thought',
  minutes: 6,
  // Not in the popup: the evidence step lists the user's own wins, whose length
  // has no bound a 600 px popup could hold, beside nine thinking traps.
  summary: 'Write down the thought, check it against the evidence, and find a fairer one.',
  intro: {
    what: 'When one thought keeps nagging, writing it down and weighing the facts on both sides can loosen its grip.',
    leaveWith: 'A fairer way to see it, and one next thing to do.',
  },
  // With the moment close, the short get-ready exercise is the natural next thing.
  next: (_answers, event) => getReadyWhenNear(event),
  finish: (answers) => {
    const fairer = quoted(answers.balanced);
    return fairer && `Your fairer thought: ${fairer}.`;
  },
  steps: [
    {
      id: 'situation',
      title: 'What is coming up?',
      blocks: [{ kind: 'text', field: 'situation', label: 'The situation', hint: 'Where, when, with whom.', prefill: 'event' }],
    },
    {
      id: 'emotions',
      title: 'What do you feel?',
      blocks: [
        { kind: 'read', paragraphs: ['Name each feeling in a word or two, like nervous, ashamed or irritated, and say how strong it is, from 0 to 100.'] },
        { kind: 'emotions', phase: 'before', rows: EMOTION_ROWS },
      ],
    },
    {
      id: 'thought',
      title: 'The thought',
      blocks: [
        { kind: 'text', field: 'thought', label: 'What is the thought that worries you?', hint: 'In the words it comes in, e.g. “They will see I don’t know enough.”', multiline: true },
        { kind: 'percent', field: 'beliefBefore', label: 'How strongly do you believe it?' },
      ],
    },
    {
      id: 'traps',
      title: 'Any thinking traps?',
      blocks: [{ kind: 'choices', field: 'distortions', label: 'Pick any that fit. None is fine too.', options: DISTORTIONS }],
    },
    // Both sides are asked for in the same way, so the record weighs the
    // thought rather than argues against it.
    {
      id: 'for',
      title: 'Evidence for the thought',
      blocks: [
        {
          kind: 'text',
          field: 'evidenceFor',
          label: 'What facts support it?',
          hint: 'Things that happened, not feelings or guesses. Take it seriously: this side counts too.',
          multiline: true,
        },
      ],
    },
    {
      id: 'against',
      title: 'Evidence against it',
      blocks: [
        {
          kind: 'text',
          field: 'evidenceAgainst',
          label: 'What facts do not fit the thought?',
          hint: 'Times it went fine, things you have done before, what a friend would point out.',
          multiline: true,
        },
        { kind: 'wins', targetField: 'evidenceAgainst' },
      ],
    },
    {
      id: 'balanced',
      title: 'A fairer thought',
      blocks: [
        { kind: 'text', field: 'balanced', label: 'With both sides in view, what is a more balanced way to see it?', multiline: true },
        { kind: 'percent', field: 'balancedBelief', label: 'How strongly do you believe this fairer thought?' },
      ],
    },
    {
      id: 'rerate',
      title: 'How do you feel now?',
      blocks: [
        { kind: 'emotions', phase: 'after', rows: EMOTION_ROWS },
        { kind: 'percent', field: 'beliefAfter', label: 'How strongly do you believe the first thought now?' },
      ],
    },
    {
      id: 'action',
      title: 'What you will do',
      blocks: [{ kind: 'text', field: 'action', label: 'What is the next thing you will do?' }],
    },
  ],
  result: z
    .object({
      ...readiness,
      situation: answer,
      emotion1: answer,
      emotion1Before: z.number(),
      emotion1After: z.number(),
      emotion2: z.optional(z.string()),
      emotion2Before: z.optional(z.number()),
      emotion2After: z.optional(z.number()),
      emotion3: z.optional(z.string()),
      emotion3Before: z.optional(z.number()),
      emotion3After: z.optional(z.number()),
      thought: answer,
      beliefBefore: z.number(),
      distortions: z.optional(z.array(z.string())),
      evidenceFor: answer,
      evidenceAgainst: answer,
      balanced: answer,
      balancedBelief: z.number(),
      action: answer,
      beliefAfter: z.number(),
    })
    .check(z.refine((fields) => emotionsComplete(fields, EMOTION_ROWS), { message: 'Each emotion you named needs its two ratings.' })),
};
