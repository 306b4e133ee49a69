// The exercises the background and other pages name directly (the rest are
// known only through the registry in components/flows).
/** The four-item confidence check: reminded of monthly, charted over time. */
export const SELF_CHECK_ID = 'self-check';
/**
 * The values reflection: its timing and its summaries treat it apart, since
 * framing it as a way to perform better takes its effect away.
 */
export const AFFIRMATION_ID = 'affirmation';
