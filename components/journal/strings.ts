// Every word the history page shows, in one place.
import { plural } from '@/lib/text/plural';

const count = (n: number, word: string) => plural(n, word);

const historyTextEmptySummary = 'Nothing gathered yet: log a win or finish an exercise, and it starts here.';

export const historyText = {
  // One name for each view, used for its tab, its heading and the window title.
  title: 'Journal',
  pageTitle: (view: string) => `${view} · Primed`,
  kind: 'Show',
  allKinds: 'Everything',
  wins: 'Wins',
  win: 'Win',
  search: 'Search',
  count: (shown: number, all: number) => (shown === all ? plural(all, 'entry', 'entries') : `${shown} of ${plural(all, 'entry', 'entries')}`),
  empty: 'Nothing here yet',
  emptyHint: 'Log a win from the toolbar button, or finish an exercise, and it will gather here, newest first.',
  noMatches: 'Nothing matches',
  noMatchesHint: 'Try fewer words, or show everything.',
  clearFilters: 'Show everything',
  noWords: 'No written answers',
  today: 'Today',
  yesterday: 'Yesterday',
  confidenceScore: (score: number) => `Confidence check: ${score} out of 10`,
  more: (left: number) => `Show more (${left} left)`,
  editWin: 'Your words',
  partOf: (title: string) => `Part of: ${title}`,
  partOfGoal: (title: string) => `A micro-action towards: ${title}`,
  difficulty: (n: number) => `How hard it was: ${n} of 10`,
  save: 'Save',
  editAnswers: 'Edit your answers',
  cancelEdit: 'Cancel',
  answersMissing: (questions: readonly string[]) => `These need an answer: ${questions.join('; ')}`,
  saved: 'Saved.',
  delete: 'Delete',
  confirmDelete: 'Delete this entry for good?',
  yesDelete: 'Yes, delete',
  keep: 'Keep it',
  deleted: 'Deleted.',
  views: 'What to show',
  timeline: 'Journal',
  evidence: 'Your evidence',
  goals: 'Goal ladders',
  evidenceSummary: (s: { wins: number; hardWins: number; capabilities: number; exercises: number }) =>
    evidenceSummary(s),
  evidenceKind: { win: 'Win', capability: 'What it showed', exercise: 'Exercise' },
  finished: (title: string) => `Finished: ${title}`,
  hardWon: (difficulty: number) => `hard-won (${difficulty}/10)`,
  noEvidence: 'Your evidence will gather here',
  noEvidenceHint: 'Every win you log, what your reflections show you can do, and each exercise you finish.',
  noEvidenceItems: 'Nothing in your own words yet',
  noEvidenceItemsHint: 'Log a win, or finish a reflection, and what it shows will be listed here.',
  evidenceListHeading: 'In your own words',
  ratingsHeading: 'Your answers around each exercise',
  ratingsCaption:
    'Your average answer, 1 to 10, at the start and at the end of each exercise you have done, and how many times each average rests on. They describe what you noted down; on their own they cannot say what caused a change.',
  noRatings: 'Answer the question at the start and the end of an exercise, and your averages will show here.',
  ratingsValue: (before: number, after: number, count: number) => `${before} → ${after}, ${count === 1 ? 'once' : plural(count, 'time')}`,
  measureName: { readiness: 'How ready', capability: 'How capable of the next one' },
  question: 'Question',
  trendHeading: 'Your confidence over time',
  trendCaption: (n: number, first: number, last: number) =>
    n === 1 ? `One check so far: ${first} out of 10. The next one will start the line.` : `${n} checks, from ${first} to ${last} out of 10 (the mean of the four ratings).`,
  noChecks: 'Take the confidence check (it is among the exercises) to start a line you can look back on.',
  heatmapHeading: 'Your wins, the last twelve weeks',
  streak: (days: number) => (days === 0 ? 'No streak running: one small win today starts one.' : `${count(days, 'day')} in a row with a win.`),
  winsOn: (n: number, date: string) => `${date}: ${n === 0 ? 'no wins' : count(n, 'win')}`,
  heatmapCaption: (total: number, days: number, streak: number) =>
    total === 0
      ? 'No wins logged in these twelve weeks yet. Each one you log fills a square.'
      : `${count(total, 'win')} on ${count(days, 'day')} in twelve weeks; the stronger the colour of a square, the more wins that day. Current streak: ${count(streak, 'day')}.`,
  weekOf: 'Week of',
  responsesHeading: 'How the prompts landed',
  response: { acted: 'Started', snoozed: 'Snoozed', dismissed: 'Dismissed', unanswered: 'Let pass' },
  responsesCaption: (acted: number, total: number) =>
    `You started ${acted} of the ${count(total, 'prompt')} you were shown. A prompt you often dismiss may need another time, or turning off, in the options.`,
  noResponses: 'Once prompts start arriving for your high-stakes moments, this shows which ones you take up.',
  prompt: 'Prompt',
  asTable: 'Show the numbers',
  exercise: 'Exercise',
  times: 'Times',
  readinessBefore: 'At the start',
  readinessAfter: 'At the end',
  date: 'Date',
  score: 'Score',
  before: '(before)',
  after: '(after)',
} as const;

// Only the parts that have something in them, so the summary never reads "0 things…".
function evidenceSummary(s: { wins: number; hardWins: number; capabilities: number; exercises: number }): string {
  const parts = [
    s.wins ? `${count(s.wins, 'win')}${s.hardWins ? ` (${s.hardWins} hard-won)` : ''}` : '',
    s.capabilities ? `${count(s.capabilities, 'thing')} your reflections showed you can do` : '',
    s.exercises ? `${count(s.exercises, 'exercise')} seen through` : '',
  ].filter(Boolean);
  if (parts.length === 0) return historyTextEmptySummary;
  const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
  return `${list[0]!.toUpperCase()}${list.slice(1)}. All in your own words.`;
}
