import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import listing from '../../store/listing.json';

// Limits each store enforces at upload; a text over them is rejected there,
// long after it was written, so they are checked here instead.
const CHROME_SUMMARY_MAX = 132;
const AMO_SUMMARY_MAX = 250;
const CHROME_DESCRIPTION_MAX = 16_000;
// AMO sets no hard cap that matters in practice; this keeps the text readable.
const AMO_DESCRIPTION_MAX = 15_000;
// Chrome's dashboard caps each justification field.
const JUSTIFICATION_MAX = 1_000;

function repoFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
}

describe('store listing', () => {
  it('keeps the summaries within each store’s limit', () => {
    expect(listing.shortDescription.length).toBeGreaterThan(0);
    expect(listing.shortDescription.length).toBeLessThanOrEqual(CHROME_SUMMARY_MAX);
    expect(listing.amoSummary.length).toBeLessThanOrEqual(AMO_SUMMARY_MAX);
  });

  it('keeps the long description within each store’s limit', () => {
    expect(listing.longDescription.length).toBeLessThanOrEqual(CHROME_DESCRIPTION_MAX);
    expect(listing.longDescription.length).toBeLessThanOrEqual(AMO_DESCRIPTION_MAX);
  });

  it('justifies every permission the manifest asks for, within Chrome’s limit', () => {
    const config = repoFile('wxt.config.ts');
    const permissions = /permissions:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
    const asked = [...permissions.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(asked.length).toBeGreaterThan(0);
    for (const permission of asked) {
      expect(Object.keys(listing.permissions)).toContain(permission);
    }
    expect(config).toContain('optional_host_permissions');
    for (const text of Object.values(listing.permissions)) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(JUSTIFICATION_MAX);
    }
  });

  it('uses the short description as the manifest description', () => {
    const config = repoFile('wxt.config.ts');
    const match = /description:\s*'([^']*)'/.exec(config);
    expect(match?.[1]).toBe(listing.shortDescription);
  });

  it('has a privacy policy that names what is stored and sent', () => {
    const policy = repoFile('store/privacy.md');
    expect(policy).toMatch(/no analytics/i);
    expect(policy).toMatch(/calendar addresses you add/i);
    expect(policy).toMatch(/IndexedDB/);
  });
});
