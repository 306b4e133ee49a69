// Every word the prep plan page shows, in one place.
import type { PrepStepId } from '@/lib/prep/plan';

export const prepText = {
  pageTitle: 'Prep plan · Primed',
  heading: 'Your prep plan',
  loading: 'Getting your plan…',
  notFound: 'This event is no longer in your calendar or moments, so there is nothing to plan for. Open the popup to pick another one.',
  intro: 'Four short rehearsals, each a little closer to the real thing. Tick one off when you have done it: it goes into your wins.',
  progress: (done: number, all: number) => `${done} of ${all} done`,
  when: (start: number) => new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(start),
  today: 'Today',
  tomorrow: 'Tomorrow',
  earlier: 'Any time now',
  // A stored day counts days since 1970-01-01 in local dates; read at UTC midnight, it formats as that date.
  day: (day: number) => new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(day * 86_400_000),
  steps: {
    aloud: { title: 'Say your answer out loud once', why: 'Pick the question you dread most and answer it aloud, start to finish. Hearing it once makes it yours.' },
    record: { title: 'Record yourself and watch it', why: 'A phone is enough. Watch it back once and note one thing that worked and one to change.' },
    mock: { title: 'Do a mock run with a supporter', why: 'Ask someone you trust to play the other side for ten minutes, then ask them what to keep.' },
    mental: { title: 'Rehearse it in your head, step by step', why: 'Walk through arriving, the opening, the hard part and the close, with a plan for what might go wrong.' },
  } satisfies Record<PrepStepId, { title: string; why: string }>,
  stepDone: 'Done',
  stepNotDone: 'Not this time',
  startRehearsal: 'Start the rehearsal',
  logged: 'Done, and saved as a win.',
  unlogged: 'Taken back.',
  stepsLabel: 'Steps of the plan',
  toJournal: 'Open your journal',
};
