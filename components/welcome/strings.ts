// Every word the welcome page shows, in one place.
import { plural } from '@/lib/text/plural';

export const welcomeText = {
  title: 'Welcome to Primed',
  intro: [
    'Primed looks out for the moments on your calendar that matter to you: an interview, a talk, a review, a hard conversation.',
    'A little before each one it offers a short exercise to help you steady yourself, and afterwards it helps you see what you did well and what to try next.',
    'In between, you can note small wins from the toolbar, so the record of what you can do keeps growing.',
  ],
  privacyHeading: 'Your words stay here',
  privacy:
    'Everything you write stays in this browser profile, on this device. Primed has no account and no server, sends no analytics, and makes no requests except to the calendar addresses you give it.',
  careHeading: 'A tool, not therapy',
  care:
    'Primed is a self-help tool. It is not a substitute for therapy or medical care. If anxiety or low mood is getting in the way of your days, a professional can help.',
  careLink: 'When to reach out for more support',
  crisis:
    'If you are in crisis or thinking about harming yourself, please contact your local emergency number or a crisis line now.',
  nextHeading: 'Where to start',

  pinHeading: 'Keep Primed one click away',
  pinIntro: 'Pin the icon to your toolbar, so a win takes a second to log.',
  pinSteps: {
    chrome: ['Click the puzzle piece at the top right of the window.', 'Click the pin beside Primed.'],
    firefox: ['Click the puzzle piece in the toolbar.', 'Click the gear beside Primed, then “Pin to Toolbar”.'],
  },
  pinPicture: {
    chrome: 'Chrome’s toolbar with the puzzle-piece menu open: Primed is listed under Extensions, with a pin beside it.',
    firefox: 'Firefox’s toolbar with the puzzle-piece menu open: Primed is listed under Extensions, with a gear beside it that offers Pin to Toolbar.',
  },
  pinMenuTitle: 'Extensions',
  pinMenuItem: 'Pin to Toolbar',

  setupHeading: 'Three quick choices',
  setupIntro: 'Each is saved as you choose, and each can be changed later in the settings.',
  calendarQuestion: 'Where are your moments?',
  calendarHint: 'Primed times its prompts from your calendar. Add yours, or try a made-up week first.',
  addCalendar: 'Add a calendar',
  addCalendarHint: '(opens the settings in a new tab)',
  calendarsAdded: (n: number) => `${plural(n, 'calendar')} added.`,
  tryDemo: 'Try the demo',
  demoStarting: 'Making your demo week…',
  demoOn: 'The demo calendar is on: a made-up week with a presentation, an interview and an exam.',
  demoOff: 'Turn the demo off',
  demoTurnedOff: 'The demo calendar is off.',
  demoFailed: 'The demo calendar could not be turned on. Try again in a moment.',
  kindsQuestion: 'Which moments matter to you?',
  kindsHint: 'Primed watches your calendar for words like these. You can add your own words in the settings.',
  quietQuestion: 'When should Primed stay quiet?',
  quietOn: 'No prompts at night',
  quietFrom: 'Quiet from',
  quietUntil: 'until',
  quietSame: 'Choose two different times.',
  saved: 'Saved.',
  firstWin: 'Log your first win',
  firstWinHint: (keys: string | null) =>
    keys
      ? `Click the Primed icon in the toolbar, or press ${keys}, and write one thing that went well today.`
      : 'Click the Primed icon in the toolbar and write one thing that went well today.',
  openPopup: 'Open it now',
  baseline: 'Check in on your confidence',
  baselineHint: '(optional, one minute): four ratings now give you a starting point to look back on. Skip it if you like; Primed asks again in a month.',
  goalLadder: 'Climb a goal ladder',
  goalLadderHint: 'when there is something you have been putting off: seven days, a few minutes each, from the goal to the first small steps done.',
  program: 'Join the 30-day program',
  programHint: 'if you would like a plan: one small task a day, at your own pace, with a reminder at a time you choose.',
} as const;
