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
  // A closing full stop goes: the sentence around the quote ends with its own, and “…love.”. reads as a slip.
  const text = value.trim().replace(/\s+/g, ' ').replace(/(?<!\.)\.$/, '');
  return `“${text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : text}”`;
}

const SAVED_LINE = 'It is all in your journal.';
const SAVED_QUIETLY = 'What you wrote is saved in your journal.';

interface FinishChange {
  /** What was asked, short enough for a caption. */
  label: string;
  before: number;
  after: number;
  /** The same change as one sentence, for screen readers and plain text. */
  sentence: string;
}

interface FinishSummary {
  /** The user's own words, in one sentence. */
  said?: string;
  /** The before/after answer, when the exercise asks one and both were given. */
  change?: FinishChange;
  saved: string;
}

export function finishSummary(flow: FlowDefinition, answers: FlowFields, { crisis }: { crisis: boolean }): FinishSummary {
  if (crisis) return { saved: SAVED_QUIETLY };
  const said = flow.finish?.(answers);
  const change = changeOf(flow, answers);
  return { ...(said ? { said } : {}), ...(change ? { change } : {}), saved: said ? SAVED_LINE : SAVED_QUIETLY };
}

function changeOf(flow: FlowDefinition, answers: FlowFields): FinishChange | undefined {
  const measure = flow.measure ?? 'readiness';
  if (measure === 'none') return undefined;
  const { before: beforeField, after: afterField } = MEASURES[measure];
  const [before, after] = [answers[beforeField], answers[afterField]];
  if (typeof before !== 'number' || typeof after !== 'number') return undefined;
  return measure === 'capability'
    ? { label: 'How capable you feel of the next one', before, after, sentence: `How capable you feel of the next one: ${before} before, ${after} now.` }
    : { label: 'How ready you feel', before, after, sentence: `How ready you feel: ${before} before, ${after} now.` };
}

/** The finish screen as plain lines. */
export function finishText(flow: FlowDefinition, answers: FlowFields, options: { crisis: boolean }): string[] {
  const { said, change, saved } = finishSummary(flow, answers, options);
  return [...(said ? [said] : []), ...(change ? [change.sentence] : []), saved];
}
