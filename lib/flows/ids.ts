// The exercises the background and other pages name directly (the rest are
// known only through the registry in components/flows).
/** The four-item confidence check: reminded of monthly, charted over time. */
export const SELF_CHECK_ID = 'self-check';
