// Prep plans travel in the backup beside everything else, and a file made
// before they existed still reads.
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { buildBackup, readBackupData, toJson } from '../backup/backup';
import { applyImport, parseBackup, previewImport } from '../backup/import';
import { newPlan } from './plan';
import { readPlans, savePlan, saveStepCheckOff } from './store';

const T0 = Date.parse('2026-11-23T09:00:00Z');

describe('prep plans in the backup', () => {
  it('are exported and brought back, merged by event', async () => {
    const db = freshDb();
    const plan = newPlan({ key: 'moment:m1', title: 'Interview', start: T0 + 3 * 86_400_000 }, T0);
    await savePlan(db, plan);
    await saveStepCheckOff(db, plan, 'aloud', T0 + 1000);
    const text = toJson(buildBackup(await readBackupData(db), { includeCalendarAddresses: false, now: T0 }));
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.backup.prepPlans).toHaveLength(1);

    const target = freshDb();
    expect((await previewImport(target, parsed.backup)).prepPlans).toMatchObject({ records: 1, new: 1 });
    await applyImport(target, parsed.backup);
    const [back] = await readPlans(target);
    expect(back?.steps[0]?.doneAt).toBe(T0 + 1000);
    expect((await previewImport(target, parsed.backup)).prepPlans).toMatchObject({ records: 1, alreadyHere: 1 });
  });

  it('leave a backup without plans as it was, and a file without the list still reads', async () => {
    const backup = buildBackup(await readBackupData(freshDb()), { includeCalendarAddresses: false, now: T0 });
    expect('prepPlans' in backup).toBe(false);
    const parsed = parseBackup(toJson(backup));
    expect(parsed.ok).toBe(true);
  });
});
