// The popup closes the moment it loses focus, and an IndexedDB write still
// in flight then is lost: on a cold start the database can take longer to
// open than a short note takes to type. So the win field's text is also kept,
// synchronously, in the extension's localStorage (shared by its pages, not
// by the worker), and the popup restores it from there first. The IndexedDB
// draft stays the record that survives everything else.
const KEY = 'primed.winDraft';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function readWinDraftMirror(): string {
  return storage()?.getItem(KEY) ?? '';
}

/** Keeps the field's text; blank text clears it. */
export function writeWinDraftMirror(text: string): void {
  try {
    if (text.trim()) storage()?.setItem(KEY, text);
    else storage()?.removeItem(KEY);
  } catch {
    // A full or blocked localStorage leaves the IndexedDB draft to do the work.
  }
}
