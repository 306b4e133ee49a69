import { describe, expect, it } from 'vitest';
import { newFlowEntry } from '../exercises/entry';
import { newWin } from '../wins/model';
import { filterJournal, kindOf, wordsOf, type JournalEntry } from './journal';

const win = newWin('Asked the first question in the Budget review', 1000);
const reframe = newFlowEntry('reframe', { situation: 'Budget review', thought: 'They will think I am slow', distortions: ['mind-reading'], _step: 3 }, 2000);
const stress = newFlowEntry('stress', { calm: 4, firstMove: 'Open with the numbers' }, 3000);
const all: JournalEntry[] = [stress, reframe, win];

describe('the journal', () => {
  it('names each entry by its kind', () => {
    expect(all.map(kindOf)).toEqual(['stress', 'reframe', 'win']);
  });

  it('searches the words of any kind of entry, all terms, any case, not the bookkeeping', () => {
    expect(wordsOf(reframe)).toEqual(['Budget review', 'They will think I am slow', 'mind-reading']);
    expect(filterJournal(all, { kind: 'all', query: 'budget' })).toEqual([reframe, win]);
    expect(filterJournal(all, { kind: 'all', query: 'BUDGET question' })).toEqual([win]);
    expect(filterJournal(all, { kind: 'all', query: '3' })).toEqual([]);
  });

  it('filters by kind, with or without a search', () => {
    expect(filterJournal(all, { kind: 'win', query: '' })).toEqual([win]);
    expect(filterJournal(all, { kind: 'reframe', query: 'numbers' })).toEqual([]);
    expect(filterJournal(all, { kind: 'stress', query: 'numbers' })).toEqual([stress]);
  });
});
