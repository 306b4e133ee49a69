import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { roleModelFlow } from './index';

const done = { person: 'Priya from the last cohort', likeMe: 'She was new and nervous too', whatTheyDid: 'Practised the opening out loud', borrow: 'Three points on a card' };

describe('someone like me who did this', () => {
  it('asks for a peer, how they are alike, their process, and one thing to borrow', () => {
    expect(stepsOf(roleModelFlow).map((s) => s.id)).toEqual(['readiness-before', 'who', 'process', 'borrow', 'readiness-after']);
    const [, who, process, borrow] = stepsOf(roleModelFlow);
    expect(missingAnswers(who!, {})).toEqual(['Who got through a moment like yours?', 'How are they like you?']);
    expect(missingAnswers(process!, {})).toEqual(['What did they do?']);
    expect(missingAnswers(borrow!, {})).toEqual(['One thing you will borrow from them']);
  });

  it('looks for a peer and their process, not an expert or a result', () => {
    const words = JSON.stringify(roleModelFlow.steps);
    expect(words).toMatch(/Not a star or an expert/);
    expect(words).toMatch(/not only how it ended/);
  });

  it('stores what is needed, and says back what the user borrows', () => {
    expect(roleModelFlow.result.safeParse(done).success).toBe(true);
    expect(roleModelFlow.result.safeParse({ ...done, borrow: '' }).success).toBe(false);
    expect(finishText(roleModelFlow, done, { crisis: false })[0]).toBe('From “Priya from the last cohort”, you are borrowing “Three points on a card”. If they could, so can you.');
  });
});
