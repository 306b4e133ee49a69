// The runner's own words (each flow's words live in its folder).
export const runnerText = {
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  skip: 'Skip',
  about: (minutes: number) => `About ${minutes} minutes`,
  forEvent: (title: string) => `For: ${title}`,
  needs: (labels: string) => `Please answer first: ${labels}`,
  doneTitle: 'Saved',
  doneBody: 'Nicely done. What you wrote is in your journal.',
  close: 'Close',
  unknownFlow: 'This exercise does not exist. It may have come from a newer version of Primed.',
  breatheIn: 'Breathe in',
  breatheOut: 'Breathe out',
  breathingStill: (inhale: number, exhale: number) =>
    `Breathe in slowly for ${inhale} seconds, then out for ${exhale}. A few rounds are enough; skip this if you like.`,
  askHeading: 'Questions you could ask',
  copy: 'Copy',
  copied: 'Copied',
  draftFailed: "Your answers couldn't be kept as a draft.",
} as const;
