// A delete button that asks once more before anything is lost. Focus goes to
// "Keep it" when it asks (the safe answer for a stray Enter), and back to the
// delete button when the user keeps it.
import { Trash2, type LucideIcon } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';

interface DeleteWords {
  delete: string;
  /** The question, e.g. "Delete this entry for good?" */
  confirm: string;
  yes: string;
  keep: string;
}

/** `icon` replaces the bin, for an ending that is not a deletion (leaving the program). */
export function DeleteWithConfirm({ words, onDelete, icon: Icon = Trash2 }: { words: DeleteWords; onDelete: () => void; icon?: LucideIcon }) {
  const [confirming, setConfirming] = useState(false);
  const asked = useRef(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) keepButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <button type="button" class="button button-quiet" ref={deleteButton} onClick={() => setConfirming(true)}>
        <Icon size={16} aria-hidden="true" />
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
      <button type="button" class="button button-quiet" ref={keepButton} onClick={() => setConfirming(false)}>
        {words.keep}
      </button>
    </p>
  );
}
