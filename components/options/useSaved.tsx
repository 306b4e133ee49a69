import { useRef, useState } from 'preact/hooks';
import { toStoreError } from '@/lib/store/errors';
import { optionsText as t } from './strings';

/** A failed change in plain words, saying that nothing was changed. */
export function describeSaveError(err: unknown): string {
  return t.notSaved[toStoreError(err).code];
}

/**
 * One setting or list as the page shows it, and the only way it is saved: a
 * change shows at once, and if the browser refuses the write the control goes
 * back to what is stored and the error says so. A failure never escapes as an
 * unhandled rejection.
 */
export function useSaved<T>(initial: T) {
  const [value, setValue] = useState<T>(initial);
  const [error, setError] = useState<string | null>(null);
  // What storage holds as far as this page knows: the value to go back to.
  const stored = useRef<T>(initial);

  /** A value read from storage (on load, or when another page changed it). */
  function take(next: T) {
    stored.current = next;
    setValue(next);
  }

  /**
   * Shows `next`, then runs `write`, which resolves to what was stored.
   * Resolves false, with the control put back and the error shown, when it fails.
   */
  async function save(next: T, write: () => Promise<T>): Promise<boolean> {
    setValue(next);
    try {
      take(await write());
      setError(null);
      return true;
    } catch (err) {
      setValue(stored.current);
      setError(describeSaveError(err));
      return false;
    }
  }

  /** Runs a change that has no value to show first (removing, say), reporting a failure the same way. */
  async function run(write: () => Promise<unknown>): Promise<boolean> {
    try {
      await write();
      setError(null);
      return true;
    } catch (err) {
      setError(describeSaveError(err));
      return false;
    }
  }

  return { value, error, take, edit: setValue, save, run, setError };
}

/** The error of a failed change, announced at once and shown beside the control it is about. */
export function SaveError({ error }: { error: string | null }) {
  return error ? (
    <p class="field-error save-error" role="alert">
      {error}
    </p>
  ) : null;
}
