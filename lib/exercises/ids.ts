// Every exercise's id, in one catalogue: the flow definitions, the prompt
// engine, the popup and the history all name exercises through it, so a
// mistyped id fails to compile instead of silently matching nothing.
// Ids are stored with each finished exercise, so they never change.
export const FLOW_IDS = {
  /** The 15-minute values reflection. Its timing and summaries treat it apart: framed as a way to perform better, it loses its effect. */
  affirmation: 'affirmation',
  /** The short get-ready exercise just before an event (stress reinterpretation). */
  stress: 'stress',
  /** The thought record. */
  reframe: 'reframe',
  /** Mental rehearsal the day before: its if-then plans come back in the get-ready prompt for the same event. */
  rehearsal: 'rehearsal',
  /** Five-step problem solving: when one was done for an event, its review replaces the reflection after it. */
  problemSolving: 'problem-solving',
  /** The fifth step of problem solving, after the event: did the plan work? */
  planReview: 'plan-review',
  roleModel: 'role-model',
  /** Reaching out to a supporter: the weekly check-in opens it, and counts its week from the last one done. */
  reachOut: 'reach-out',
  valuesClarification: 'values-clarification',
  /** The reflection after an event. */
  feedback: 'feedback',
  setback: 'setback',
  /** The four-item confidence check: a baseline, re-rated 25 days later, then at the chosen interval, charted over time. */
  selfCheck: 'self-check',
} as const;

export type FlowId = (typeof FLOW_IDS)[keyof typeof FLOW_IDS];

/** Not an exercise: an 'earlier' block naming it shows the event's prep plan (lib/prep), what was done of it and what was not. */
export const PREP_PLAN_ID = 'prep-plan';
