import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Store builds and test builds come from this one file. Nothing here may widen
// what a store build can reach: host access is only ever granted per feed, at
// run time, through optional_host_permissions.

// The toolbar popup's size budget, explained once. The popup opens on a
// keystroke to log a win, so what it loads before it can paint (its page,
// the scripts that page imports statically, its stylesheets) must stay under
// 25 KB gzipped; scripts/size.mjs measures it and `npm test` fails past it.
// Everything else the popup shows loads after its first paint: the store and
// its schemas (building them at import costs a few milliseconds and a garbage
// collection, more than painting the field), extension storage and the
// browser API polyfill, messaging, the wins, the prompts, the navigation.
// The same reason runs through the code, where it is only pointed to:
// zod's "mini" build, checks written as refinements, words kept with the
// part that shows them rather than in popup/strings.ts, lazy imports.
//
// Pages share two chunks, each from a list of modules, so a new file joins one
// only by being listed. Left to itself, the bundler cuts shared code into many
// small files by which pages share them, and each file is one more request
// before a page can paint.
// - ui: what the popup paints with, and so all it waits for: the UI runtime,
//   the text field, the notice, the crisis check, the limits and the draft
//   mirror, and the shared stylesheet.
// - core: what every page needs after that: schemas, the IndexedDB store,
//   time and wins. Left out: extension storage (settings and other items,
//   and the polyfill under them), which the popup reads after its first
//   paint; time zones, which only the calendar and the prompts need; and the
//   storage catalogue, which imports every stored schema and would take them
//   all into every page (lib/store/catalogue.test.ts checks the popup never
//   reaches it).
const UI_MODULES = {
  packages: ['preact'],
  files: [
    'lib/limits.ts',
    'lib/store/win-draft-mirror.ts',
    'components/common/TextField.tsx',
    'components/common/Notice.tsx',
    'components/common/useCrisisCheck.ts',
    'components/styles/base.css',
  ],
};
const CORE_MODULES = {
  packages: ['zod', 'idb-keyval'],
  files: [
    'lib/zod.ts',
    'lib/ids.ts',
    'lib/store/db.ts',
    'lib/store/draft-writer.ts',
    'lib/store/drafts.ts',
    'lib/store/entries.ts',
    'lib/store/errors.ts',
    'lib/store/quarantine.ts',
    'lib/store/records.ts',
    'lib/store/serial-writer.ts',
    'lib/store/validate.ts',
    'lib/store/versioned.ts',
    'lib/time/days.ts',
    'lib/time/relative.ts',
    'lib/time/timestamp.ts',
    'lib/wins/model.ts',
    'lib/wins/summary.ts',
    'lib/wins/tally.ts',
    'components/common/storeErrorText.ts',
  ],
};

/** Which chunk a module goes in, if any; a listed file that is gone fails the build rather than silently leaving its chunk. */
function chunkOf(lists: Record<string, { packages: string[]; files: string[] }>): (id: string) => string | undefined {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const byFile = new Map<string, string>();
  const byPackage: [string, string][] = [];
  for (const [chunk, { packages, files }] of Object.entries(lists)) {
    for (const file of files) {
      if (!existsSync(resolve(root, file))) throw new Error(`wxt.config.ts lists ${file} for the ${chunk} chunk, but it is not there.`);
      byFile.set(resolve(root, file), chunk);
    }
    for (const name of packages) byPackage.push([`/node_modules/${name}/`, chunk]);
  }
  return (id) => byFile.get(id) ?? byPackage.find(([folder]) => id.includes(folder))?.[1];
}

// The popup's stylesheets go inside its page: a file is one more request the
// first paint waits for, and the empty page the popup is measured against
// has none. They are small (under 2 KB gzipped together). Each keeps a link
// that applies nowhere (media="not all", fetched without blocking anything):
// the loader of the later parts looks for it before adding the sheet again,
// and a second copy, last in the page, would override the popup's own rules.
function inlinePopupStyles(): Plugin {
  return {
    name: 'primed:inline-popup-styles',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const page = bundle['entrypoints/popup/index.html'];
      if (page?.type !== 'asset') return;
      page.source = String(page.source).replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (tag, file: string) => {
        const sheet = bundle[file];
        return sheet?.type === 'asset' ? `<style>${String(sheet.source).trim()}</style><link rel="stylesheet" href="/${file}" media="not all">` : tag;
      });
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  // Manifest V3 for Firefox too (WXT would build V2 for it by default).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), inlinePopupStyles()],
    // Both browsers support modulepreload natively; the polyfill would weigh on the popup's first paint.
    build: {
      target: 'es2022',
      modulePreload: { polyfill: false },
    },
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // Only the build of the HTML pages shares chunks (the background is one file).
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      // The ui and core chunks: see the popup's size budget above.
      output.manualChunks = chunkOf({ ui: UI_MODULES, core: CORE_MODULES });
    },
  },
  manifest: ({ browser, mode }) => ({
    name: 'Primed',
    description:
      'Short, evidence-based exercises before and after the moments on your calendar that matter, and a quick log of small wins.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // End-to-end builds only (`--mode e2e`): a headless browser cannot answer
    // a permission prompt, so the test server's host is granted up front.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Primed: log a win' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Open Primed',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'primed@primed-extension.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
