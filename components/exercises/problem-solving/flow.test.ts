import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { listItems, missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { MIN_OPTIONS, problemSolvingFlow } from './index';

const done = {
  worry: 'What if the demo breaks?',
  problem: 'The laptop loses the projector in the first five minutes',
  options: 'Bring a second laptop\nRecord a backup video\n\nAsk IT to test the room\nDo it on paper',
  weighing: 'Backup video: safe, a bit stiff, doable tonight',
  choice: 'Record a backup video',
  step1: 'Write the script, by Monday',
  step2: 'Record it, by Tuesday evening',
  step3: 'Put it on a USB stick, by Wednesday',
};

describe('five-step problem solving', () => {
  it('goes from the worry to a specific problem, options, weighing and a dated plan', () => {
    expect(stepsOf(problemSolvingFlow).map((s) => s.id)).toEqual(['readiness-before', 'define', 'options', 'weigh', 'plan', 'after', 'readiness-after']);
  });

  it(`needs at least ${MIN_OPTIONS} options, one a line, blank lines not counted`, () => {
    const options = stepsOf(problemSolvingFlow)[2]!;
    expect(missingAnswers(options, { options: 'One\n\n  \nTwo' })).toEqual([`Your options, one a line (at least ${MIN_OPTIONS})`]);
    expect(missingAnswers(options, { options: 'One\nTwo\nThree' })).toEqual([]);
    expect(listItems(done.options)).toHaveLength(4);
    expect(problemSolvingFlow.result.safeParse({ ...done, options: 'One\n\nTwo' }).success).toBe(false);
    expect(problemSolvingFlow.result.safeParse(done).success).toBe(true);
  });

  it('asks for three first steps, each with when it will be done', () => {
    const plan = stepsOf(problemSolvingFlow)[4]!;
    expect(missingAnswers(plan, {})).toEqual(['Which option will you go with?', 'First step, and by when', 'Second step, and by when', 'Third step, and by when']);
  });

  it('says the plan back in the user’s words', () => {
    expect(finishText(problemSolvingFlow, done, { crisis: false })[0]).toBe('Your plan: “Record a backup video”. First step: “Write the script, by Monday”.');
  });
});
