// The project's own sources as text, and who imports whom: for the tests that
// check the layering (tests/unit/architecture.test.ts) and what the popup
// loads (lib/store/catalogue.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const root = join(__dirname, '../..');

export interface SourceFile {
  /** Relative to the project's root, e.g. `lib/store/db.ts`. */
  path: string;
  text: string;
}

/** Every .ts and .tsx file under `dir` (relative to the root), tests left out. */
export function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [{ path, text: readFileSync(join(root, path), 'utf8') }] : [];
  });
}

/**
 * The import graph of `files`, static and dynamic imports alike. With
 * `loadsOnly`, type-only imports are left out, since they load nothing.
 */
export function importGraph(files: readonly SourceFile[], { loadsOnly = false } = {}) {
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  function importsOf(path: string): string[] {
    const text = byPath.get(path) ?? '';
    const code = loadsOnly ? text.replace(/^import type .*$/gm, '') : text;
    return [...code.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].flatMap(([, spec]) => {
      const target = spec!.startsWith('@/') ? spec!.slice(2) : spec!.startsWith('.') ? join(path, '..', spec!) : undefined;
      if (!target) return [];
      return ['.ts', '.tsx', '/index.ts'].map((ext) => relative(root, join(root, target + ext))).filter((p) => byPath.has(p));
    });
  }
  /** Every file `start` brings in, itself included. */
  function reaches(start: string): Set<string> {
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const next = queue.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...importsOf(next));
    }
    return seen;
  }
  return { importsOf, reaches };
}
