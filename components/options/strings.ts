import type { ImportPreview, SectionPreview } from '@/lib/backup/import';
import { plural } from '@/lib/text/plural';

function count(n: number, one: string, many: string): string {
  return n === 0 ? `no ${many}` : plural(n, one, many);
}

/** "2 entries (1 new, 1 already here)": what will be stored, each record once however often the file holds it. */
function previewSection(s: SectionPreview, one: string, many: string): string {
  const parts = [
    s.new > 0 ? `${s.new} new` : '',
    s.newer > 0 ? `${s.newer} newer than yours` : '',
    s.alreadyHere > 0 ? `${s.alreadyHere} already here` : '',
    s.duplicates > 0 ? `${plural(s.duplicates, 'duplicate')} in the file` : '',
  ].filter(Boolean);
  return `${count(s.records, one, many)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

// Every word the options page shows, in one place.
export const optionsText = {
  title: 'Primed settings',
  brand: 'Primed',
  titleShort: 'Settings',
  navLabel: 'Settings sections',
  groups: {
    calendars: 'Calendars',
    prompts: 'Prompts',
    exercises: 'Exercises and values',
    data: 'Data',
    about: 'About and support',
  },
  setAsideBadge: (n: number) => `${n} set aside`,
  // A change that could not be saved: the control shows what is stored again.
  notSaved: {
    quota: 'Your browser’s storage for Primed is full, so nothing was changed. Free up some disk space, then try again.',
    unavailable: 'Primed can’t reach its storage right now, so nothing was changed. Try again in a moment, or restart the browser.',
    invalid: 'That couldn’t be saved because part of it doesn’t look right, so nothing was changed.',
    failed: 'Something went wrong while saving, so nothing was changed. Please try again.',
  },
  toolbarHeading: 'Toolbar',
  showStreak: 'Show my day streak in the toolbar popup',
  showStreakHint: 'Some people like seeing a streak; others find it a pressure. Your wins are counted either way.',
  shortcut: (keys: string) => `Open Primed from the keyboard with ${keys}.`,
  noShortcut: 'No keyboard shortcut is set for Primed.',
  shortcutHint: 'You can change it in your browser’s extension shortcut settings.',
  aboutHeading: 'About Primed',
  supportHeading: 'Support',
  careNote: 'Primed is a self-help tool, not a substitute for therapy or medical care.',
  careLink: 'When to reach out for more support',
  valuesHeading: 'Your values',
  valuesIntro: 'Put the ones that matter most to you at the top. The reflection exercise shows this list each time, so you can change it there too, and asks you to write about your first one.',
  valuesMoveHint: 'Drag a value by its handle, or focus the handle and use the up and down arrow keys.',
  moveValue: (value: string, place: number, of: number) => `Move ${value}, ${place} of ${of}`,
  valueMoved: (value: string, place: number, of: number) => `${value} moved to ${place} of ${of}.`,
  supportersHeading: 'Your supporters',
  supportersIntro: 'A few people you can lean on before a big moment: someone who listens, someone who has done it before, someone who can lend a hand. The reach-out exercise helps you ask them.',
  supporterKindLabel: (name: string) => `How ${name} helps`,
  supporterNoteLabel: (name: string) => `Note about ${name}`,
  supporterNoteHint: 'Optional: what they are good for, or when to ask.',
  supporterRemove: 'Remove',
  supporterName: 'Name',
  supporterKind: 'How they help',
  addSupporter: 'Add supporter',
  supportersFull: (max: number) => `That is ${max} people, the most this list holds. Remove someone to add another.`,
  supporterRemoved: (name: string) => `${name} removed.`,
  supportersNone: 'No one yet. Even one name helps.',
  ownValue: 'Add a value of your own',
  addValue: 'Add',
  dataHeading: 'Your data',
  dataBody:
    'Everything Primed keeps lives only in this browser profile, on this device. There is no account and no server. A backup file is the way to move it to another browser or keep it safe.',
  backupHeading: 'Back up',
  backupBody: 'A backup is one file with everything you wrote and chose. Keep it somewhere safe, or bring it into Primed in another browser.',
  includeAddresses: 'Include calendar addresses',
  includeAddressesHint: 'Calendar addresses work like passwords. Leave this off unless the file stays with you.',
  exportBackup: 'Download a backup',
  exportWins: 'Wins as CSV',
  exportExercises: 'Exercises as CSV',
  exportDecisions: 'Prompt decisions as CSV',
  exported: 'Your file is downloading.',
  importHeading: 'Bring back a backup',
  importLabel: 'Choose a backup file',
  importPreview: (name: string, p: ImportPreview) =>
    `${name}: ${previewSection(p.entries, 'entry', 'entries')}, ${previewSection(p.goals, 'goal ladder', 'goal ladders')} and ${previewSection(p.decisions, 'prompt decision', 'prompt decisions')}` +
    (p.checkIns.records > 0 ? `, with ${previewSection(p.checkIns, 'check-in after an event', 'check-ins after events')}` : '') +
    (p.prepPlans.records > 0 ? `, and ${previewSection(p.prepPlans, 'prep plan', 'prep plans')}.` : '.') +
    (p.feedsWithoutAddress > 0 ? ` ${p.feedsWithoutAddress} calendars were saved without their address and will need adding again.` : '') +
    ' Your settings will be replaced by the backup’s.',
  importConfirm: 'Import',
  importCancel: 'Cancel',
  imported: 'Imported. Everything from the backup is here now.',
  selfCheckEvery: 'Remind me to check in on my confidence',
  selfCheckHint: 'The first check is your starting point. The second comes about 25 days later, whatever you choose here, as the plan it comes from suggests; after that, at the interval you choose.',
  goalReminders: 'While a goal ladder is under way, remind me of each day’s small task',
  supporterCheckIns: 'Once a week, remind me to reach out to one of my supporters',
  selfCheckOptions: { fortnight: 'Every two weeks', month: 'Every month', quarter: 'Every three months', never: 'Never' },
  historyLink: 'Open your journal: every win and exercise, to read, search, edit or delete',
  goalsLink: 'Goal ladders: turn a goal you have been putting off into steps small enough to start',
  deleteHeading: 'Delete everything',
  deleteBody:
    'Removes your wins, exercises, goal ladders, drafts, supporters, settings, marks, moments, the decision log, every scheduled prompt, and the access you gave to calendar servers. Save a backup first if you might want any of it back.',
  deleteStart: 'Delete all my data…',
  deleteConfirm: 'This cannot be undone. Delete everything Primed keeps in this browser?',
  deleteYes: 'Yes, delete everything',
  deleteNo: 'Keep my data',
  deletedAll: 'Everything is deleted. Primed is as it was when you installed it.',
  deleteFailed: 'Something went wrong while deleting. Nothing you can see was lost; please try again.',
  quarantineHeading: 'Set-aside records',
  quarantineIntro:
    "When a saved record can't be read, Primed sets it aside here exactly as it was found, instead of deleting it. You can save a copy or discard it.",
  quarantineEmpty: 'Nothing is set aside. Every record reads cleanly.',
  quarantineFrom: (key: string) => `Stored as “${key}”`,
  quarantineWhen: (when: string) => `Set aside ${when}`,
  reason: 'Why',
  exportOne: 'Save a copy',
  feedListSetAside: 'Your list of calendars could not be read, so it was set aside here. Calendar addresses are hidden, since anyone with one can read that calendar.',
  includeSetAsideAddresses: 'Include the calendar addresses in the saved copy',
  discard: 'Discard',
  confirmDiscard: 'Discard for good',
  cancel: 'Keep it',
  discardQuestion: 'This removes the record permanently.',
  loadFailed: "The set-aside records couldn't be loaded.",

  // Marks on the upcoming events of the Calendars section.
  makePlan: 'Make a plan',
  makePlanFor: (title: string) => `for ${title}`,
  untitled: '(no title)',
  stakesLabel: (title: string) => `Prompts for ${title}`,
  stakesChoices: {
    auto: 'Decide by my word rules',
    one: 'Prompt me for this event',
    series: 'Prompt me for every event in the series',
    never: 'Never prompt for this event',
    'never-series': 'Never prompt for this series',
    'never-one': 'Skip prompts for this one only',
  },
  // One line under the choice, saying what it does for this event.
  stakesExplain: {
    autoMatched: (keyword: string) => `Prompts come, because the title has your word “${keyword}”.`,
    autoNone: 'No prompts: none of your words is in the title.',
    one: 'You marked it: Primed will prompt you before and after it.',
    series: 'Every event in this series gets prompts before and after.',
    never: 'No prompts for this event, whatever your words match.',
    'never-series': 'No prompts for any event in this series, whatever your words match.',
    'never-one': 'No prompts this time; the rest of the series follows your words.',
  },
  stakesKindLabel: (title: string) => `Kind of moment for ${title}`,
  stakesBadge: (kind: string) => `High-stakes · ${kind}`,
  allDayNoPrompts: 'All day, so no prompts',

  // Keyword rules.
  rulesHeading: 'Words that mark high-stakes events',
  rulesIntro:
    'When an upcoming event’s title has one of these words or phrases, Primed treats it as high-stakes. Whole words only, capitals or not. Your own marks on an event always come first.',
  rulesNone: 'No rules. Only the events you mark and the moments you add will get prompts.',
  ruleKind: (keyword: string) => `Kind of moment for “${keyword}”`,
  ruleDescriptions: 'Also search descriptions',
  ruleDescriptionsName: (keyword: string) => ` for “${keyword}”`,
  ruleEnabled: 'Use this rule',
  ruleEnabledName: (keyword: string) => ` “${keyword}”`,
  ruleRemove: 'Remove',
  ruleRemoveName: (keyword: string) => ` the rule “${keyword}”`,
  ruleMatches: (count: number, titles: readonly string[], more: boolean) =>
    `Matches ${plural(count, 'upcoming event')}: ${titles.join(', ')}${more ? ', …' : ''}`,
  ruleNoMatch: 'No upcoming event matches.',
  ruleOff: 'Turned off.',
  addRuleHeading: 'Add a word',
  ruleKeyword: 'Word or phrase',
  kindLabel: 'Kind of moment',
  addRule: 'Add rule',
  ruleProblems: {
    empty: 'Type a word or phrase first.',
    long: 'Keep it to 80 characters or fewer.',
    duplicate: 'There is already a rule for this word.',
  },
  restoreRules: 'Restore the suggested rules',
  restored: (n: number) =>
    n === 0 ? 'All the suggested rules are already here.' : `Added back ${plural(n, 'suggested rule')}.`,

  // Moments the user adds by hand.
  momentsHeading: 'Moments not in a calendar',
  momentsIntro:
    'An important call, a match, a talk you have been putting off: add it here and Primed will prompt you around it, just as for a calendar event.',
  momentsNone: 'No moments coming up.',
  momentTitle: 'What is it?',
  momentWhen: 'Date and time',
  momentDuration: 'How long, in minutes (optional)',
  addMoment: 'Add moment',
  momentAdded: (title: string) => `Added “${title}”. Primed will prompt you around it.`,
  momentRemove: 'Remove',
  momentPassed: 'passed',
  momentMinutes: (n: number) => `${n} min`,
  momentProblems: {
    title: 'Give it a short name first.',
    'title-long': 'Keep the name to 200 characters or fewer.',
    when: 'Choose a date and a time.',
    past: 'That time has already passed. Choose one still to come.',
    duration: 'Leave the length empty, or give whole minutes from 1 to 1440.',
  },

  // Prompt settings.
  promptsHeading: 'Prompts',
  promptsIntro: 'Around each high-stakes moment, Primed can offer a short exercise. Choose which ones, and when.',
  promptsLegend: 'Which prompts, and when',
  minutesBefore: 'minutes before',
  minutesAfter: 'minutes after it ends',
  minutesProblem: 'Use whole minutes from 0 to 1440.',
  hoursBefore: 'hours before',
  hoursProblem: 'Use whole hours from 2 to 24.',
  quietHeading: 'When to stay quiet',
  remindersHeading: 'Notifications and reminders',
  quietLegend: 'Quiet hours',
  quietFrom: 'Quiet from',
  quietUntil: 'until',
  noQuiet: 'No quiet hours',
  quietHint: 'No prompts between these times, overnight included.',
  quietMissing: 'Choose both times.',
  quietSame: 'The start and the end are the same. For no quiet hours at all, tick “No quiet hours”.',
  capLabel: 'At most this many prompts a day',
  capProblem: 'Choose a whole number from 1 to 50.',
  daysLegend: 'Days for prompts',
  daysProblem: 'Keep at least one day, or no prompt will ever come. To pause them, turn the prompts off above.',
  discreet: 'Discreet notifications (for shared screens)',
  discreetHint: 'Notifications then only say that a prompt is waiting, not what it is about.',
  advanced: 'Advanced: self-experiment',
  randomLabel: 'Show each prompt at random, with probability',
  randomPercent: 'Probability, in percent',
  randomHint:
    'Each prompt is then shown or skipped at random, and Primed records which. This is for people running their own experiments, to compare moments with a prompt and without.',
  randomProblem: 'Choose a whole percentage from 10 to 100.',
  testHeading: 'See what a prompt looks like',
  testHint: 'Sends one now, so you can check that prompts reach you on this device.',
  testPrompt: 'Send a test prompt',
  testSending: 'Sending…',
  testShown: 'Sent, and your browser says it appeared.',
  testUnconfirmed:
    'Sent, but your browser could not confirm that anything appeared. If you saw nothing, notifications may be off for your browser in your system settings. Prompts still wait on Primed’s toolbar icon.',
  testBlocked:
    'Notifications are blocked for your browser, so nothing appeared. Prompts still wait on Primed’s toolbar icon; to see them as notifications, allow them in your system settings.',
  testFailed: "The test prompt couldn't be sent just now. Please try again in a moment.",
} as const;
