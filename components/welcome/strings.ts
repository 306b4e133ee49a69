// Every word the welcome page shows, in one place.
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
  connectCalendar: 'Connect a calendar',
  connectCalendarHint: 'so Primed knows when your important moments are.',
  demoCalendar: 'Try the demo calendar',
  demoCalendarHint: 'to see how prompts work before you connect your own.',
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
} as const;
