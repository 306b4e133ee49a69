import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandIcs, IcsError } from './index';

const dir = join(__dirname, '../../tests/fixtures/ics-corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.ics')).sort();
// Wide enough to hold every event in the corpus.
const everything = { start: new Date('1900-01-01T00:00:00Z'), end: new Date('2100-01-01T00:00:00Z') };

describe('the real-world corpus', () => {
  it('has its files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files)('%s yields occurrences or a typed error, quickly', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const started = performance.now();
    let result: ReturnType<typeof expandIcs> | undefined;
    let error: unknown;
    try {
      result = expandIcs(text, everything, { timeZone: 'Europe/Berlin' });
    } catch (err) {
      error = err;
    }
    expect(performance.now() - started).toBeLessThan(5000);
    if (!result) {
      expect(error).toBeInstanceOf(IcsError);
      expect((error as IcsError).message.length).toBeGreaterThan(20);
      return;
    }
    const { occurrences, warnings } = result;
    for (const o of occurrences) {
      expect(o.start.getTime()).not.toBeNaN();
      expect(o.end.getTime()).toBeGreaterThanOrEqual(o.start.getTime());
    }
    expect(new Set(occurrences.map((o) => o.key)).size).toBe(occurrences.length);
    // A calendar with events yields some, or says why it could not.
    if (/BEGIN:VEVENT/i.test(text)) expect(occurrences.length + warnings.length).toBeGreaterThan(0);
  });
});
