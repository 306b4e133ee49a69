// The layering, checked: every call to the extension API has its address in
// lib/browser/ (or lib/store/, which owns extension storage), and no other
// module under lib/ reaches into lib/browser/, so the logic there stays
// testable without a browser. Pages and the worker (components/, entrypoints/)
// use lib/browser/ as they need.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, root, sourceFiles } from './source-graph';

/** The code without its comments and the insides of its strings, so that words like "the browser." in text do not count. */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (s) => (s.startsWith('`') ? '``' : "''"));
}

const EXTENSION_API = /\b(?:browser|chrome)\.(?:runtime|storage|tabs|windows|alarms|notifications|permissions|commands|action|i18n|scripting|offscreen)\b/;
const BROWSER_IMPORT = /from\s+['"](?:wxt\/browser|webextension-polyfill)['"]/;
const GLUE = ['lib/browser/', 'lib/store/'];

const files = [...sourceFiles('lib'), ...sourceFiles('components')];

describe('where the browser is touched', () => {
  it('finds the code it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    // The check sees real calls: these two live where they should.
    expect(EXTENSION_API.test(codeOf(files.find((f) => f.path === 'lib/browser/pages.ts')!.text))).toBe(true);
    expect(EXTENSION_API.test(codeOf("// browser.tabs.create in a comment\nconst s = 'browser.tabs';"))).toBe(false);
  });

  it('only lib/browser/ and lib/store/ call the extension API', () => {
    const offenders = files
      .filter((f) => !GLUE.some((dir) => f.path.startsWith(dir)))
      .filter((f) => BROWSER_IMPORT.test(f.text) || EXTENSION_API.test(codeOf(f.text)))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('nothing else under lib/ imports lib/browser/', () => {
    const offenders = files
      .filter((f) => f.path.startsWith('lib/') && !f.path.startsWith('lib/browser/'))
      .filter((f) => /(?:from|import)\s*\(?\s*['"](?:@\/lib\/browser\/|(?:\.\.\/)+browser\/)/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});

describe('one change signal for pages', () => {
  it('only lib/browser/changes.ts hears storage changes or data/changed; pages go through onDataChanged', () => {
    const listeners = files
      .filter((f) => /storage\.onChanged|['"]data\/changed['"]\s*:\s*\(/.test(f.text))
      .map((f) => f.path);
    expect(listeners).toEqual(['lib/browser/changes.ts']);
    expect(files.filter((f) => f.path.startsWith('components/') && /onData(?:Changed|Read)\(/.test(f.text)).length).toBeGreaterThan(5);
  });
});

describe('models apart from storage', () => {
  // What a model imports, followed through: none of it may be storage or browser glue.
  const { reaches } = importGraph(files);
  const models = files.map((f) => f.path).filter((p) => p.startsWith('lib/') && p.endsWith('/model.ts'));

  it('finds the models, and would see a model that reaches storage', () => {
    expect(models).toEqual(expect.arrayContaining(['lib/wins/model.ts', 'lib/exercises/model.ts', 'lib/goals/model.ts', 'lib/prompts/model.ts']));
    expect([...reaches('lib/store/entries.ts')]).toContain('lib/store/db.ts');
  });

  it.each(models)('%s pulls in no storage and no browser glue', (model) => {
    const reached = [...reaches(model)].filter((p) => p.startsWith('lib/store/') || p.startsWith('lib/browser/'));
    expect(reached).toEqual([]);
  });
});

describe('ARCHITECTURE.md', () => {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  it('stays short', () => {
    expect(text.split('\n').length).toBeLessThan(150);
  });
  it('names only files and folders that exist', () => {
    const paths = [...text.matchAll(/`((?:lib|components|entrypoints|tests)\/[^`<>*]*?)`/g)].map(([, path]) => path!.replace(/\/$/, ''));
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
