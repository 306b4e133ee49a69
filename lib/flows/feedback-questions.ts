// Turning "give me feedback" into questions about the task, and praise about
// who you are into a question about what you did: task-level feedback is the
// kind that builds capability.

/** Questions to ask a colleague about one part of the work ("my opening"). */
export function taskQuestions(part: string): string[] {
  const focus = part.trim().replace(/[.?!]+$/, '') || 'it';
  return [
    `What specifically worked in ${focus}?`,
    `What is one thing I could do differently in ${focus} next time?`,
    `Which moment in ${focus} landed best for you, and why?`,
  ];
}

const TRAIT_PRAISE = /\b(you'?re|you are|such) (a |an |so |very |really |such a |such an )?(natural|genius|talented|gifted|smart|brilliant|clever|born|great|amazing|good)\b/i;

/** True when the praise is about the person rather than the work ("You're a natural"). */
export function isTraitPraise(praise: string): boolean {
  return TRAIT_PRAISE.test(praise.replace(/[\u2018\u2019]/g, "'"));
}

/** A warm reply that turns praise into a question about the task. */
export function praiseToQuestion(praise: string, part: string): string {
  const focus = part.trim().replace(/[.?!]+$/, '') || 'it';
  return `Thank you, that means a lot. What did I do in ${focus} that made it work for you?`;
}
