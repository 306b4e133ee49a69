// `npm start`: builds the extension and opens it in Chromium with a fresh,
// throwaway profile, so you see Primed as a new user does (the welcome page
// opens on install), with the demo calendar already on. Set CHROMIUM_PATH to
// use another binary.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium, QUIET_CHROMIUM_ARGS } from './browsers.mjs';

// The demo build: the store build, with the demo calendar turned on at install.
const build = spawnSync('npx', ['wxt', 'build', '--mode', 'demo'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let chromiumPath;
try {
  chromiumPath = findChromium();
} catch (err) {
  console.error(err.message);
  process.exit(1);
}

const extensionDir = resolve('.output/chrome-mv3-demo');
const profileDir = mkdtempSync(join(tmpdir(), 'primed-start-'));
const args = [
  `--user-data-dir=${profileDir}`,
  `--disable-extensions-except=${extensionDir}`,
  `--load-extension=${extensionDir}`,
  ...QUIET_CHROMIUM_ARGS,
];
// Chromium refuses to start as root with its sandbox on (containers, CI boxes).
if (process.getuid?.() === 0) args.push('--no-sandbox');

console.log(`Starting ${chromiumPath} with Primed loaded (profile ${profileDir}).`);
console.log('Close the browser window, or press Ctrl+C here, to stop.');
const browser = spawn(chromiumPath, args, { stdio: 'inherit' });
const cleanUp = () => rmSync(profileDir, { recursive: true, force: true });
browser.on('exit', (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => browser.kill(signal));
