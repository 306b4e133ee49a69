// A delete button that asks once more before anything is lost.
import { useState } from 'preact/hooks';

export interface DeleteWords {
  delete: string;
  /** The question, e.g. "Delete this entry for good?" */
  confirm: string;
  yes: string;
  keep: string;
}

export function DeleteWithConfirm({ words, onDelete }: { words: DeleteWords; onDelete: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" class="button button-quiet" onClick={() => setConfirming(true)}>
        {words.delete}
      </button>
    );
  }
  return (
    <p role="group" aria-label={words.confirm}>
      {words.confirm}{' '}
      <button type="button" class="button button-danger" onClick={onDelete}>
        {words.yes}
      </button>{' '}
      <button type="button" class="button button-quiet" onClick={() => setConfirming(false)}>
        {words.keep}
      </button>
    </p>
  );
}
