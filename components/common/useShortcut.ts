import { useEffect, useState } from 'preact/hooks';
import { popupShortcut } from '@/lib/browser/toolbar';

/** The keys that open the toolbar popup, or null when the browser assigned none. */
export function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void popupShortcut().then(setShortcut);
  }, []);
  return shortcut;
}
