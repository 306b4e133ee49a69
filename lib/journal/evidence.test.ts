import { describe, expect, it } from 'vitest';
import { newFlowEntry } from '../exercises/entry';
import { newWin } from '../wins/model';
import { newGoal } from '../goals/model';
import { evidenceOf, goalEvidenceOf, mergeEvidence, pickEvidence, summarize } from './evidence';
import type { JournalEntry } from './journal';

const hard = { ...newWin('Said no to the extra project', 3000), difficulty: 8 };
const easy = newWin('Booked the dentist', 2000);
const feedback = newFlowEntry('feedback', { outcome: 7, actions: 'Paused after the key number', capability: 'I can hold a room', nextTime: 'Pause again' }, 1000);
const stress = newFlowEntry('stress', { calm: 3, firstMove: 'Open with the numbers' }, 500);
const journal: JournalEntry[] = [hard, easy, feedback, stress];
const titles = (id: string) => ({ feedback: 'Learn from how it went', stress: 'Turn nerves into readiness' })[id] ?? id;

describe('the evidence bank', () => {
  it('gathers wins, what reflections showed, and exercises seen through, newest first', () => {
    expect(evidenceOf(journal, titles).map((i) => [i.kind, i.text])).toEqual([
      ['win', 'Said no to the extra project'],
      ['win', 'Booked the dentist'],
      ['capability', 'I can hold a room'],
      ['exercise', 'Learn from how it went'],
      ['exercise', 'Turn nerves into readiness'],
    ]);
    expect(summarize(evidenceOf(journal, titles))).toEqual({ wins: 2, hardWins: 1, capabilities: 1, exercises: 2 });
  });

  it('picks words the user wrote, hard-won ones and capabilities more often, never an exercise title', () => {
    const items = evidenceOf(journal, titles);
    const counts = new Map<string, number>();
    for (let i = 0; i < 70; i++) {
      const picked = pickEvidence(items, () => i / 70)!;
      counts.set(picked.text, (counts.get(picked.text) ?? 0) + 1);
    }
    expect(counts.get('Said no to the extra project')).toBe(30);
    expect(counts.get('I can hold a room')).toBe(30);
    expect(counts.get('Booked the dentist')).toBe(10);
    expect(pickEvidence(evidenceOf([stress], titles))).toBeUndefined();
  });

  it('counts a finished goal ladder’s reflection as proof of what the user can do', () => {
    const finished = { ...newGoal(100), title: 'Lead the retro', reflection: { text: '  I can start before I feel ready. ' }, finishedAt: 2500 };
    const unfinished = { ...newGoal(200), reflection: { text: 'half a thought' } };
    const blank = { ...newGoal(300), reflection: { text: '  ' }, finishedAt: 400 };
    const goals = goalEvidenceOf([finished, unfinished, blank]);
    expect(goals).toEqual([{ id: `${finished.id}-reflection`, kind: 'capability', text: 'I can start before I feel ready.', createdAt: 2500 }]);
    expect(mergeEvidence(evidenceOf(journal, titles), goals).map((i) => i.text).slice(0, 3)).toEqual([
      'Said no to the extra project',
      'I can start before I feel ready.',
      'Booked the dentist',
    ]);
  });

  it('never offers words that read like a crisis as evidence, nor picks them for the popup', () => {
    const cry = { ...newWin("Got through the day but no one would miss me", 4000), difficulty: 9 };
    const dark = newFlowEntry('feedback', { outcome: 2, capability: 'Life isn’t worth living', nextTime: 'Ask for help' }, 3500);
    const items = evidenceOf([cry, dark, ...journal], titles);
    expect(items.map((i) => i.text)).not.toContain(cry.text);
    expect(items.map((i) => i.text)).not.toContain('Life isn’t worth living');
    // The exercise itself still counts as seen through: its title is not the user's words.
    expect(items.filter((i) => i.kind === 'exercise')).toHaveLength(3);
    expect(summarize(items)).toEqual({ wins: 2, hardWins: 1, capabilities: 1, exercises: 3 });
    for (let i = 0; i < 20; i++) expect(pickEvidence(items, () => i / 20)?.text).not.toBe(cry.text);
    expect(pickEvidence(evidenceOf([cry], titles))).toBeUndefined();

    const goal = { ...newGoal(100), reflection: { text: 'I should just die' }, finishedAt: 2500 };
    expect(goalEvidenceOf([goal])).toEqual([]);
  });

  it('still offers a win that only sounds dramatic', () => {
    const idiom = newWin('This deadline is killing me but I shipped it', 4000);
    expect(evidenceOf([idiom], titles).map((i) => i.text)).toEqual([idiom.text]);
  });
});
