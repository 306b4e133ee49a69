// The runner's logic, apart from any page: which steps a flow has (its own,
// framed by its before/after question, and those its answers so far call
// for), what a step still needs, and where a resumed draft picks up.
import { MEASURES, type MeasureQuestion } from './measures';
import type { FlowBlock, FlowDefinition, FlowFields, FlowStep } from './types';

export { READINESS_LABEL } from './measures';

function measureStep(when: 'before' | 'after', question: MeasureQuestion): FlowStep {
  const field = when === 'before' ? question.before : question.after;
  return {
    id: `${field === 'readinessBefore' || field === 'readinessAfter' ? 'readiness' : 'capability'}-${when}`,
    title: when === 'before' ? 'Before you start' : 'Before you go',
    blocks: [{ kind: 'rating', field, label: question.label, min: 1, max: 10, minLabel: question.minLabel, maxLabel: question.maxLabel, optional: true }],
  };
}

/** Every step a flow can show, its optional ones included, framed by its before/after question. */
export function allStepsOf(flow: FlowDefinition): FlowStep[] {
  const measure = flow.measure ?? 'readiness';
  if (measure === 'none') return [...flow.steps];
  const question = MEASURES[measure];
  return [measureStep('before', question), ...flow.steps, measureStep('after', question)];
}

/** The steps the answers so far call for: a step with a condition shows only when it holds. */
export function stepsOf(flow: FlowDefinition, fields: FlowFields = {}): FlowStep[] {
  return allStepsOf(flow).filter((step) => !step.when || step.when(fields));
}

/** One slider a step shows, whichever kind of block it comes from. */
export interface ScaleQuestion {
  field: string;
  label: string;
  min: number;
  max: number;
  step: number;
  optional: boolean;
  minLabel?: string;
  maxLabel?: string;
  /** Read as "40%" rather than "4 out of 10". */
  percent: boolean;
}

type EmotionPart = 'name' | 'before' | 'after';

/** Where one emotion's name and ratings are stored: flat, so a draft holds them like any other answer. */
export function emotionField(row: number, part: EmotionPart): string {
  return part === 'name' ? `emotion${row}` : `emotion${row}${part === 'before' ? 'Before' : 'After'}`;
}

export function emotionNameLabel(row: number): string {
  return row === 1 ? 'Emotion 1' : `Emotion ${row} (optional)`;
}

function emotionName(fields: FlowFields, row: number): string {
  const value = fields[emotionField(row, 'name')];
  return typeof value === 'string' ? value.trim() : '';
}

function rows(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** The sliders a block shows with these answers: an emotions block rates the ones named so far (and always the first before). */
export function scalesOf(block: FlowBlock, fields: FlowFields): ScaleQuestion[] {
  switch (block.kind) {
    case 'rating': {
      const { field, label, min, max, minLabel, maxLabel } = block;
      return [{ field, label, min, max, step: 1, optional: block.optional === true, minLabel, maxLabel, percent: false }];
    }
    case 'percent':
      return [{ field: block.field, label: block.label, min: 0, max: 100, step: 5, optional: block.optional === true, percent: true }];
    case 'emotions':
      return rows(block.rows).flatMap((row) => {
        const name = emotionName(fields, row);
        if (!name && (block.phase === 'after' || row > 1)) return [];
        const label =
          block.phase === 'before' ? (name ? `How strong is “${name}”?` : `How strong is emotion ${row}?`) : `How strong is “${name}” now?`;
        return [{ field: emotionField(row, block.phase), label, min: 0, max: 100, step: 5, optional: false, percent: true }];
      });
    default:
      return [];
  }
}

/** The items of a one-a-line list, blank lines left out. */
export function listItems(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The labels of what one block still needs. */
function missingIn(block: FlowBlock, fields: FlowFields): string[] {
  switch (block.kind) {
    case 'rank':
      return typeof fields[block.field] === 'string' ? [] : [block.label];
    case 'text': {
      const value = fields[block.field];
      if (block.minLines) return typeof value === 'string' && listItems(value).length >= block.minLines ? [] : [block.label];
      return block.optional || (typeof value === 'string' && value.trim().length > 0) ? [] : [block.label];
    }
    case 'emotions': {
      const name = block.phase === 'before' && !emotionName(fields, 1) ? [emotionNameLabel(1)] : [];
      return [...name, ...unrated(scalesOf(block, fields), fields)];
    }
    default:
      return unrated(scalesOf(block, fields), fields);
  }
}

function unrated(scales: readonly ScaleQuestion[], fields: FlowFields): string[] {
  return scales.filter((s) => !s.optional && typeof fields[s.field] !== 'number').map((s) => s.label);
}

/** The labels of the required answers a step is still missing. */
export function missingAnswers(step: FlowStep, fields: FlowFields): string[] {
  return step.blocks.flatMap((b) => missingIn(b, fields));
}

/** Every named emotion carries both of its ratings; for a finished record's schema. */
export function emotionsComplete(fields: FlowFields, count: number): boolean {
  return rows(count).every(
    (row) => !emotionName(fields, row) || (typeof fields[emotionField(row, 'before')] === 'number' && typeof fields[emotionField(row, 'after')] === 'number'),
  );
}

/**
 * Each stored field's question, for reading a saved entry back: today's
 * questions, and the ones an earlier version asked, so no old answer shows as
 * a bare field name.
 */
export function fieldLabels(flow: FlowDefinition): Map<string, string> {
  const labels = new Map<string, string>(Object.entries(flow.retiredLabels ?? {}));
  for (const block of allStepsOf(flow).flatMap((s) => s.blocks)) {
    if ('field' in block && 'label' in block) labels.set(block.field, block.label);
    if (block.kind === 'emotions') for (const [field, label] of emotionFieldLabels(block.rows)) labels.set(field, label);
  }
  // Asked first and last in the same words: the label says which. (Older entries may hold either measure.)
  for (const question of Object.values(MEASURES)) {
    labels.set(question.before, `${question.label} (before)`);
    labels.set(question.after, `${question.label} (after)`);
  }
  return labels;
}

/**
 * A stored answer in words, for reading an entry back: a choice by its label
 * (not the value it is stored as), a 0 to 100 belief as a percentage, a list
 * joined. A value no longer among the choices is shown as it was stored.
 */
export function answerText(flow: FlowDefinition | undefined, field: string, value: unknown): string {
  const block = flow ? allStepsOf(flow).flatMap((s) => s.blocks).find((b) => 'field' in b && b.field === field) : undefined;
  if (block?.kind === 'choices') {
    const labels = new Map(block.options.map((o) => [o.value, o.label]));
    const chosen = Array.isArray(value) ? value : [value];
    return chosen.map((v) => labels.get(String(v)) ?? String(v)).join(', ');
  }
  if (block?.kind === 'percent' && typeof value === 'number') return `${value}%`;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function emotionFieldLabels(count: number): Array<[string, string]> {
  return rows(count).flatMap((row): Array<[string, string]> => [
    [emotionField(row, 'name'), `Emotion ${row}`],
    [emotionField(row, 'before'), `Emotion ${row}, at first`],
    [emotionField(row, 'after'), `Emotion ${row}, afterwards`],
  ]);
}

/** Where a resumed draft continues: its saved step, kept within the flow. */
export function resumeStep(steps: readonly FlowStep[], saved: unknown): number {
  return typeof saved === 'number' && Number.isInteger(saved) ? Math.min(Math.max(saved, 0), steps.length - 1) : 0;
}

/** The draft of one flow for one event (or none): the same id wherever the flow is opened, so it resumes anywhere. */
export function flowDraftId(flowId: string, eventKey?: string): string {
  return `flow:${flowId}:${eventKey ?? 'none'}`;
}

/** The stored fields: the answers only, without the runner's own bookkeeping. */
export function answersOf(fields: FlowFields): FlowFields {
  const answers: FlowFields = {};
  for (const [key, value] of Object.entries(fields)) if (!key.startsWith('_')) answers[key] = value;
  return answers;
}

/** The fields one block asks for. */
function askedIn(block: FlowBlock): string[] {
  if (block.kind === 'emotions') return rows(block.rows).flatMap((row) => [emotionField(row, 'name'), emotionField(row, 'before'), emotionField(row, 'after')]);
  return 'field' in block ? [block.field] : [];
}

/**
 * The answers to store: without the runner's bookkeeping, and without what
 * was written in steps the final answers no longer show. Going back and
 * changing an answer can switch branches (a reflection whose rating drops
 * becomes the setback log); the words left in the other branch stay in the
 * draft, for switching back, but are not part of what the user finished.
 */
export function finishedAnswers(flow: FlowDefinition, fields: FlowFields): FlowFields {
  const shown = new Set(stepsOf(flow, fields).flatMap((step) => step.blocks.flatMap(askedIn)));
  const hidden = new Set(allStepsOf(flow).flatMap((step) => step.blocks.flatMap(askedIn)).filter((field) => !shown.has(field)));
  const answers = answersOf(fields);
  for (const field of hidden) delete answers[field];
  return answers;
}
