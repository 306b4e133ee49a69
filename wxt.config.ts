import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Store builds and test builds come from this one file. Nothing here may widen
// what a store build can reach: host access is only ever granted per feed, at
// run time, through optional_host_permissions.
// Extension storage (settings and other items, and the browser API polyfill
// under them) is left out: the popup reads its settings after its first paint.
// So are time zones, which only the calendar and the prompts need, and the
// storage catalogue, which imports every stored schema: in here, it would
// take them all into every page.
const CORE_MODULES =
  /node_modules\/(zod|idb-keyval)\/|\/lib\/store\/(?!local-item|settings|win-draft-mirror|catalogue)|\/lib\/time\/(?!zone)|\/lib\/wins\/|\/lib\/(zod|ids)\.ts$|\/components\/common\/storeErrorText\.ts$/;
// What a page paints with, apart from the rest: the popup paints its field
// from this chunk alone, and loads the schemas (built at import, a few
// milliseconds and a garbage collection) only after its first paint.
// The crisis check and the shared stylesheet go in with it: each file is one
// more request before the popup can paint.
const UI_MODULES =
  /node_modules\/preact\/|\/lib\/limits\.ts$|\/lib\/store\/win-draft-mirror\.ts$|\/components\/common\/(TextField\.tsx|Notice\.tsx|useCrisisCheck\.ts)$|\/components\/styles\/base\.css$/;

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
    // Both browsers support modulepreload natively; the polyfill would cost the popup's budget.
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
      // What every page needs (UI runtime, schemas, storage) in one chunk:
      // left to itself, the bundler cuts it into many small files by which
      // pages share them, and each cut costs the popup's size budget.
      output.manualChunks = (id: string) => (UI_MODULES.test(id) ? 'ui' : CORE_MODULES.test(id) ? 'core' : undefined);
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
