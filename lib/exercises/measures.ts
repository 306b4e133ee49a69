// The before/after question an exercise is framed by. Each fits what the
// exercise is for: readiness before an event; after one, how capable the user
// feels of handling the next one like it (task self-efficacy, which is what
// reflection after an event should build). The after-event check-in asks the
// very same capability question, so a reflection can answer it.

export type Measure = 'readiness' | 'capability' | 'none';

export const READINESS_LABEL = 'How ready do you feel for what’s coming?';
export const CAPABILITY_QUESTION = 'How capable do you feel of handling the next one like it?';

export interface MeasureQuestion {
  label: string;
  minLabel: string;
  maxLabel: string;
  before: string;
  after: string;
}

export const MEASURES: Record<Exclude<Measure, 'none'>, MeasureQuestion> = {
  readiness: { label: READINESS_LABEL, minLabel: 'Not ready', maxLabel: 'Fully ready', before: 'readinessBefore', after: 'readinessAfter' },
  capability: { label: CAPABILITY_QUESTION, minLabel: 'Not at all', maxLabel: 'Completely', before: 'capabilityBefore', after: 'capabilityAfter' },
};
