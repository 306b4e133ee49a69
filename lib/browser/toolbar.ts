// The toolbar button: the shortcut the browser gave it, and opening its popup.
import { browser } from 'wxt/browser';

/** The keys that open the toolbar popup, or null when the browser assigned none. */
export async function popupShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === '_execute_action')?.shortcut || null;
  } catch {
    return null;
  }
}

/** Opens the toolbar popup; false where the browser allows that only from the toolbar itself. */
export async function openToolbarPopup(): Promise<boolean> {
  try {
    await browser.action.openPopup();
    return true;
  } catch {
    return false;
  }
}
