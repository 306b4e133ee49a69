// The 30-day program as data: one small task a day, in the order of the
// seed's quick-start plan. Week 1 sets a baseline and starts a goal ladder,
// week 2 works on thoughts, week 3 on people, week 4 looks back and plans
// ahead. A task either names an exercise (done when that exercise is
// finished), points to a page where the work happens, or is a plain action
// the user ticks by hand. Week 1's goal-ladder tasks also tick themselves
// when the ladder shows them done.
import { FLOW_IDS, type FlowId } from '../exercises/ids';

export const PROGRAM_DAYS = 30;

/** Where a task's work happens, when it is not an exercise: the goals page or the supporters list. */
type TaskPlace = 'goals' | 'supporters';

/**
 * What the user's goal ladder shows once a week-1 task is done: a ladder
 * started, its first step split, or this many micro-actions checked off.
 * Such a task ticks itself from the ladder (lib/program/ladder.ts).
 */
export type LadderSign = { kind: 'started' } | { kind: 'split' } | { kind: 'acted'; count: number };

type Task = { kind: 'flow'; flowId: FlowId; text: string } | { kind: 'action'; text: string; place?: TaskPlace; ladder?: LadderSign };

export type ProgramTask = Task & { day: number };

const flow = (flowId: FlowId, text: string): Task => ({ kind: 'flow', flowId, text });
const act = (text: string, place?: TaskPlace): Task => (place ? { kind: 'action', text, place } : { kind: 'action', text });
const onLadder = (text: string, ladder: LadderSign): Task => ({ kind: 'action', text, place: 'goals', ladder });

// Repeated thought records in week 2 are deliberate: the seed asks for one a
// day, and a skill of catching thoughts comes from doing it often, briefly.
const TASKS: readonly Task[] = [
  // Week 1: where you start, and a goal broken small.
  flow(FLOW_IDS.selfCheck, 'Take the confidence check: four quick ratings of where you are starting from.'),
  act('Pick one goal that matters to you and that feels a little out of reach.'),
  onLadder('Start a goal ladder: write the goal, then seven to ten small steps towards it.', { kind: 'started' }),
  onLadder('Split the first step into three micro-actions of under ten minutes each.', { kind: 'split' }),
  onLadder('Do your first micro-action, and write a line on what it shows you.', { kind: 'acted', count: 1 }),
  onLadder('Do the second micro-action, and note how sure you feel now.', { kind: 'acted', count: 2 }),
  onLadder('Do the third micro-action. Three small proofs in one week.', { kind: 'acted', count: 3 }),
  // Week 2: thoughts, values, and nerves used as fuel.
  flow(FLOW_IDS.reframe, 'Catch one worrying thought and write a fairer one beside it.'),
  flow(FLOW_IDS.reframe, 'One more thought record: a worry from today, looked at twice.'),
  flow(FLOW_IDS.affirmation, 'Give fifteen quiet minutes to what matters most to you.'),
  flow(FLOW_IDS.reframe, 'A short thought record on whatever is nagging at you today.'),
  flow(FLOW_IDS.reframe, 'Reframe one more thought. Notice if it comes more easily now.'),
  act('Look back on this week: has the way you talk to yourself shifted, even a little?'),
  flow(FLOW_IDS.stress, 'Before something that makes you a bit nervous, turn the nerves into readiness.'),
  // Week 3: other people.
  flow(FLOW_IDS.roleModel, 'Think of someone like you who managed a moment like yours.'),
  act('Watch how someone you admire works: their process and their stumbles, not only the results. Note one habit.'),
  act('Add two people you trust to your supporters.', 'supporters'),
  flow(FLOW_IDS.reachOut, 'Tell one supporter about your goal and ask them to check in with you weekly.'),
  flow(FLOW_IDS.reachOut, 'Ask a second supporter to check in weekly, and say what kind of help suits you.'),
  act('Move for ten minutes, a walk is plenty, and note how long you went.'),
  act('Move again today, at your own pace. Any amount counts.'),
  // Week 4: a current challenge, a look back, and what comes next.
  flow(FLOW_IDS.problemSolving, 'Pick a challenge you face right now and work it through in five steps.'),
  act('Take the first step of the plan you chose.'),
  act('See how the plan is going, and change one thing if it needs it.'),
  flow(FLOW_IDS.selfCheck, 'Take the confidence check again: the same four questions as on day 1.'),
  act('Compare your ratings with where you started. Small rises count.'),
  act('Which practices helped most this month? Note two or three.'),
  act('Choose the two or three practices you will keep, and when each week you will do them.'),
  act('Set one goal for next month that builds on this one.', 'goals'),
  act('Write down how you will know it is working. Then enjoy it: thirty days done.'),
];

export const PROGRAM: readonly ProgramTask[] = TASKS.map((task, i) => ({ ...task, day: i + 1 }));

/** The task of day `day` (1 to 30). */
export function taskOf(day: number): ProgramTask | undefined {
  return PROGRAM[day - 1];
}

/** The week a day falls in, 1 to 4 (days 29 and 30 close week 4). */
export function weekOf(day: number): number {
  return Math.min(4, Math.ceil(day / 7));
}
