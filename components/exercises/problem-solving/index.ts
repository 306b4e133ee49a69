// Five-step problem solving for a concrete "what if" worry: say the problem
// specifically, list options without judging them, weigh the best few, then
// choose one and plan its first three steps, each with a day. Turning a vague
// dread into a plan with dates is what makes it feel in hand. The fifth step,
// looking back at whether the plan worked, comes after the event.
import { quoted } from '@/lib/exercises/finish';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { answer, listOf, readiness } from '@/lib/exercises/schema';
import type { FlowDefinition } from '@/lib/exercises/types';
import { z } from '@/lib/zod';

/** The seed asks for ten options; three are enough to go on. */
export const MIN_OPTIONS = 3;

export const problemSolvingFlow: FlowDefinition = {
  id: FLOW_IDS.problemSolving,
  title: 'Solve a “what if” worry',
  minutes: 10,
  summary: 'Turn one nagging “what if…?” into a plan with three dated steps.',
  intro: {
    what: 'One nagging “what if…?” becomes a specific problem, a list of options, and a choice you can act on.',
    leaveWith: 'A plan with three dated first steps.',
  },
  steps: [
    {
      id: 'define',
      title: 'Pin the problem down',
      blocks: [
        { kind: 'text', field: 'worry', label: 'What is the “what if”?', hint: 'For example: “What if the demo breaks?”' },
        {
          kind: 'text',
          field: 'problem',
          label: 'Now say it as a specific problem',
          hint: 'What exactly could happen, and when. E.g. “The laptop loses the projector in the first five minutes of Thursday’s demo.”',
          multiline: true,
        },
      ],
    },
    {
      id: 'options',
      title: 'Every option, no judging',
      blocks: [
        {
          kind: 'read',
          paragraphs: ['Write down everything you could do, even the options that sound silly. Aim for ten: the odd ones often lead to a good one. Judge them in the next step, not now.'],
        },
        {
          kind: 'text',
          field: 'options',
          label: `Your options, one a line (at least ${MIN_OPTIONS})`,
          hint: 'E.g. “Bring a second laptop”, “Record a backup video”, “Ask IT to test the room”, “Do it on paper”.',
          multiline: true,
          minLines: MIN_OPTIONS,
        },
      ],
    },
    {
      id: 'weigh',
      title: 'Weigh the best few',
      blocks: [
        { kind: 'recall', field: 'options', label: 'Your options' },
        {
          kind: 'text',
          field: 'weighing',
          label: 'For your best three to five: what speaks for each, what against, and how doable is it?',
          hint: 'E.g. “Backup video: safe and cheap, but feels stiff; doable tonight.”',
          multiline: true,
        },
      ],
    },
    {
      id: 'plan',
      title: 'Choose one, and plan it',
      blocks: [
        { kind: 'text', field: 'choice', label: 'Which option will you go with?' },
        { kind: 'text', field: 'step1', label: 'First step, and by when', hint: 'E.g. “Record the backup video, by Tuesday evening.”' },
        { kind: 'text', field: 'step2', label: 'Second step, and by when' },
        { kind: 'text', field: 'step3', label: 'Third step, and by when' },
      ],
    },
    {
      id: 'after',
      title: 'Afterwards',
      blocks: [
        {
          kind: 'read',
          paragraphs: ['After the event, Primed will ask whether the plan worked. Whatever happened, you will know more for the next “what if”.'],
        },
      ],
    },
  ],
  result: z.object({
    ...readiness,
    worry: answer,
    problem: answer,
    options: listOf(MIN_OPTIONS),
    weighing: answer,
    choice: answer,
    step1: answer,
    step2: answer,
    step3: answer,
  }),
  finish: (answers) => {
    const [choice, step] = [quoted(answers.choice), quoted(answers.step1)];
    return choice && step ? `Your plan: ${choice}. First step: ${step}.` : undefined;
  },
};
