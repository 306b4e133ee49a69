// @vitest-environment happy-dom
// Bringing back a backup when IndexedDB refuses the write: nothing changes,
// in the records or the settings, and the message says so.
import { render } from 'preact';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { buildBackup, readBackupData, toJson } from '@/lib/backup/backup';
import { clearAllRecords, defaultDb } from '@/lib/store/db';
import { saveEntry } from '@/lib/store/entries';
import { newWin, WinEntry } from '@/lib/wins/model';
import { updateSettings } from '@/lib/store/settings';
import { fillable, freshDb } from '../../tests/unit/helpers';
import { DataSection } from './DataSection';
import { optionsText as t } from './strings';

let container: HTMLElement | undefined;

afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  vi.restoreAllMocks();
});

it('changes nothing and says so when the backup cannot be written', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  // A backup from another profile: one win and a different interval.
  const other = freshDb();
  await saveEntry(other, WinEntry, newWin('Gave the toast', Date.now()));
  await updateSettings({ syncIntervalMinutes: 60 });
  const json = toJson(buildBackup(await readBackupData(other), { includeCalendarAddresses: false, now: Date.now() }));
  fakeBrowser.reset();

  const db = defaultDb();
  await clearAllRecords(db);
  await saveEntry(db, WinEntry, newWin('Already here', Date.now()));
  await updateSettings({ syncIntervalMinutes: 30 });
  const before = await readBackupData(db);
  const storedBefore = await fakeBrowser.storage.local.get(null);
  const refusing = fillable({ run: db.run.bind(db) });
  vi.spyOn(db, 'run').mockImplementation((mode, work) => refusing.run(mode, work));

  container = document.createElement('div');
  document.body.append(container);
  render(<DataSection />, container);
  const input = container.querySelector<HTMLInputElement>('#import-file')!;
  Object.defineProperty(input, 'files', { value: [new File([json], 'primed-backup.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const confirm = await vi.waitFor(() => {
    const found = [...container!.querySelectorAll('button')].find((b) => b.textContent === t.importConfirm);
    if (!found) throw new Error(`No preview yet: ${container!.textContent}`);
    return found;
  });

  refusing.full = true;
  confirm.click();

  await vi.waitFor(() => expect(container!.querySelector('[role=alert]')?.textContent).toBe(t.notSaved.quota));
  refusing.full = false;
  expect(await readBackupData(db)).toEqual(before);
  expect(await fakeBrowser.storage.local.get(null)).toEqual(storedBefore);
  expect(container.querySelector('[role=status]')?.textContent).toBe('');
  process.off('unhandledRejection', onUnhandled);
  expect(unhandled).toEqual([]);
});
