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

function isAnswered(block: FlowBlock, fields: FlowFields): boolean {
  if (block.kind === 'rank') return typeof fields[block.field] === 'string';
  if (block.kind !== 'rating' && block.kind !== 'text' && block.kind !== 'percent') return true;
  if (block.optional) return true;
  const value = fields[block.field];
  if (block.kind === 'text') return typeof value === 'string' && value.trim().length > 0;
  return typeof value === 'number';
}

/** The labels of the required answers a step is still missing. */
export function missingAnswers(step: FlowStep, fields: FlowFields): string[] {
  return step.blocks.filter((b) => !isAnswered(b, fields)).map((b) => ('label' in b ? b.label : ''));
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
