// What the finish screen says: something specific about what the user just
// did, in their own words, and how the before/after answer moved. Never a
// generic "well done" (praise aimed at the person rather than the task does
// little for capability), and nothing upbeat after words that read like a
// crisis: then it only says the words are kept.
import { MEASURES } from './measures';
import type { FlowDefinition, FlowFields } from './types';

const QUOTE_MAX = 90;

/** A user's answer, trimmed and shortened for a sentence, or undefined when there is none. */
export function quoted(value: FlowFields[string] | undefined): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  return `“${text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text}”`;
}

export const SAVED_LINE = 'It is all in your journal.';
const SAVED_QUIETLY = 'What you wrote is saved in your journal.';

export function finishText(flow: FlowDefinition, answers: FlowFields, { crisis }: { crisis: boolean }): string[] {
  if (crisis) return [SAVED_QUIETLY];
  const lines: string[] = [];
  const specific = flow.finish?.(answers);
  if (specific) lines.push(specific);
  const measure = flow.measure ?? 'readiness';
  if (measure !== 'none') {
    const { before, after } = MEASURES[measure];
    const [was, now] = [answers[before], answers[after]];
    if (typeof was === 'number' && typeof now === 'number') {
      lines.push(measure === 'capability' ? `How capable you feel of the next one: ${was} before, ${now} now.` : `How ready you feel: ${was} before, ${now} now.`);
    }
  }
  lines.push(specific ? SAVED_LINE : SAVED_QUIETLY);
  return lines;
}
