// Prints the gzipped size of what each extension page loads before it can
// paint (its HTML, the scripts it imports statically, its stylesheets), and
// fails when the toolbar popup exceeds its budget (explained in
// wxt.config.ts). Lazily loaded chunks are not counted.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = { popup: 25 * 1024 };
const dir = resolve(process.argv[2] ?? '.output/chrome-mv3');

if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No build in ${dir}. Run \`npm run build\` first.`);
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const pages = {
  popup: manifest.action?.default_popup,
  options: manifest.options_ui?.page,
  welcome: 'welcome.html',
};
const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];

function imports(file, { dynamic = false } = {}) {
  const code = readFileSync(file, 'utf8');
  const found = new Set();
  // `import … from "x"` and bare `import "x"`; dynamic `import("x")` only when asked.
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/g)) found.add(m[1]);
  if (dynamic) for (const m of code.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) found.add(m[1]);
  return [...found].map((spec) => (spec.startsWith('/') ? join(dir, spec) : resolve(dirname(file), spec)));
}

function closure(entryFiles, options = {}) {
  const seen = new Set();
  const stack = [...entryFiles];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) stack.push(...imports(file, options));
  }
  return [...seen];
}

function pageFiles(html) {
  const htmlPath = join(dir, html);
  const text = readFileSync(htmlPath, 'utf8');
  // A stylesheet link with media="not all" applies nowhere and blocks nothing:
  // it marks a sheet already inside the page (see wxt.config.ts).
  const refs = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:js|css))"[^>]*>/g)]
    .filter((m) => !m[0].includes('media="not all"'))
    .map((m) => join(dir, m[1]));
  return [htmlPath, ...closure(refs)];
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
const rows = [];
for (const [name, html] of Object.entries(pages)) {
  if (!html || !existsSync(join(dir, html))) continue;
  const files = pageFiles(html);
  const js = files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
  const css = files.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
  // The page itself: the popup's holds its first screen and its stylesheets.
  const page = gz(files[0]);
  const budget = BUDGETS[name];
  const over = budget !== undefined && js + css + page > budget;
  failed ||= over;
  rows.push([name, kb(js), kb(css), kb(page), kb(js + css + page), budget ? `${kb(budget)}${over ? '  OVER BUDGET' : ''}` : '']);
  if (name === 'popup') {
    // For the record: the popup's later parts (the store, just after the first paint; the exercises, the details) too.
    const later = closure(files.filter((f) => f.endsWith('.js')), { dynamic: true }).filter((f) => !files.includes(f));
    const laterJs = later.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
    const laterCss = later.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(f), 0);
    rows.push(['  + later', kb(laterJs), kb(laterCss), '-', kb(laterJs + laterCss), '']);
  }
}
if (background) {
  const files = closure([join(dir, background)]);
  const js = files.reduce((sum, f) => sum + gz(f), 0);
  rows.push(['background', kb(js), '-', '-', kb(js), '']);
}

console.log(`Gzipped size per entrypoint (${dir}):`);
const header = ['entrypoint', 'js', 'css', 'html', 'total', 'budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const row of [header, ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  '));
if (failed) {
  console.error('The popup is over its budget. Move what it does not need for its first paint behind import().');
  process.exit(1);
}
