// Editing a finished exercise from the history page: its written answers, as
// they were asked. Ratings and choices are what the user felt at the time,
// so they are shown, not rewritten.
import type { FlowEntry } from '../exercises/entry';
import { stepsOf } from '../exercises/runner';
import type { FlowDefinition, FlowFields } from '../exercises/types';

interface EditableAnswer {
  field: string;
  label: string;
  multiline: boolean;
  optional: boolean;
}

/** The exercise's written answers, in the order they were asked (of a branching exercise, the steps its answers led to). */
export function editableAnswers(flow: FlowDefinition, fields: FlowFields = {}): EditableAnswer[] {
  return stepsOf(flow, fields).flatMap((step) =>
    step.blocks.flatMap((block) =>
      block.kind === 'text' ? [{ field: block.field, label: block.label, multiline: block.multiline === true, optional: block.optional === true }] : [],
    ),
  );
}

type EditResult = { ok: true; entry: FlowEntry } | { ok: false; missing: string[] };

/**
 * The entry with the answers rewritten; refused, naming the questions, when
 * a required answer that had words is emptied (one never answered may stay so).
 */
export function withEditedAnswers(entry: FlowEntry, edits: Readonly<Record<string, string>>, flow: FlowDefinition, now: number): EditResult {
  const answers = editableAnswers(flow, entry.fields);
  const had = (field: string) => typeof entry.fields[field] === 'string' && (entry.fields[field] as string).trim() !== '';
  const missing = answers.filter((a) => !a.optional && had(a.field) && a.field in edits && !edits[a.field]!.trim()).map((a) => a.label);
  if (missing.length > 0) return { ok: false, missing };
  const fields = { ...entry.fields };
  for (const { field } of answers) {
    if (!(field in edits)) continue;
    const text = edits[field]!.trim();
    if (text) fields[field] = text;
    else delete fields[field];
  }
  return { ok: true, entry: { ...entry, fields, updatedAt: now } };
}
