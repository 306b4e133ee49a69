// Access to calendar servers, granted one origin at a time. The settings ask
// for it when a feed is added (the request must come straight from the click:
// the browser shows it only for a user's gesture) and give it back when the
// last feed on a server goes; sync checks it before each fetch.
import { browser } from 'wxt/browser';

/** Whether the user granted access to this origin pattern (e.g. "https://calendar.example/*"). */
export function hasOrigin(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [origin] });
}

/** Asks for access to this origin; false when refused or when the browser would not ask. */
export function requestOrigin(origin: string): Promise<boolean> {
  return browser.permissions.request({ origins: [origin] }).catch(() => false);
}

/** Gives access to this origin back; false when there was nothing to give back. */
export function releaseOrigin(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] }).catch(() => false);
}
