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

// Praise aimed at the person ("you're a natural", "proud of you") or so general
// that it says nothing about the work ("Great job!") turns attention to the self,
// which is the kind of feedback that can lower performance (Kluger and DeNisi 1996).
const PERSON_PRAISE: readonly RegExp[] = [
  /\b(you'?re|you are|ur|such) (a |an |so |very |really |truly |such a |such an |the )?(natural|genius|talented|gifted|smart|brilliant|clever|born|great|amazing|good|awesome|incredible|fantastic|wonderful|best|star|superstar|rockstar|rock star|legend|pro|machine|beast|hero|queen|king|champ|champion|gem)\b/,
  /\b(what|such) an? (natural|genius|star|superstar|rockstar|rock star|legend|pro|talent|hero)\b/,
  /\b(so|really|very|super|incredibly) proud of you\b/,
  /\bproud of you\b/,
  /\byou should be (so |really |very )?proud\b/,
  /\byou (rock|rule|killed it|crushed it|smashed it|nailed it|never disappoint)\b/,
  /\bborn (to|for) (do |be )?(this|it)\b/,
  /\b(a |an )?(natural|born) (talent|leader|presenter|speaker|teacher|performer)\b/,
  /^\W*(great|good|nice|awesome|amazing|fantastic|excellent|brilliant|super|top) (job|work|stuff|effort)( today| there| again| as always| as usual| mate| man)?\W*$/,
  /^\W*(well done|bravo|way to go|good for you|go you|kudos)( today| again| mate| man| you)?\W*$/,
];

/** True when the praise is about the person rather than the work ("You're a natural", "Great job!"). */
export function isTraitPraise(praise: string): boolean {
  const text = praise.replace(/[\u2018\u2019]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return PERSON_PRAISE.some((pattern) => pattern.test(text));
}

/** A warm reply that turns praise into a question about the task. */
export function praiseToQuestion(praise: string, part: string): string {
  const focus = part.trim().replace(/[.?!]+$/, '') || 'it';
  return `Thank you, that means a lot. What did I do in ${focus} that made it work for you?`;
}
