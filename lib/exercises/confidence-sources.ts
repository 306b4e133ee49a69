// Bandura's four sources of self-efficacy, and which part of Primed feeds
// each one. The welcome page and the settings' About section explain them from
// this one list, so a new exercise has to say which source it builds
// (components/exercises/confidence-sources.test.ts checks that every exercise is placed).

import { FLOW_IDS, type FlowId } from './ids';

type ConfidenceSourceId = 'mastery' | 'others' | 'encouragement' | 'body';

interface ConfidenceSource {
  id: ConfidenceSourceId;
  name: string;
  explanation: string;
  /** Exercises (by flow id) that build this source. */
  flowIds: readonly FlowId[];
  /** Parts of Primed that are not exercises, in plain words. */
  features: readonly string[];
  /** What to try where Primed has no exercise for this source yet. */
  tip?: string;
}

export const confidenceSources: readonly ConfidenceSource[] = [
  {
    id: 'mastery',
    name: 'Doing it yourself',
    explanation: 'The strongest source: small things you actually did, noticed and remembered.',
    // A rehearsal and a dated plan are dry runs of doing it: mastery in the mind, before the real thing.
    flowIds: [FLOW_IDS.feedback, FLOW_IDS.setback, FLOW_IDS.rehearsal, FLOW_IDS.problemSolving, FLOW_IDS.planReview],
    features: ['Logging wins from the toolbar', 'Goal ladders'],
  },
  {
    id: 'others',
    name: 'Watching others',
    explanation: 'Seeing someone like you manage something similar makes it feel possible for you too.',
    flowIds: [FLOW_IDS.roleModel],
    features: [],
  },
  {
    id: 'encouragement',
    name: 'Encouragement',
    explanation: 'Specific, believable words about what you did, from others or from yourself.',
    // Asking a supporter for a listen or a word from someone who has done it is how encouragement from others is sought out.
    flowIds: [FLOW_IDS.reframe, FLOW_IDS.reachOut],
    features: ['Your list of supporters'],
  },
  {
    id: 'body',
    name: 'Reading your body’s signals',
    explanation: 'A racing heart before something big is energy you can use, not a sign that you will do badly.',
    flowIds: [FLOW_IDS.stress],
    features: [],
  },
];

/**
 * Exercises deliberately left out of the explanation. The values reflection
 * loses its effect when people are told what it is for (Sherman et al. 2009),
 * and values clarification feeds its list; the confidence check measures
 * rather than builds.
 */
export const unexplainedFlowIds: readonly FlowId[] = [FLOW_IDS.affirmation, FLOW_IDS.selfCheck, FLOW_IDS.valuesClarification];

export const expectationText =
  'Confidence grows over weeks of practice, a little at a time, not in one exercise. Expect some days to feel like no progress; the record you keep is what shows the change.';
