import { describe, expect, it } from 'vitest';
import { isTraitPraise, praiseToQuestion, taskQuestions } from './feedback-questions';

describe('task-focused questions', () => {
  it('ask about the part of the work the user names', () => {
    expect(taskQuestions('my opening')).toEqual([
      'What specifically worked in my opening?',
      'What is one thing I could do differently in my opening next time?',
      'Which moment in my opening landed best for you, and why?',
    ]);
    expect(taskQuestions('  the demo. ')[0]).toBe('What specifically worked in the demo?');
  });

  it.each([
    ["You're a natural presenter", true],
    ['You are so talented', true],
    ['Such a genius move', true],
    ['The chart on slide 3 made the trend obvious', false],
    ['Good pacing in the second half', false],
    ['Great job!', true],
    ['Good job today.', true],
    ['Well done', true],
    ['So proud of you', true],
    ['I am really proud of you!', true],
    ["You're a rockstar", true],
    ['you are the best', true],
    ['You should be proud', true],
    ['You killed it', true],
    ['What a natural!', true],
    ['Born to do this', true],
    ['Kudos!', true],
    ['Great job on the budget slide: the comparison was clear', false],
    ['The demo recovered well after the crash', false],
    ['You answered the pricing question with real numbers', false],
    ['Nice work on the Q&A timing, you left ten minutes', false],
    ['The team is proud of the launch', false],
    ['Your opening story made the problem concrete', false],
  ])('tells trait praise from task praise: %j', (praise, trait) => {
    expect(isTraitPraise(praise)).toBe(trait);
  });

  it('turns praise into a question about the task', () => {
    expect(praiseToQuestion("You're a natural", 'the pitch')).toBe(
      'Thank you, that means a lot. What did I do in the pitch that made it work for you?',
    );
  });
});
