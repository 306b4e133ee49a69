// Starting points for a request. A small, specific ask (who, what, when, how
// long) is easier to say yes to than "could you help me?", and easier to send.
import type { SupportKind } from '@/lib/supporters/supporters';

export const ASK_OPTIONS: ReadonlyArray<{ value: SupportKind; label: string; hint: string }> = [
  { value: 'listener', label: 'A listen', hint: 'Ten minutes of someone hearing you out, no fixing needed.' },
  { value: 'mentor', label: 'Advice from someone who has done it', hint: 'How they prepared, and what they would do again.' },
  { value: 'practical', label: 'A mock run or practical help', hint: 'Playing the interviewer, timing your talk, reading your notes.' },
];

const TEMPLATES: Record<SupportKind, (hi: string) => string> = {
  listener: (hi) => `${hi} could you spare ten minutes this week to hear me out about something I am nervous about? No advice needed, just a listen.`,
  mentor: (hi) => `${hi} you have been through something like this before. Could I ask you over coffee this week how you prepared for it?`,
  practical: (hi) => `${hi} could you do a mock interview with me on Tuesday? Half an hour would help a lot.`,
};

/** One request per kind of help chosen (all three when none is), greeting the person by the name given. */
export function requestTemplates(person: string, askFor: readonly string[]): string[] {
  const name = person.trim();
  const hi = name ? `Hi ${name},` : 'Hi,';
  const chosen = ASK_OPTIONS.map((o) => o.value).filter((kind) => askFor.includes(kind));
  return (chosen.length > 0 ? chosen : ASK_OPTIONS.map((o) => o.value)).map((kind) => TEMPLATES[kind](hi));
}
