// What a prompt says. Short and warm; honest when it is late; and, for shared
// screens, nothing about the event at all.
//
// "Late" is only for a prompt that was planned and missed (the computer
// slept). A prompt whose time had passed before Primed first saw its event
// (a new install, calendar or mark) is simply offered now, in words that fit
// the time left. The values reflection never names the event: it is about
// the person, and framing it as preparation for a task takes its effect away.
import type { PromptType, StakesKind } from '../planner/types';
import { plural } from '../text/plural';
import { FLOW_IDS } from '../exercises/ids';

export interface PromptWords {
  title: string;
  message: string;
}

export interface WordsInput {
  type: PromptType;
  eventTitle: string;
  eventStart: number;
  kind: StakesKind;
  late: boolean;
  discreet: boolean;
  now: number;
  /** The exercise the prompt opens, when it is not the usual one for its moment (lib/prompts/choice.ts). */
  flowId?: string;
  /** Start opens the event's prep plan (its last step is the rehearsal), not the exercise itself. */
  opens?: 'prep-plan';
}

const MINUTE = 60_000;

export const DISCREET_WORDS: PromptWords = { title: 'Primed', message: 'Something is waiting for you in Primed.' };

export const TEST_WORDS: PromptWords = {
  title: 'Primed: a test prompt',
  message: 'This is how prompts will look. Start opens a short exercise; nothing is recorded.',
};

/** "in 23 minutes", "in 1 minute", or the clock time when it is further off. */
export function timeLeft(eventStart: number, now: number): string {
  const minutes = Math.max(1, Math.round((eventStart - now) / MINUTE));
  if (minutes >= 90) return `at ${new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(eventStart)}`;
  return `in ${plural(minutes, 'minute')}`;
}

/** The day before, when something other than the rehearsal was chosen: the words say what it opens. */
const DAY_BEFORE: Partial<Record<string, (title: string) => PromptWords>> = {
  [FLOW_IDS.reachOut]: (title) => ({ title: `A hand with ${title}`, message: 'Ask one of your people for a mock run or a word of advice. A couple of minutes to write it.' }),
  [FLOW_IDS.roleModel]: (title) => ({ title: `Someone who did this: ${title}`, message: 'Think of someone like you who managed a moment like this, and borrow one thing from them.' }),
  [FLOW_IDS.problemSolving]: (title) => ({ title: `A worry about ${title}?`, message: 'Turn one “what if” into a plan, with three small first steps.' }),
};

export function promptWords({ type, eventTitle, eventStart, late, discreet, now, flowId, opens }: WordsInput): PromptWords {
  if (discreet) return DISCREET_WORDS;
  const title = eventTitle.trim() || 'Your event';
  switch (type) {
    case 'rehearse': {
      const chosen = flowId === undefined ? undefined : DAY_BEFORE[flowId]?.(title);
      if (chosen) return late ? { ...chosen, message: `Later than planned, sorry. ${chosen.message}` } : chosen;
      if (opens === 'prep-plan') {
        return {
          title: `A dry run for ${title}`,
          message: late
            ? 'Later than planned, sorry. There is still time for the last step of your prep plan.'
            : 'The last step of your prep plan: walk through it in your head, step by step.',
        };
      }
      return {
        title: `A dry run for ${title}`,
        message: late
          ? 'Later than planned, sorry. There is still time to walk through it once, step by step.'
          : 'Eight minutes to walk through it step by step, and plan for the tricky parts.',
      };
    }
    case 'affirm':
      return {
        title: 'A few quiet minutes for you',
        message: late
          ? 'This comes later than planned, sorry. There is still time for fifteen quiet minutes on what matters to you.'
          : 'Fifteen quiet minutes on something that matters to you?',
      };
    case 'ready': {
      const minutesLeft = (eventStart - now) / MINUTE;
      return {
        title: `${title} starts ${timeLeft(eventStart, now)}`,
        message: late
          ? 'Later than planned, sorry. There is still a minute to put those nerves to work.'
          : minutesLeft < 3
            ? 'Nerves are energy for this. One minute is enough to put them to work.'
            : 'Nerves are energy for this. A couple of minutes to put them to work?',
      };
    }
    case 'feedback':
      return {
        title: `How did it go? ${title}`,
        message: late
          ? 'Later than planned, sorry. While you still remember it: what did you do that worked?'
          : 'While it is fresh: what did you do that worked?',
      };
  }
}
