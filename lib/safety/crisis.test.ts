import { describe, expect, it } from 'vitest';
import { mentionsCrisis } from './crisis';

const mustMatch = [
  'I want to die',
  'Honestly I just want to die after that meeting',
  'I have been thinking about suicide',
  'feeling suicidal again tonight',
  'I want to kill myself',
  'sometimes I think about killing myself',
  'I might end my life',
  'thinking of taking my own life',
  "I'm going to end it all",
  'I wish I was dead',
  'I wish I had never been born',
  'everyone would be better off without me',
  'they’d be better off without me',
  'I would be better off dead',
  'there is no reason to live',
  "I don't want to live anymore",
  'I do not want to wake up tomorrow',
  "I don't want to exist",
  'not wanting to be alive',
  'I thought about hanging myself',
  'I could just overdose',
  'I want to slit my wrists',
  'I keep thinking I should jump off the bridge',
  'I have been self-harming',
  'self harm is the only thing that helps',
  'I hurt myself again last night',
  'I want to harm myself',
  'I started cutting myself',
  'I cut myself yesterday',
  'There is no hope for me',
  'I see no way out',
  'There’s no point in living',
  "I can't go on like this",
  'I cannot take it anymore',
  "I can't do this any more",
  'I am giving up on life',
  "I'm a burden to everyone",
  'I am just a burden',
  'nothing will ever get better',
  'I feel completely hopeless',
  "I'm worthless",
  'feeling so worthless lately',
];

const mustNotMatch = [
  'I killed it in the presentation',
  'We absolutely killed it today',
  "I'm dying to see the results",
  'This deadline is killing me',
  'My feet are killing me after the conference',
  'I could kill for a coffee',
  "I'm dead tired but happy",
  'The demo died halfway but I recovered',
  'My laptop battery died during the pitch',
  'I nearly died laughing at the retro',
  'I wanted to die of embarrassment, but I kept going',
  'The joke killed',
  'Cut myself a slice of cake to celebrate',
  'I cut myself some slack this week',
  'I hurt myself at the gym, nothing serious',
  'I hurt myself while running but finished the race',
  'I burned myself cooking dinner',
  "I'm hopeless at spreadsheets but I learned pivot tables",
  'I felt worthless at chess until I practised',
  'Gave a talk about suicide prevention training at work',
  'I ended the meeting early and it went well',
  'We ended it all on a high note',
  'I took my time and it paid off',
  'I finished the marathon',
  'I asked a question in the standup',
  'I said no to a meeting I did not need',
  'The code review went well',
  'I can go on to the next step now',
  'I can take it from here',
  'I gave up sugar for a week',
  'I did not give up on the bug and fixed it',
  'no point arguing about tabs, I moved on',
  'There is hope for the project after all',
  'I found a way out of the maze puzzle',
  'Overdid the slides a bit, but they landed',
  'I shot the video for the launch',
  'The bridge design review was approved',
  'I jumped at the chance to present',
  'dead simple fix for the login bug',
  'Harmless question in the all-hands got a great answer',
  'I was not a burden on the team this sprint',
];

describe('mentionsCrisis', () => {
  it('has at least 40 phrases each way', () => {
    expect(mustMatch.length).toBeGreaterThanOrEqual(40);
    expect(mustNotMatch.length).toBeGreaterThanOrEqual(40);
  });

  it.each(mustMatch)('recognises %j', (text) => {
    expect(mentionsCrisis(text)).toBe(true);
  });

  it.each(mustNotMatch)('leaves %j alone', (text) => {
    expect(mentionsCrisis(text)).toBe(false);
  });
});
