import { describe, expect, it } from 'vitest';
import { actionsOf, checkOff, newGoal, withActions, type Goal } from '../goals/model';
import { goalDayAt, goalReminders, programReminders, selfCheckReminder, supportersReminders } from './reminders';
import { markDone, pause, setReminder, start } from '../program/progress';
import { NOT_STARTED } from '../program/state';

// The tests run in Europe/Berlin (see vitest.config.ts).
const at = (iso: string) => new Date(iso).getTime();
const MIN = 60_000;
// Begun on a Thursday evening; the clocks go back on Sunday 25 October.
const begun = at('2026-10-22T19:30:00+02:00');

function goalAt(stage: 'goal' | 'steps' | 'micro' | 'act', done = 0): Goal {
  const goal: Goal = { ...newGoal(begun), id: 'g1' };
  if (stage === 'goal') return goal;
  const titled = { ...goal, title: 'Give the team update without notes by Friday', difficulty: 6 };
  if (stage === 'steps') return titled;
  const stepped = { ...titled, steps: Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, text: `Step ${i + 1}`, difficulty: 3 })) };
  if (stage === 'micro') return stepped;
  return {
    ...stepped,
    microActions: [0, 1, 2].map((i) => ({ id: `a${i}`, text: `Tiny thing ${i + 1}`, minutes: 5, ...(i < done ? { doneAt: begun + 86_400_000 * (i + 3) } : {}) })),
  };
}

describe('the confidence check reminder', () => {
  const DAY = 86_400_000;
  it('asks for a baseline on day 2 when none was taken on the welcome page', () => {
    const r = selfCheckReminder(30, { count: 0, last: undefined }, begun);
    expect(r).toMatchObject({ id: `selfcheck@${begun + DAY}`, alarm: 'selfcheck', at: begun + DAY });
    expect(r?.words.title).toBe('Where are you starting from?');
  });

  it('asks for the same ratings again 25 days after the baseline: day 26 or 27 of the plan, whatever the interval chosen', () => {
    for (const days of [7, 30, 90]) {
      const r = selfCheckReminder(days, { count: 1, last: begun }, begun);
      expect(r?.at).toBe(begun + 25 * DAY);
      expect(r?.words.title).toBe('Four weeks in: the same four ratings again?');
    }
    // A baseline taken on day 2 is re-rated on day 27.
    const day2 = begun + DAY;
    expect(Math.round((selfCheckReminder(30, { count: 1, last: day2 }, begun)!.at - begun) / DAY) + 1).toBe(27);
  });

  it('then comes the chosen number of days after the last check', () => {
    expect(selfCheckReminder(30, { count: 2, last: begun + 5 }, 0)).toMatchObject({ at: begun + 5 + 30 * DAY, words: { title: 'A minute for your confidence check?' } });
    expect(selfCheckReminder(7, { count: 2, last: begun + 5 }, 0)?.at).toBe(begun + 5 + 7 * DAY);
  });

  it('never comes when turned off, baseline and re-rating included', () => {
    expect(selfCheckReminder(null, { count: 0, last: undefined }, begun)).toBeUndefined();
    expect(selfCheckReminder(null, { count: 1, last: begun }, begun)).toBeUndefined();
  });
});

describe('goal ladder reminders', () => {
  it('come at the time of day the goal was begun, by the wall clock across a clock change', () => {
    const goal = goalAt('goal');
    expect(new Date(goalDayAt(goal, 2)).toString()).toMatch(/Fri Oct 23 2026 19:30:00 GMT\+0200/);
    expect(new Date(goalDayAt(goal, 4)).toString()).toMatch(/Sun Oct 25 2026 19:30:00 GMT\+0100/);
  });

  it('on day 1, only the next one is planned: day 2, with what to do', () => {
    const [next, ...rest] = goalReminders([goalAt('steps')], begun + MIN, false);
    expect(rest).toEqual([]);
    expect(next).toMatchObject({
      id: 'goal:g1@2',
      alarm: 'goal:g1',
      at: goalDayAt(goalAt('steps'), 2),
      words: { title: 'Day 2 of your goal ladder', message: 'Today: break your goal into seven to ten small steps.' },
    });
  });

  it('is due at its time, and for twelve hours after (a browser opened later that day)', () => {
    const goal = goalAt('micro');
    const day3 = goalDayAt(goal, 3);
    expect(goalReminders([goal], day3, false).map((r) => r.id)).toEqual(['goal:g1@3', 'goal:g1@4']);
    expect(goalReminders([goal], day3 + 11 * 60 * MIN, false)[0]?.id).toBe('goal:g1@3');
    expect(goalReminders([goal], day3 + 13 * 60 * MIN, false).map((r) => r.id)).toEqual(['goal:g1@4']);
  });

  it('skips a day whose task is done already, and names the next micro-action', () => {
    const ahead = goalAt('act', 1);
    // Micro-actions ready and one done: no nudge for days 2, 3 or 4.
    const reminders = goalReminders([ahead], begun + MIN, false);
    expect(reminders.map((r) => r.id)).toEqual(['goal:g1@5']);
    expect(reminders[0]!.words.message).toBe('Today: one micro-action, “Tiny thing 2” (5 min), then how sure you feel now.');
    expect(goalReminders([goalAt('act', 3)], begun + MIN, false)[0]?.words.message).toBe('Today: look back on your week, and write down what it showed you.');
  });

  it('on days 4 to 6, asks for what the protocol asks after each micro-action: what was done, confidence, how the step feels', () => {
    const message = (done: number) => goalReminders([goalAt('act', done)], begun + MIN, false)[0]?.words.message;
    expect(message(0)).toBe('Today: one micro-action, “Tiny thing 1” (5 min), then a few words on what you did.');
    expect(message(1)).toBe('Today: one micro-action, “Tiny thing 2” (5 min), then how sure you feel now.');
    expect(message(2)).toBe('Today: one micro-action, “Tiny thing 3” (5 min), then how the first step feels now.');
  });

  it('says nothing of a goal never written down, but does of one written and not yet rated', () => {
    expect(goalReminders([goalAt('goal')], begun + 86_400_000, false)).toEqual([]);
    expect(goalReminders([{ ...goalAt('goal'), title: 'Speak first at Monday standup' }], begun + MIN, false).map((r) => r.id)).toEqual(['goal:g1@2']);
  });

  it('stops when the week is closed or long past, and names nothing when discreet', () => {
    const closed = { ...goalAt('act', 3), reflection: { text: 'I can.' }, finishedAt: begun + 6 * 86_400_000 };
    expect(goalReminders([closed], begun + MIN, false)).toEqual([]);
    expect(goalReminders([goalAt('steps')], begun + 9 * 86_400_000, false)).toEqual([]);
    expect(goalReminders([goalAt('steps')], begun + MIN, true)[0]?.words).toEqual({ title: 'Primed', message: 'Something is waiting for you in Primed.' });
  });
});

describe('goal ladder reminders after the week', () => {
  const DAY = 86_400_000;
  // The week closed on day 7, an hour after the reminder time.
  const closed = (): Goal => {
    const week = goalAt('act', 3);
    return { ...week, reflection: { text: 'I can.' }, finishedAt: goalDayAt(week, 7) + 60 * MIN };
  };
  const split = (goal: Goal) => withActions(goal, 1, [0, 1, 2].map((i) => ({ id: `b${i}`, text: `Next thing ${i + 1}`, minutes: 4 })));

  it('go on with step 2: on day 8, split it', () => {
    const goal = closed();
    const [next, ...rest] = goalReminders([goal], goal.finishedAt! + MIN, false);
    expect(rest).toEqual([]);
    expect(next).toMatchObject({
      id: 'goal:g1@8',
      at: goalDayAt(goal, 8),
      words: { title: 'Step 2 of your goal ladder', message: 'Today: split the step into three micro-actions of under ten minutes.' },
    });
  });

  it('then one micro-action a day, naming it, and skip a day that already saw one', () => {
    const goal = split(closed());
    expect(goalReminders([goal], goalDayAt(goal, 8), false)[0]?.words.message).toBe('Today: one micro-action, “Next thing 1” (4 min), then a few words on what you did.');
    // One done on the morning of day 9: no reminder that evening; the next is day 10, for the second.
    const done = checkOff(goal, actionsOf(goal, 1)[0]!.id, goalDayAt(goal, 9) - 9 * 60 * MIN).goal;
    const after = goalReminders([done], goalDayAt(goal, 9) - 8 * 60 * MIN, false);
    expect(after.map((r) => r.id)).toEqual(['goal:g1@10']);
    expect(after[0]!.words.message).toBe('Today: one micro-action, “Next thing 2” (4 min), then how sure you feel now.');
  });

  it('go quiet a week after the last progress, and stop at the top of the ladder', () => {
    const goal = closed();
    expect(goalReminders([goal], goalDayAt(goal, 14) + MIN, false).map((r) => r.id)).toEqual(['goal:g1@14']);
    expect(goalReminders([goal], goalDayAt(goal, 14) + 11 * 60 * MIN, false).map((r) => r.id)).toEqual(['goal:g1@14']);
    expect(goalReminders([goal], goalDayAt(goal, 15) + 13 * 60 * MIN, false)).toEqual([]);
    const top: Goal = { ...goal, steps: goal.steps.map((s, i) => (i === 0 ? s : { ...s, microActions: [0, 1, 2].map((j) => ({ id: `c${i}${j}`, text: 'x', minutes: 1, doneAt: goal.finishedAt! + DAY })) })) };
    expect(goalReminders([top], goalDayAt(goal, 9), false)).toEqual([]);
  });
});

describe('the weekly check-in with a supporter', () => {
  const WEEK = 7 * 86_400_000;
  it('is off unless turned on', () => {
    expect(supportersReminders(false, undefined, begun, begun + 3 * WEEK)).toEqual([]);
  });

  it('comes a week after Primed started when the user never reached out, then weekly on the same beat', () => {
    expect(supportersReminders(true, undefined, begun, begun + MIN).map((r) => r.at)).toEqual([begun + WEEK]);
    const [due, next] = supportersReminders(true, undefined, begun, begun + 2 * WEEK + 3 * MIN);
    expect(due).toMatchObject({ id: `supporters@${begun + 2 * WEEK}`, alarm: 'supporters', at: begun + 2 * WEEK });
    expect(next?.at).toBe(begun + 3 * WEEK);
    expect(due?.words.title).toBe('Time to check in with someone?');
  });

  it('counts its week from the last time the user reached out', () => {
    const reached = begun + 10 * WEEK + 5 * MIN;
    expect(supportersReminders(true, reached, begun, reached + MIN).map((r) => r.at)).toEqual([reached + WEEK]);
  });
});

describe('the 30-day program’s daily reminder', () => {
  const DAY = 86_400_000;
  const zone = { timeZone: 'Europe/Berlin', discreet: false, capReached: false };
  // Joined on a Friday morning; the reminder is at 18:30 wall-clock time.
  const joined = at('2026-10-23T08:00:00+02:00');
  const program = setReminder(start(NOT_STARTED, joined), '18:30', joined);

  it('comes at the chosen time each day, naming the task still open', () => {
    const [next] = programReminders(program, joined + 60 * MIN, zone);
    expect(next).toMatchObject({ id: `program@${at('2026-10-23T18:30:00+02:00')}`, alarm: 'program', at: at('2026-10-23T18:30:00+02:00') });
    expect(next?.words).toEqual({ title: 'Day 1 of your 30 days', message: expect.stringMatching(/confidence check/) });
    // Across the clocks going back, still 18:30 on the wall.
    const sunday = programReminders(program, at('2026-10-25T12:00:00+01:00'), zone);
    expect(sunday.map((r) => r.at)).toEqual([at('2026-10-25T18:30:00+01:00')]);
  });

  it('is due now when its time has passed within the day, with the next one tomorrow', () => {
    const now = at('2026-10-24T20:00:00+02:00');
    expect(programReminders(program, now, zone).map((r) => r.at)).toEqual([at('2026-10-24T18:30:00+02:00'), at('2026-10-25T18:30:00+01:00')]);
    // Half a day late, it no longer makes sense: only the next one.
    expect(programReminders(program, at('2026-10-25T07:00:00+01:00'), zone).map((r) => r.at)).toEqual([at('2026-10-25T18:30:00+01:00')]);
  });

  it('skips a day on which a task was already done', () => {
    const done = markDone(program, 1, at('2026-10-24T09:00:00+02:00'));
    const [next] = programReminders(done, at('2026-10-24T10:00:00+02:00'), zone);
    expect(next?.at).toBe(at('2026-10-25T18:30:00+01:00'));
    expect(next?.words.title).toBe('Day 2 of your 30 days');
  });

  it('waits when the day’s prompts reached the cap, and names nothing when discreet', () => {
    const now = at('2026-10-24T19:00:00+02:00');
    expect(programReminders(program, now, { ...zone, capReached: true }).map((r) => r.at)).toEqual([at('2026-10-25T18:30:00+01:00')]);
    expect(programReminders(program, now, { ...zone, discreet: true })[0]?.words.message).not.toMatch(/confidence/);
  });

  it('is silent before joining, while paused, with the reminder off, and once all thirty are done', () => {
    const now = joined + 3 * DAY;
    expect(programReminders(NOT_STARTED, now, zone)).toEqual([]);
    expect(programReminders(pause(program, joined + DAY), now, zone)).toEqual([]);
    expect(programReminders(setReminder(program, null, joined), now, zone)).toEqual([]);
    let finished = program;
    for (let day = 1; day <= 30; day++) finished = markDone(finished, day, joined + day * 60_000);
    expect(programReminders(finished, now, zone)).toEqual([]);
  });
});
