import { useEffect, useState } from 'preact/hooks';
import { changeStakes, loadStakes, watchStakes } from '@/lib/prompts/items';
import type { Stakes } from '@/lib/prompts/model';
import { describeStoreError } from '../common/storeErrorText';

/**
 * The user's high-stakes marks, kept current across sections and pages.
 * Saving is all a change needs: the background re-plans prompts when it sees
 * the stored marks change.
 */
export function useStakes() {
  const [stakes, setStakes] = useState<Stakes | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadStakes().then(setStakes, (err: unknown) => setError(describeStoreError(err)));
    return watchStakes(setStakes);
  }, []);

  /** Applies `change` to the marks as stored now; false when it could not be saved (the error is shown). */
  async function change(apply: (stakes: Stakes) => Stakes): Promise<boolean> {
    try {
      setStakes(await changeStakes(apply));
      setError(null);
      return true;
    } catch (err) {
      setError(describeStoreError(err));
      return false;
    }
  }

  return { stakes, error, change };
}
