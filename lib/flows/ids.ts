// The exercises the background and other pages name directly (the rest are
// known only through the registry in components/flows).
/** The four-item confidence check: a baseline, re-rated 25 days later, then at the chosen interval, charted over time. */
export const SELF_CHECK_ID = 'self-check';
/**
 * The values reflection: its timing and its summaries treat it apart, since
 * framing it as a way to perform better takes its effect away.
 */
export const AFFIRMATION_ID = 'affirmation';
/** Five-step problem solving: when one was done for an event, its review replaces the reflection after it. */
export const PROBLEM_SOLVING_ID = 'problem-solving';
/** The fifth step of problem solving, after the event: did the plan work? */
export const PLAN_REVIEW_ID = 'plan-review';
/** Mental rehearsal the day before: its if-then plans come back in the get-ready prompt for the same event. */
export const REHEARSAL_ID = 'rehearsal';
/** Reaching out to a supporter: the weekly check-in opens it, and counts its week from the last one done. */
export const REACH_OUT_ID = 'reach-out';
