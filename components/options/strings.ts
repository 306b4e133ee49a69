// Every word the options page shows, in one place.
export const optionsText = {
  title: 'Primed settings',
  toolbarHeading: 'Toolbar',
  showStreak: 'Show my day streak in the toolbar popup',
  showStreakHint: 'Some people like seeing a streak; others find it a pressure. Your wins are counted either way.',
  shortcut: (keys: string) => `Open Primed from the keyboard with ${keys}.`,
  noShortcut: 'No keyboard shortcut is set for Primed.',
  shortcutHint: 'You can change it in your browser’s extension shortcut settings.',
  careNote: 'Primed is a self-help tool, not a substitute for therapy or medical care.',
  careLink: 'When to reach out for more support',
  dataHeading: 'Your data',
  dataBody:
    'Everything Primed keeps lives only in this browser profile, on this device. There is no account and no server. To move it elsewhere, a backup file will be the way; export and import are coming.',
  quarantineHeading: 'Set-aside records',
  quarantineIntro:
    "When a saved record can't be read, Primed sets it aside here exactly as it was found, instead of deleting it. You can save a copy or discard it.",
  quarantineEmpty: 'Nothing is set aside. Every record reads cleanly.',
  quarantineFrom: (key: string) => `Stored as “${key}”`,
  quarantineWhen: (when: string) => `Set aside ${when}`,
  reason: 'Why',
  exportOne: 'Save a copy',
  discard: 'Discard',
  confirmDiscard: 'Discard for good',
  cancel: 'Keep it',
  discardQuestion: 'This removes the record permanently.',
  loadFailed: "The set-aside records couldn't be loaded.",
  saved: 'Saved.',
} as const;
