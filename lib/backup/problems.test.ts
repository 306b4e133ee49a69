import { describe, expect, it } from 'vitest';
import { buildBackup, toJson, type BackupData } from './backup';
import { parseBackup } from './import';

const T0 = Date.parse('2026-11-23T09:00:00Z');

function data(): BackupData {
  return {
    wins: Array.from({ length: 12 }, (_, i) => ({ v: 1 as const, id: `w${i}`, kind: 'win' as const, text: i === 11 ? 'Finished the slides' : `Win ${i}`, createdAt: T0 + i, updatedAt: T0 + i })),
    flows: [],
    settings: { showStreak: true, syncIntervalMinutes: 15, selfEmails: [] },
    values: ['Kindness', 'Learning'],
    supporters: [],
    feeds: [],
    stakes: { tags: [], rules: [], moments: [{ id: 'm1', title: 'Talk to Sam', start: T0, kind: 'conversation', createdAt: T0, updatedAt: T0 }] },
    promptSettings: {
      prompts: { rehearse: { enabled: true, minutes: 1200 }, affirm: { enabled: true, minutes: 45 }, ready: { enabled: true, minutes: 5 }, feedback: { enabled: true, minutes: 10 } },
      quietHours: null,
      dailyCap: 6,
      days: [1, 2, 3, 4, 5],
      discreet: false,
      deliveryProbability: null,
    },
    decisions: [],
    goals: [],
    checkIns: [],
  };
}

type Fields = Record<string, unknown>;

/** The file as it is read, before any check, so that one field of it can be damaged. */
interface Loose extends Fields {
  entries: Fields[];
  values: unknown[];
  settings: Fields;
  stakes: { moments: Fields[] };
  promptSettings: Fields;
}

function file(): Loose {
  return JSON.parse(toJson(buildBackup(data(), { includeCalendarAddresses: true, now: T0 }))) as Loose;
}

function refusal(backup: unknown): string {
  const parsed = parseBackup(JSON.stringify(backup));
  if (parsed.ok) throw new Error('the backup was accepted');
  return parsed.error;
}

describe('why a backup is refused, in plain words', () => {
  it('names the record by its place and its words, and the field', () => {
    const backup = file();
    backup.entries[11]!.text = `${'x'.repeat(2001)}`;
    expect(refusal(backup)).toBe('Nothing was imported. Entry 12 (win “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”): the text is longer than 2000 characters.');
    backup.entries[11]!.text = 'Finished the slides';
    backup.entries[11]!.createdAt = 'yesterday';
    expect(refusal(backup)).toBe('Nothing was imported. Entry 12 (win “Finished the slides”): the date it was made is text, not a number.');
    delete backup.entries[11]!.createdAt;
    expect(refusal(backup)).toBe('Nothing was imported. Entry 12 (win “Finished the slides”): the date it was made is missing.');
  });

  it('applies the limits of the stored item: a value is 1 to 80 characters', () => {
    const backup = file();
    backup.values[1] = 'A'.repeat(81);
    expect(refusal(backup)).toBe('Nothing was imported. Value 2 (“AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA…”) is longer than 80 characters.');
    backup.values[1] = '   ';
    expect(refusal(backup)).toBe('Nothing was imported. Value 2 is empty.');
    backup.values = [];
    expect(refusal(backup)).toBe('Nothing was imported. The list of values is empty.');
  });

  it('words the settings, the marks and the file itself', () => {
    const settings = file();
    settings.settings.syncIntervalMinutes = 2;
    expect(refusal(settings)).toBe('Nothing was imported. The settings: the time between calendar syncs must be whole minutes from 5 to 1440.');
    const moment = file();
    moment.stakes.moments[0]!.start = 'soon';
    expect(refusal(moment)).toBe('Nothing was imported. Moment 1 (“Talk to Sam”): the start time is text, not a number.');
    const prompts = file();
    prompts.promptSettings.days = 'weekdays';
    expect(refusal(prompts)).toBe('Nothing was imported. The prompt settings: the list of days is text, not a list.');
    const timing = file();
    timing.promptSettings.prompts = { ...(timing.promptSettings.prompts as Fields), ready: { enabled: true, minutes: -5 } };
    expect(refusal(timing)).toBe('Nothing was imported. The prompt settings: the get-ready prompt, the minutes must be whole minutes from 0 to 1440.');
    const stamp = file();
    stamp.exportedAt = true;
    expect(refusal(stamp)).toBe('Nothing was imported. The file: the date of the backup is yes or no (true or false), not a number.');
  });

  it('never shows zod’s own words, whatever the field is called', () => {
    const backup = file();
    backup.entries[0] = { v: 1, id: 'f1', kind: 'flow', flowId: 'stress', fields: { constructor: { x: 1 } }, createdAt: T0, updatedAt: T0 };
    const error = refusal(backup);
    expect(error).toBe('Nothing was imported. Entry 1 (exercise, id f1): the answer “constructor” is not in a form Primed knows.');
    expect(error).not.toMatch(/Invalid input|✖|→/);
  });
});
