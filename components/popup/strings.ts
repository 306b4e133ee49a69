// Every word the toolbar popup shows, in one place.
export const popupText = {
  appName: 'Primed',
  prompt: 'What went well?',
  placeholder: 'A small thing counts: sent the hard email, asked one question',
  save: 'Log it',
  logged: 'Logged.',
  undo: 'Undo',
  undone: 'Removed. Your words are back in the box.',
  recent: 'Recent wins',
  emptyTitle: 'Your first win goes here.',
  emptyBody:
    'Note one thing that went well today, however small. Over time these add up to proof of what you can do.',
  today: (n: number) => (n === 1 ? '1 today' : `${n} today`),
  streak: (days: number) => (days === 1 ? '1-day streak' : `${days}-day streak`),
  noStreak: 'Start a streak today',
  settings: 'Settings',
  about: 'How Primed works',
  loadFailed: "Your recent wins couldn't be loaded.",
  draftFailed: "Your typing couldn't be kept as a draft.",
  emptyWin: 'Write a few words first.',
} as const;
