import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/** The keys that open the toolbar popup, or null when the browser assigned none. */
export function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut || null))
      .catch(() => setShortcut(null));
  }, []);
  return shortcut;
}
