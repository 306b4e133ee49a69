// "Your data": where it lives, a backup to download or bring back, CSV files
// for analysis, and deleting all of it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { backupFileName, buildBackup, readBackupData, toJson, type Backup } from '@/lib/backup/backup';
import { decisionsCsv, exercisesCsv, winsCsv } from '@/lib/backup/csv';
import { applyImport, ImportRefused, parseBackup, previewImport, type ImportPreview } from '@/lib/backup/import';
import { readDecisions } from '@/lib/prompts/decision-log';
import { readCheckIns } from '@/lib/prompts/check-in';
import { notify, request } from '@/lib/browser/messaging';
import { defaultDb } from '@/lib/store/db';
import { readStorageFigures } from '@/lib/browser/storage';
import { storageHealth, type StorageHealth } from '@/lib/storage/health';
import { Outcome } from '../common/Outcome';
import { describeStoreError } from '../common/storeErrorText';
import { optionsText as t } from './strings';
import { describeSaveError } from './useSaved';
import { Notice } from '../common/Notice';
import { writeWinDraftMirror } from '@/lib/store/win-draft-mirror';

/** Hands the browser a file to save, the way a download link would. */
function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Set on the address after deleting, so the fresh page can say it is done. */
const DELETED_FLAG = 'deleted';

export function DataSection() {
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState(new URLSearchParams(location.search).has(DELETED_FLAG) ? t.deletedAll : '');
  const [error, setError] = useState<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  function ask() {
    setConfirming(true);
    setStatus('');
    // The decision is the next thing the keyboard meets.
    setTimeout(() => confirmButton.current?.focus(), 0);
  }

  function keep() {
    setConfirming(false);
    setTimeout(() => startButton.current?.focus(), 0);
  }

  async function deleteAll() {
    setError(null);
    try {
      await request('data/delete-all', {});
      // The worker cannot reach the pages' localStorage: the popup's mirror of a half-typed win goes here.
      writeWinDraftMirror('');
      // Every section starts again from nothing, as after installing.
      location.replace(`${location.pathname}?${DELETED_FLAG}#data`);
    } catch {
      setError(t.deleteFailed);
    }
  }

  return (
    <section id="data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t.dataHeading}</h2>
      <p>{t.dataBody}</p>
      <StorageLine />
      <p>
        <a href="/journal.html">{t.historyLink}</a>
      </p>
      <p>
        <a href="/journal.html#goals">{t.goalsLink}</a>
      </p>

      <BackupPanel />

      <h3>{t.deleteHeading}</h3>
      <p>{t.deleteBody}</p>
      {!confirming ? (
        <button type="button" class="button button-danger" ref={startButton} onClick={ask}>
          {t.deleteStart}
        </button>
      ) : (
        <div class="notice notice-error delete-confirm" role="group" aria-labelledby="delete-confirm-text">
          <p id="delete-confirm-text">{t.deleteConfirm}</p>
          <div class="row">
            <button type="button" class="button button-danger" ref={confirmButton} onClick={() => void deleteAll()}>
              {t.deleteYes}
            </button>
            <button type="button" class="button button-quiet" onClick={keep}>
              {t.deleteNo}
            </button>
          </div>
        </div>
      )}
      <Outcome status={status} error={error} />
    </section>
  );
}

/** How much space Primed takes, whether the browser may clear it, and a warning when it is nearly full. */
function StorageLine() {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageFigures().then((figures) => {
      if (live) setHealth(storageHealth(figures));
    });
    return () => {
      live = false;
    };
  }, []);
  if (!health) return null;
  return (
    <>
      <p class="storage-line">
        {health.usageText} {health.protectionText}
      </p>
      {health.warning && (
        <Notice tone="error">
          {health.warning}
        </Notice>
      )}
    </>
  );
}

function BackupPanel() {
  const [includeAddresses, setIncludeAddresses] = useState(false);
  const [pending, setPending] = useState<{ backup: Backup; preview: ImportPreview; fileName: string } | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const db = defaultDb();

  async function run(work: () => Promise<void>, describe: (err: unknown) => string = describeStoreError) {
    setError(null);
    setStatus('');
    try {
      await work();
    } catch (err) {
      setError(describe(err));
    }
  }

  const exportBackup = () =>
    run(async () => {
      const now = Date.now();
      download(backupFileName(now), 'application/json', toJson(buildBackup(await readBackupData(db), { includeCalendarAddresses: includeAddresses, now })));
      setStatus(t.exported);
    });

  const exportCsv = (what: 'wins' | 'exercises' | 'decisions') =>
    run(async () => {
      const data = await readBackupData(db);
      const day = new Date().toISOString().slice(0, 10);
      const text = what === 'wins' ? winsCsv(data.wins) : what === 'exercises' ? exercisesCsv(data.flows) : decisionsCsv(await readDecisions(db), await readCheckIns(db));
      download(`primed-${what}-${day}.csv`, 'text/csv;charset=utf-8', text);
      setStatus(t.exported);
    });

  // A refusal already says in plain words what is wrong with the file.
  const refusalOr = (describe: (err: unknown) => string) => (err: unknown) => (err instanceof ImportRefused ? err.message : describe(err));

  async function choose(file: File | undefined) {
    setPending(null);
    if (!file) return;
    await run(async () => {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setError(parsed.error);
        return;
      }
      setPending({ backup: parsed.backup, preview: await previewImport(db, parsed.backup), fileName: file.name });
    }, refusalOr(describeStoreError));
  }

  // An import is all or nothing, so a failure can say that nothing was changed.
  const confirmImport = () =>
    run(async () => {
      if (!pending) return;
      await applyImport(db, pending.backup);
      setPending(null);
      setStatus(t.imported);
      void notify('data/changed', { area: 'entries' });
    }, refusalOr(describeSaveError));

  return (
    <>
      <h3>{t.backupHeading}</h3>
      <p>{t.backupBody}</p>
      <label class="check">
        <input type="checkbox" checked={includeAddresses} onChange={(e) => setIncludeAddresses(e.currentTarget.checked)} aria-describedby="addresses-hint" />
        {t.includeAddresses}
      </label>
      <p id="addresses-hint" class="muted">
        {t.includeAddressesHint}
      </p>
      <div class="data-actions">
        <button type="button" class="button" onClick={() => void exportBackup()}>
          {t.exportBackup}
        </button>
        <button type="button" class="button button-quiet" onClick={() => void exportCsv('wins')}>
          {t.exportWins}
        </button>
        <button type="button" class="button button-quiet" onClick={() => void exportCsv('exercises')}>
          {t.exportExercises}
        </button>
        <button type="button" class="button button-quiet" onClick={() => void exportCsv('decisions')}>
          {t.exportDecisions}
        </button>
      </div>

      <h3>{t.importHeading}</h3>
      <label for="import-file">{t.importLabel}</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      {pending && (
        <div class="card import-preview">
          <p>{t.importPreview(pending.fileName, pending.preview)}</p>
          <div class="data-actions">
            <button type="button" class="button" onClick={() => void confirmImport()}>
              {t.importConfirm}
            </button>
            <button type="button" class="button button-quiet" onClick={() => setPending(null)}>
              {t.importCancel}
            </button>
          </div>
        </div>
      )}
      <Outcome status={status} error={error} />
    </>
  );
}
