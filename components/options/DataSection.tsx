// "Your data": where it lives, a backup to download, and deleting all of it.
import { useRef, useState } from 'preact/hooks';
import { request } from '@/lib/messages';
import { optionsText as t } from './strings';

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
      <p>
        <a href="/history.html">{t.historyLink}</a>
      </p>

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
      <p role="status">{status}</p>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
