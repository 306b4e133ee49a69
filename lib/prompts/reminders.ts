// Reminders that are not about a calendar event: the confidence check (a
// baseline, the same ratings again about four weeks later, then at the
// user's interval), and each day of a goal ladder under way. Pure: the engine
// gives them what is stored and the time, shows the ones due (each once, as
// it does prompts) and sets a wake-up for the next.
import { actionsDone, dayOf, PROTOCOL_DAYS, stageOf, STAGES, type Goal, type Stage } from '../goals/model';
import { DISCREET_WORDS, type PromptWords } from './words';

export const SELF_CHECK_REMINDER = 'selfcheck';
export const GOAL_REMINDER = 'goal:';

export interface Reminder {
  /** The reminder and its due time: shown once per id ("selfcheck@<due>", "goal:<goal id>@<day>"). */
  id: string;
  /** Its wake-up alarm: one per thing reminded of. */
  alarm: string;
  at: number;
  words: PromptWords;
}

const DAY = 24 * 3_600_000;
/** A goal's reminder missed while the browser was closed still makes sense later that day, not the next. */
const GOAL_REMINDER_STALE_MS = 12 * 3_600_000;

/** A baseline skipped on the welcome page is asked for on day 2, still within the plan's first two days. */
export const BASELINE_AFTER_DAYS = 1;
/** The second check comes 25 days after the baseline: day 26 or 27 of the plan, when it asks for the same ratings again. */
export const RERATE_AFTER_DAYS = 25;

const SELF_CHECK_WORDS = {
  baseline: {
    title: 'Where are you starting from?',
    message: 'Four quick ratings of your confidence today, to look back on later.',
  },
  rerate: {
    title: 'Four weeks in: the same four ratings again?',
    message: 'Rate them once more and see how they compare with where you started.',
  },
  regular: {
    title: 'A minute for your confidence check?',
    message: 'Four quick ratings, to see how your sense of what you can do is changing.',
  },
} satisfies Record<string, PromptWords>;

export interface SelfChecksTaken {
  /** How many checks there are, counted up to 2 (no more is needed). */
  count: number;
  /** When the newest was taken. */
  last: number | undefined;
}

/**
 * The next confidence check. The first is the baseline: a day after Primed
 * started, for one skipped on the welcome page. The second re-rates the same
 * questions 25 days after the baseline. From then on, `days` after the last.
 * None when the user turned them off.
 */
export function selfCheckReminder(days: number | null, taken: SelfChecksTaken, since: number): Reminder | undefined {
  if (days === null) return undefined;
  const [at, words] =
    taken.last === undefined || taken.count === 0
      ? [since + BASELINE_AFTER_DAYS * DAY, SELF_CHECK_WORDS.baseline]
      : taken.count === 1
        ? [taken.last + RERATE_AFTER_DAYS * DAY, SELF_CHECK_WORDS.rerate]
        : [taken.last + days * DAY, SELF_CHECK_WORDS.regular];
  return { id: `${SELF_CHECK_REMINDER}@${at}`, alarm: SELF_CHECK_REMINDER, at, words };
}

/** The moment of day `day` of a goal: the time of day it was written down, as the clock on the wall shows it. */
export function goalDayAt(goal: Goal, day: number): number {
  const at = new Date(goal.createdAt);
  at.setDate(at.getDate() + day - 1);
  return at.getTime();
}

/** Whether a day of the protocol still has its task to do: nobody is nudged to do what is done already. */
function behindOn(goal: Goal, day: number): boolean {
  const stage = STAGES.indexOf(stageOf(goal));
  const before = (s: Stage) => stage <= STAGES.indexOf(s);
  if (day === 2) return before('steps');
  if (day === 3) return before('micro');
  if (day < PROTOCOL_DAYS) return before('act') && actionsDone(goal) < day - 3;
  return before('reflect');
}

function goalWords(goal: Goal, day: number): PromptWords {
  const title = `Day ${day} of your goal ladder`;
  if (day === 2) return { title, message: 'Today: break your goal into seven to ten small steps.' };
  if (day === 3) return { title, message: 'Today: split the first step into three micro-actions of under ten minutes.' };
  if (day < PROTOCOL_DAYS) {
    const index = goal.microActions.findIndex((a) => a.doneAt === undefined && a.text.trim());
    const next = goal.microActions[index];
    if (!next) return { title, message: 'Today: one micro-action, then a few words on what you did.' };
    // What the ladder asks once it is done: the second brings a confidence rating, the third a fresh look at the step.
    const then = index === 1 ? 'then how sure you feel now' : index === 2 ? 'then how the first step feels now' : 'then a few words on what you did';
    return { title, message: `Today: one micro-action, “${next.text.trim()}”${next.minutes ? ` (${next.minutes} min)` : ''}, ${then}.` };
  }
  return { title, message: 'Today: look back on your week, and write down what it showed you.' };
}

/**
 * For each goal ladder under way, the reminder due now (days 2 to 7, at the
 * time of day it was begun, while that day's task is not done yet) and the
 * next one to wake for. Discreet notifications name no goal.
 */
export function goalReminders(goals: readonly Goal[], now: number, discreet: boolean): Reminder[] {
  return goals.flatMap((goal) => {
    // A goal never written down (a new one left empty) has nothing to remind of.
    if (!goal.title.trim() || stageOf(goal) === 'done' || dayOf(goal, now) > PROTOCOL_DAYS + 1) return [];
    const days = Array.from({ length: PROTOCOL_DAYS - 1 }, (_, i) => i + 2).filter((day) => behindOn(goal, day));
    const at = (day: number) => goalDayAt(goal, day);
    const due = days.filter((day) => at(day) <= now && at(day) > now - GOAL_REMINDER_STALE_MS).at(-1);
    const next = days.find((day) => at(day) > now);
    return [due, next].flatMap((day) =>
      day === undefined
        ? []
        : [{ id: `${GOAL_REMINDER}${goal.id}@${day}`, alarm: `${GOAL_REMINDER}${goal.id}`, at: at(day), words: discreet ? DISCREET_WORDS : goalWords(goal, day) }],
    );
  });
}
