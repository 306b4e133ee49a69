// What an exercise ("flow") is: a typed definition that one runner renders.
// The background and the popup know flows by id only.
import type { z } from '../zod';
import type { DraftValue } from './model';
import type { FlowId, PREP_PLAN_ID } from './ids';
import type { Measure } from './measures';
import type { NextStepKind } from './next-step';

export type FlowBlock =
  /** A scale, e.g. 1 (flat) to 10 (buzzing). */
  | { kind: 'rating'; field: string; label: string; min: number; max: number; minLabel: string; maxLabel: string; optional?: boolean }
  /** A text answer; `prefill: 'event'` starts it with the title of the event the flow was opened for. */
  | {
      kind: 'text';
      field: string;
      label: string;
      hint?: string;
      multiline?: boolean;
      optional?: boolean;
      prefill?: 'event';
      /** A list, one item a line, that needs at least this many items before the step is done. */
      minLines?: number;
    }
  /** Any number of choices, each with a one-line explanation; stored as the chosen values. */
  | { kind: 'choices'; field: string; label: string; options: ReadonlyArray<{ value: string; label: string; hint: string }> }
  /** A 0 to 100 slider ("how strongly do you believe it?"). */
  | { kind: 'percent'; field: string; label: string; optional?: boolean }
  /** The user's own recent wins, each addable to a text field as evidence. */
  | { kind: 'wins'; targetField: string }
  /**
   * The user's values to put in order (or add their own), shown in the order
   * they left them last time and kept for next time; the top one is the answer.
   */
  | { kind: 'rank'; field: string; label: string }
  /**
   * Answers from the latest exercise `flowId` done for the same event, shown
   * again under `label` (the if-then plans in the get-ready exercise, the plan
   * in its review). Shows nothing when there is none.
   */
  | { kind: 'earlier'; flowId: FlowId | typeof PREP_PLAN_ID; fields: readonly string[]; label: string }
  /** An earlier answer shown again, for the step that builds on it. */
  | { kind: 'recall'; field: string; label: string }
  /** A gentle countdown that can be paused and never forces anything. */
  | { kind: 'timer'; minutes: number }
  /** Words to read, one paragraph each. */
  | { kind: 'read'; paragraphs: readonly string[] }
  /**
   * Up to `rows` emotions, each named and rated 0 to 100 (`phase: 'before'`,
   * the first one required), or the ones named rated again (`phase: 'after'`).
   * Stored flat, as emotion1, emotion1Before, emotion1After and so on.
   */
  | { kind: 'emotions'; phase: 'before' | 'after'; rows: number }
  /** Task-focused questions to ask others about the part of the work named in `partField`, each copied with one click. */
  | { kind: 'ask'; partField: string; praiseField: string }
  /** The user's supporters, each a button that puts their name in `targetField` (components/exercises/ReachOutBlocks.tsx). */
  | { kind: 'supporters'; targetField: string }
  /** Ready-made requests to the person in `personField` for the help in `askField`, each put in `targetField` with one click, and that field copied with one more. */
  | { kind: 'request'; targetField: string; personField: string; askField: string };

export interface FlowStep {
  id: string;
  title: string;
  blocks: readonly FlowBlock[];
  /** Shown only when the answers so far call for it (e.g. the setback log after a low outcome). */
  when?: (fields: FlowFields) => boolean;
}

export type FlowFields = Record<string, DraftValue>;

export interface FlowDefinition {
  /** From the catalogue in ./ids, never a literal. */
  id: FlowId;
  title: string;
  /** About how long it takes, in minutes. */
  minutes: number;
  /**
   * The question asked first and last (lib/exercises/measures.ts): readiness
   * unless given. `none` for a flow the question would distort: one that is
   * itself a measure, or one that must not look like preparation for a task.
   */
  measure?: Measure;
  /**
   * False for a flow that never shows the event it was opened for. The values
   * reflection is timed by an event, but naming the event inside it frames it
   * as a performance aid, which takes its effect away (Sherman et al. 2009).
   */
  namesEvent?: false;
  /** False for an exercise reached only from a prompt: without its event it has nothing to show. */
  listed?: false;
  /** Short enough to do in the toolbar popup, every step within its 400 × 600 (the others always get a window of their own). */
  quick?: boolean;
  /** One line for lists. */
  summary: string;
  /** The window's first screen, before step 1 (the popup, which has no room, goes straight in). */
  intro?: FlowIntro;
  steps: readonly FlowStep[];
  /** The fields of a finished exercise, as they are stored. */
  result: z.ZodMiniType<FlowFields>;
  /** The finish screen's sentence about what the user just did, from their answers (lib/exercises/finish.ts). */
  finish?: (answers: FlowFields) => string | undefined;
  /** The one thing the finish screen offers next, when it is more than going back to the day (lib/exercises/next-step.ts). */
  next?: (answers: FlowFields, event: { startsIn?: number }) => NextStepKind | undefined;
  /** Questions an earlier version asked, by field, so entries saved then still read as they were asked. */
  retiredLabels?: Readonly<Record<string, string>>;
  /** A one-a-line list field whose items join the user's values (lib/values) when the exercise is saved. */
  valuesField?: string;
}

/** What an exercise is and what the user will have at the end; how long it takes comes from `minutes`. */
interface FlowIntro {
  what: string;
  leaveWith: string;
}
