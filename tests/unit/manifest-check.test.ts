import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { e2eProblems, keyPaths, manifestProblems, type ExpectedManifest } from '../../scripts/manifest-check.mjs';

const expected = JSON.parse(readFileSync('tests/manifest/expected.json', 'utf8')) as {
  chrome: ExpectedManifest;
  firefox: ExpectedManifest;
};

/** The smallest manifest that matches the expected Chrome list. */
function chromeManifest(): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: 'Primed',
    description: 'd',
    version: '0.1.0',
    icons: { 16: 'a', 32: 'b', 48: 'c', 128: 'd' },
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 't', default_popup: 'popup.html' },
    commands: { _execute_action: { suggested_key: { default: 'Alt+Shift+P' }, description: 'Open' } },
    background: { service_worker: 'background.js' },
    options_ui: { open_in_tab: true, page: 'options.html' },
  };
}

describe('the manifest check', () => {
  it('accepts the expected manifest', () => {
    expect(manifestProblems(chromeManifest(), expected.chrome)).toEqual([]);
  });

  it('refuses a page override, as an entrypoint named history would add', () => {
    const manifest = { ...chromeManifest(), chrome_url_overrides: { history: 'history.html' } };
    const problems = manifestProblems(manifest, expected.chrome);
    expect(problems.join('\n')).toMatch(/replaces a browser page/);
    expect(problems).toContain('unexpected key: chrome_url_overrides');
  });

  it('refuses a permission or a nested key nobody asked for', () => {
    const manifest = chromeManifest();
    manifest.permissions = ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'tabs'];
    manifest.background = { service_worker: 'background.js', type: 'module' };
    expect(manifestProblems(manifest, expected.chrome)).toEqual([
      'unexpected key: background.type',
      'unexpected permissions: tabs',
    ]);
  });

  it('refuses host access in a store build', () => {
    const manifest = { ...chromeManifest(), host_permissions: ['<all_urls>'] };
    expect(manifestProblems(manifest, expected.chrome)).toContain('unexpected host_permissions: <all_urls>');
  });

  it('lets the e2e build add only the test server host', () => {
    const store = chromeManifest();
    expect(e2eProblems({ ...store, host_permissions: ['http://127.0.0.1/*'] }, store, ['http://127.0.0.1/*'])).toEqual([]);
    expect(
      e2eProblems({ ...store, host_permissions: ['http://127.0.0.1/*', 'https://*/*'] }, store, ['http://127.0.0.1/*']),
    ).toEqual(['unexpected host_permissions: https://*/*']);
    expect(e2eProblems({ ...store, name: 'Other', host_permissions: ['http://127.0.0.1/*'] }, store, ['http://127.0.0.1/*'])).toEqual(
      ['differs from the Chrome store build by more than its host_permissions'],
    );
  });

  it('lists nested key paths, arrays as leaves', () => {
    expect(keyPaths({ a: { b: [1, { c: 1 }] }, d: 1 })).toEqual(['a', 'a.b', 'd']);
  });
});

// WXT turns these entrypoint names into manifest entries of their own
// (page overrides, side panel, devtools, sandbox). None is wanted today.
const SPECIAL_ENTRYPOINTS = ['history', 'newtab', 'bookmarks', 'sidepanel', 'devtools', 'sandbox'];

describe('entrypoint names', () => {
  it('uses none that WXT turns into an override or a special page', () => {
    const names = readdirSync('entrypoints').map((name) => name.replace(/\.(ts|tsx|html)$/, '').replace(/\..*$/, ''));
    expect(names.filter((n) => SPECIAL_ENTRYPOINTS.includes(n))).toEqual([]);
    expect(names).toContain('journal');
  });
});
