// The words of the popup's first paint and of what its views share; the parts
// loaded later carry their own (see wxt.config.ts).
export const popupText = {
  prompt: 'What went well?',
  placeholder: 'A small thing counts: sent the hard email, asked one question',
  save: 'Log it',
  logged: 'Logged.',
  undo: 'Undo',
  undone: 'Removed. Your words are back in the box.',
  exercises: 'Exercises',
  settings: 'Settings',
  journal: 'Journal',
  goals: 'Goals',
  back: 'Back',
  nav: 'Pages',
  loadFailed: "Your recent wins couldn't be loaded.",
  draftFailed: "Your typing couldn't be kept as a draft.",
  emptyWin: 'Write a few words first.',
  untitled: '(no title)',
  addDetails: 'Add details',
  detailsSaved: 'Details saved.',
} as const;
