// The runner's logic, apart from any page: which steps a flow has (its own,
// framed by the same readiness question before and after), what a step still
// needs, and where a resumed draft picks up.
import type { FlowBlock, FlowDefinition, FlowFields, FlowStep } from './types';

export const READINESS_LABEL = 'How ready do you feel for what’s coming?';

function readinessStep(id: 'readiness-before' | 'readiness-after', field: string): FlowStep {
  return {
    id,
    title: id === 'readiness-before' ? 'Before you start' : 'Before you go',
    blocks: [
      { kind: 'rating', field, label: READINESS_LABEL, min: 1, max: 10, minLabel: 'Not ready', maxLabel: 'Fully ready', optional: true },
    ],
  };
}

/** Every flow asks the same optional readiness question first and last, so flows can be compared. */
export function stepsOf(flow: FlowDefinition): FlowStep[] {
  if (flow.readiness === false) return [...flow.steps];
  return [readinessStep('readiness-before', 'readinessBefore'), ...flow.steps, readinessStep('readiness-after', 'readinessAfter')];
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
