// What a prompt says. Short and warm; honest when it is late; and, for shared
// screens, nothing about the event at all.
import type { PromptType, StakesKind } from '../schedule/types';

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
}

const MINUTE = 60_000;

export const DISCREET_WORDS: PromptWords = { title: 'Primed', message: 'Something is waiting for you in Primed.' };

export const TEST_WORDS: PromptWords = {
  title: 'Primed: a test prompt',
  message: 'This is how prompts will look. Start opens a short exercise; nothing is recorded.',
};

export function promptWords({ type, eventTitle, eventStart, late, discreet, now }: WordsInput): PromptWords {
  if (discreet) return DISCREET_WORDS;
  const title = eventTitle.trim() || 'Your event';
  const at = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(eventStart);
  const minutes = Math.max(1, Math.round((eventStart - now) / MINUTE));
  const startsIn = minutes < 90 ? `in ${minutes} min` : `at ${at}`;
  switch (type) {
    case 'affirm':
      return {
        title: `${title}, ${startsIn}`,
        message: late
          ? `This comes later than planned, sorry. There is still time for a few quiet minutes on what matters to you.`
          : 'Before it begins: fifteen quiet minutes on something that matters to you?',
      };
    case 'ready':
      return {
        title: `${title}, ${startsIn}`,
        message: late
          ? 'A bit later than planned, sorry. A minute or two to settle in is still there for you.'
          : 'A couple of minutes to turn the nerves into readiness?',
      };
    case 'feedback':
      return {
        title: `How did it go? ${title}`,
        message: late
          ? 'Later than planned, sorry. While you still remember it: what did you do that worked?'
          : 'While it is fresh: what did you do that worked?',
      };
  }
}
