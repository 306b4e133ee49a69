import { useEffect } from 'preact/hooks';
import { onDataRead } from '@/lib/browser/changes';
import { changeStakes, loadStakes } from '@/lib/prompts/items';
import type { Stakes } from '@/lib/prompts/model';
import { describeStoreError } from '../common/storeErrorText';
import { useSaved } from './useSaved';

/**
 * The user's high-stakes marks, kept current across sections and pages.
 * Saving is all a change needs: the background re-plans prompts when it sees
 * the stored marks change.
 */
export function useStakes() {
  const saved = useSaved<Stakes | null>(null);
  const stakes = saved.value;

  useEffect(() => {
    loadStakes().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
    return onDataRead('stakes', loadStakes, saved.take);
  }, []);

  /** Applies `change` to the marks as stored now; false when it could not be saved (the marks go back and the error is shown). */
  function change(apply: (stakes: Stakes) => Stakes): Promise<boolean> {
    // Before the marks are read there is nothing to show early; the write still applies to what is stored.
    return saved.save(stakes && apply(stakes), () => changeStakes(apply));
  }

  return { stakes, error: saved.error, change };
}
