// Every word the goal ladder shows, in one place.
import type { Hint, Stage, StepNudge } from '@/lib/goals/model';

export const goalText = {
  listHeading: 'Your goals',
  intro:
    'Pick one goal you have been putting off. Over seven days, turn it into steps so small that the first ones feel almost too easy, then do them. Each one you check off is logged as a win.',
  start: 'Start a new goal',
  none: 'No goals yet',
  noneHint: 'One is enough to begin with. Start one above and climb it a small step a day.',
  untitled: 'A new goal',
  dayOf: (day: number) => (day > 7 ? `Day ${day}` : `Day ${day} of 7`),
  stageNow: {
    goal: 'Write the goal down',
    steps: 'Break it into steps',
    micro: 'Split the first step',
    act: 'One micro-action',
    reflect: 'Look back on the week',
    done: 'Week complete',
  } satisfies Record<Stage, string>,
  today: (stage: string) => `Today’s step: ${stage.toLocaleLowerCase()}.`,
  aheadOfPlan: 'The plan is one a day. Doing more is fine too.',

  day1: 'Day 1: your goal',
  title: 'What do you want to be able to do?',
  titleHelp: 'For example: “Give the 10-minute team update without notes by 15 December.”',
  difficulty: 'How hard does it feel? (1 easy, 10 very hard)',
  deadline: 'By when? (optional)',
  value: 'Which of your values does it serve?',
  noValue: 'None',
  serves: (value: string) => `Serves: ${value}`,
  confidenceBefore: 'How sure are you, today, that you can do it? (1 not at all, 10 completely)',
  hintsHeading: 'Checks on the goal',
  hint: {
    specific: { met: 'Specific: it says what you will do.', unmet: 'Specific: name what exactly you will do, where or with whom.' },
    measurable: { met: 'Measurable: you will know when it is done.', unmet: 'Measurable: add a number, a count or a clear finish line.' },
    rated: {
      met: 'How hard it feels: noted. A goal that feels big is exactly what this plan is for.',
      unmet: 'How hard it feels: give it a number. Any number is fine; it is there to look back on.',
    },
    'time-bound': { met: 'Time-bound: it has a when.', unmet: 'Time-bound: add a date, or “by …” in the goal.' },
  } as const,
  hintText(hint: Hint): string {
    return goalText.hint[hint.id][hint.met ? 'met' : 'unmet'];
  },

  day2: 'Day 2: seven to ten steps',
  stepsHelp: 'Each step should feel about 3 or 4 out of 10: big enough to count, small enough to start.',
  step: (n: number) => `Step ${n}`,
  stepDifficulty: (n: number) => `How hard is step ${n}?`,
  removeStep: (n: number) => `Remove step ${n}`,
  addStep: 'Add a step',
  stepsCount: (written: number, complete: boolean) =>
    written < 7
      ? `${written} of at least 7 steps.`
      : complete
        ? `${written} steps. That is a ladder.`
        : `${written} steps: rate each one, and remove any empty row, to go on to day 3.`,
  nudge: {
    unrated: 'Rate it, to see whether it is the right size.',
    split: 'Feels big: could it be two steps?',
    bolder: 'Feels light: fold it into a neighbour, or make it a little bolder.',
    right: 'Just right.',
  } satisfies Record<StepNudge, string>,

  day3: 'Day 3: split the first step',
  firstStep: (text: string) => `Your first step: “${text}”. Split it into three micro-actions you can each do in under 10 minutes.`,
  /** Step 1's micro-actions go by their number alone; a later step's also name the step, as both can be on the page. */
  micro: (n: number, step = 1) => (step === 1 ? `Micro-action ${n}` : `Step ${step}, micro-action ${n}`),
  microMinutes: (n: number, minutes: number) => `micro-action ${n}, ${minutes} min`,
  minutes: (n: number, step = 1) => `Minutes for ${goalText.micro(n, step).toLocaleLowerCase()} (under 10)`,
  minutesProblem: 'Use whole minutes from 1 to 9: if it takes longer, split it again.',
  tooHard: 'If one still feels hard, break it down further. It works best when each feels almost too easy.',

  days4to6: 'Days 4 to 6: one micro-action a day',
  actHelp: 'One a day. Tick it when it is done and say, in a few words, what you actually did: it is logged as a win in those words.',
  /** Shown under its micro-action; the part in brackets is for screen readers, which hear each field apart from its row. */
  didWhat: 'What did you do?',
  noteOf: (n: number, step = 1) => `(${goalText.micro(n, step).toLocaleLowerCase()})`,
  doneCount: (n: number) => `${n} of 3 done.`,
  confidenceNow: (step: number) =>
    `${step === 1 ? 'Two done' : `Step ${step}, two done`}. How sure are you now that you can reach the goal? (1 not at all, 10 completely)`,
  confidenceSince: (before: number) => `On day 1 you said ${before}.`,
  feelsNow: (n: number) => `Three done. How hard does step ${n} feel now? (1 easy, 10 very hard)`,
  feelsSince: (before: number, now: number) =>
    now < before
      ? `Less daunting than before: ${before} when you wrote it down, ${now} now.`
      : `You rated it ${before} when you wrote it down, ${now} now. If it still feels big, split what is left of it further.`,
  logged: 'Done, and logged as a win.',
  unlogged: 'Taken back, and its win removed.',
  uncheckedKeptWin: 'Taken back. Its win stays in your journal, since you edited it.',

  day7: 'Day 7: look back',
  /** Before the look back, around the value in bold. */
  servesBefore: 'This goal serves',
  servesAfter: 'Keep that in mind as you look back.',
  reflection: 'What did this week show you about what you can do?',
  reflectionHelp: 'Write down the evidence: what you did, and what it says about you taking on the whole goal.',
  confidenceAfter: 'How sure are you now that you can do it? (1 not at all, 10 completely)',
  finish: 'Close the week',
  finished: 'Week complete. Step 2 is below, whenever you are ready.',
  finishedAll: 'Week complete.',

  climbHeading: (n: number) => `Step ${n}: three micro-actions, one a day`,
  climbHelp: (text: string) => `Next on your ladder: “${text}”. Split it into three micro-actions of under 10 minutes, then do one a day.`,
  climbing: (n: number) => `Step ${n}`,
  splitNext: 'Split it into three micro-actions',
  topReached: 'Every step on your ladder is climbed. Look how far you came from day 1.',
  topStage: 'Ladder climbed',
  confidenceChange: (before: number, after: number) =>
    after > before ? `Your confidence went from ${before} to ${after} out of 10.` : `Your confidence: ${before} on day 1, ${after} now.`,
  /** The line a finished week or step folds into; it opens again with a click or Enter. */
  foldWeek: 'Week 1 done',
  foldWeekStep: (actions: number) => `Step 1 climbed in ${goalText.actionCount(actions)}`,
  foldStep: (n: number, text: string) => (text ? `Step ${n} climbed: “${text}”` : `Step ${n} climbed`),
  actionCount: (n: number) => (n === 1 ? '1 micro-action' : `${n} micro-actions`),
  confidenceFigure: 'confidence',
  difficultyFigure: 'difficulty',
  /** Read out in place of the arrow. */
  fromTo: (before: number, after: number) => `from ${before} to ${after}`,
  onDay1: (before: number) => `${before} on day 1`,
  onDay7: (after: number) => `${after} on day 7`,
  feelsNowFigure: (after: number) => `${after} now`,
  comesNext: 'Comes next',
  remove: 'Delete this goal',
  confirmRemove: 'Delete this goal? The wins it logged stay in your journal.',
  yesRemove: 'Yes, delete',
  keep: 'Keep it',
  removed: 'Goal deleted.',
  saveProblem: 'This could not be saved:',
} as const;
