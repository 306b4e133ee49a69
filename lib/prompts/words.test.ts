import { describe, expect, it } from 'vitest';
import { DISCREET_WORDS, promptWords, timeLeft, type WordsInput } from './words';

const MIN = 60_000;
const NOW = Date.parse('2026-11-23T09:00:00Z');
const base: WordsInput = { type: 'ready', eventTitle: 'Design review', eventStart: NOW + 23 * MIN, kind: 'review', late: false, discreet: false, now: NOW };

describe('prompt words', () => {
  it('gives the time left when it names the event', () => {
    expect(promptWords(base).title).toBe('Design review starts in 23 minutes');
    expect(promptWords({ ...base, eventStart: NOW + 40_000 }).title).toBe('Design review starts in 1 minute');
    expect(timeLeft(NOW + 2 * 3_600_000, NOW)).toMatch(/^at /);
  });

  it('fits the words to a short time left', () => {
    expect(promptWords({ ...base, eventStart: NOW + 2 * MIN }).message).toBe('Nerves are energy for this. One minute is enough to put them to work.');
  });

  it('invites the get-ready exercise as putting the nerves to work, never as calming down', () => {
    for (const input of [base, { ...base, eventStart: NOW + 2 * MIN }, { ...base, late: true }]) {
      const { message } = promptWords(input);
      expect(message).toMatch(/put (them|those nerves) to work/);
      expect(message).not.toMatch(/calm|settle|relax|breath/i);
    }
  });

  it('apologises only when late', () => {
    for (const type of ['affirm', 'ready', 'feedback'] as const) {
      expect(promptWords({ ...base, type }).message).not.toMatch(/sorry|later than planned/i);
      expect(promptWords({ ...base, type, late: true }).message).toMatch(/later than planned, sorry/i);
    }
  });

  it('never names the event in the values reflection, nor frames it as preparation', () => {
    const words = JSON.stringify([promptWords({ ...base, type: 'affirm' }), promptWords({ ...base, type: 'affirm', late: true })]);
    expect(words).not.toMatch(/Design review|prepar|perform|ready/i);
  });

  it('the day before, says what the chosen exercise is, and apologises only when late', () => {
    const dayBefore = { ...base, type: 'rehearse' as const, eventTitle: 'Panel interview' };
    expect(promptWords(dayBefore).title).toBe('A dry run for Panel interview');
    expect(promptWords({ ...dayBefore, flowId: 'reach-out' }).title).toBe('A hand with Panel interview');
    expect(promptWords({ ...dayBefore, flowId: 'role-model' }).message).toMatch(/someone like you/);
    expect(promptWords({ ...dayBefore, flowId: 'problem-solving' }).message).not.toMatch(/sorry/);
    expect(promptWords({ ...dayBefore, flowId: 'problem-solving', late: true }).message).toMatch(/^Later than planned, sorry\. Turn one/);
    expect(promptWords({ ...dayBefore, flowId: 'reach-out', discreet: true }).title).toBe('Primed');
  });

  it('the day before an event with a prep plan, names the plan’s last step, and apologises only when late', () => {
    const dayBefore = { type: 'rehearse', eventTitle: 'Panel interview', eventStart: NOW + 20 * 60 * 60_000, kind: 'interview', late: false, discreet: false, now: NOW, opens: 'prep-plan' } as const;
    expect(promptWords(dayBefore)).toEqual({ title: 'A dry run for Panel interview', message: 'The last step of your prep plan: walk through it in your head, step by step.' });
    expect(promptWords({ ...dayBefore, late: true }).message).toMatch(/^Later than planned, sorry\. .*prep plan/);
    expect(promptWords({ ...dayBefore, discreet: true })).toEqual(DISCREET_WORDS);
  });

  it('says nothing about the event when discreet', () => {
    expect(JSON.stringify(promptWords({ ...base, discreet: true }))).not.toContain('Design review');
  });
});
