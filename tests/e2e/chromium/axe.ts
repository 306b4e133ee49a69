// The accessibility check the page suites share: axe-core's WCAG 2 A and AA
// rules, run in light and in dark. (a11y.e2e.ts runs its own, narrower by rule.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2 A and AA problems axe-core finds in the page, in light and in dark. */
export async function axeViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      type Violation = { id: string; nodes: Array<{ target: string[] }> };
      const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })).violations;
    });
    found.push(...violations.map((v) => `${colorScheme} ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
  }
  return found;
}
