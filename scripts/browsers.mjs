// Where the real browsers live. Tests and `npm start` never download a browser:
// they use the system's Chromium and Firefox ESR, or the paths named in
// CHROMIUM_PATH and FIREFOX_PATH.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function onPath(names) {
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
  if (found) return found;
  throw new Error(
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = onPath(['firefox-esr', 'firefox']);
  if (found) return found;
  throw new Error(
    'Firefox was not found. Install it (Debian: `sudo apt-get install firefox-esr`) ' +
      'or set FIREFOX_PATH to a Firefox binary (version 140 or newer).',
  );
}

/** Flags that keep Chromium's own traffic (updates, sync, field trials) out of the way. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
