import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { saveEntry } from '../store/entries';
import { newWin, WinEntry } from '../wins/model';
import { FlowEntry, newFlowEntry } from './entry';
import { readEvidence } from './evidence';

describe('readEvidence', () => {
  it('offers recent wins and what past reflections showed, newest first', async () => {
    const db = freshDb();
    for (let i = 1; i <= 7; i++) await saveEntry(db, WinEntry, newWin(`win ${i}`, i * 1000));
    await saveEntry(db, FlowEntry, newFlowEntry('feedback', { capability: 'I can hold a room', outcome: 8 }, 10_000));
    await saveEntry(db, FlowEntry, newFlowEntry('setback', { learned: 'not evidence of capability' }, 11_000));
    expect(await readEvidence(db)).toEqual(['win 7', 'win 6', 'win 5', 'win 4', 'win 3', 'I can hold a room']);
  });

  it('leaves out words that read like a crisis, and still finds five wins', async () => {
    const db = freshDb();
    for (let i = 1; i <= 5; i++) await saveEntry(db, WinEntry, newWin(`win ${i}`, i * 1000));
    await saveEntry(db, WinEntry, newWin('I don’t want to be here anymore', 6000));
    await saveEntry(db, FlowEntry, newFlowEntry('feedback', { capability: 'kms', outcome: 2 }, 10_000));
    await saveEntry(db, FlowEntry, newFlowEntry('feedback', { capability: 'I can ask for help', outcome: 6 }, 9_000));
    expect(await readEvidence(db)).toEqual(['win 5', 'win 4', 'win 3', 'win 2', 'win 1', 'I can ask for help']);
  });
});
