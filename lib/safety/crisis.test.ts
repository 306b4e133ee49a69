import { describe, expect, it } from 'vitest';
import { mentionsCrisis, mentionsUrgentSymptoms, safetyConcern, strongerConcern } from './crisis';

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
  // Passive and indirect wishes to be dead.
  "I don't want to be here anymore",
  'I dont want to be here any more',
  'honestly I do not want to be around any longer',
  'No one would miss me',
  'nobody would even notice if I was gone',
  "no one would care if I disappeared",
  "nobody'd miss me if I left",
  "I'd rather be dead",
  'I would rather die than keep feeling like this',
  "I'd rather not wake up tomorrow",
  'I should just die',
  'maybe I should die',
  'I might as well be dead',
  "life isn't worth living",
  'Life is not worth living right now',
  'my life is no longer worth living',
  "it's not worth living like this",
  "what's the point of living",
  'What is the point of life anyway',
  'whats the point of going on',
  'why am I even alive',
  'thinking of ending it',
  "I've been thinking about ending it all",
  'I keep thinking about ending things',
  "I'm ready to end it",
  'kms',
  'ugh kms',
  'honestly might kms tonight',
  'I want to hurt myself on purpose',
  'I hurt myself on purpose last night',
  'I have urges to cut myself',
  'I feel the need to punish myself physically',
  'everyone would be happier if I were gone',
  "they'd be better off if I wasn't here",
  'I wish I could disappear forever',
  'I wish I was gone',
  'I just want to go to sleep and never wake up',
  "I'm so tired of living",
  'I hate being alive',
  "I don't see a future for me, there's no future for me",
  'thinking about how to unalive myself',
  'I am thinking about killing myself',
  'I deserve to die',
  'I took too many pills, maybe an overdose',
  'I want to jump in front of a train',
  "I can't take life anymore",
  'no reason to keep going',
  "I don't wanna live anymore",
  'I feel utterly worthless',
  'I see no future for me',
  'There is no point in me being here',
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
  // Everyday idioms and near misses.
  "I'd die for a coffee right now",
  'I would kill for a nap after that',
  'I am dying to tell my team the news',
  'The cake at the offsite was to die for',
  'The crowd died laughing at my opening joke',
  'Killing time before the interview with a walk',
  'Killed two birds with one stone at the standup',
  'That killer slide got a round of applause',
  "It's not the end of the world if I miss one",
  "I don't want to be here all day, so I prepared",
  'I did not want to be here at first, but I stayed',
  'No one would miss the old deployment process',
  'Nobody would miss that weekly status meeting',
  "I'd rather be fishing than in the budget meeting",
  "I'd rather die laughing than cry over a typo",
  'Life is worth living when the sun is out',
  "What's the point of this meeting, I asked politely",
  'what is the point of the exercise? I found out',
  'I am thinking of ending it with my boyfriend and I feel brave',
  'We were thinking about ending it early and going for lunch',
  'I want to end it on a high note',
  'I ran 10 kms this morning',
  'Cycled 25 kms to the office',
  'I hurt myself laughing at the retro',
  'I burned myself on the oven, nothing bad',
  'Cut myself out of the boring thread',
  'I should just ask for help more often',
  'I should just submit the draft',
  'I might as well try the harder problem',
  'I can go on stage without notes now',
  "I couldn't go on holiday, but I rested",
  "I can't go on to the next level until Friday",
  'I was tired of waiting so I shipped it',
  'I took a deep breath and started talking',
  'Gave myself a break and it paid off',
  'I wanted to disappear into a book for an hour',
  'I wish I was there to see it',
  'Why am I even here at this time of the morning, ha',
  'Overcame the urge to skip the gym',
  'My flow state was dead on',
  'The old server is finally dead, good riddance',
  'I nearly had a heart to heart with my manager',
  'It felt like a burden was lifted after the talk',
  'Self-harm awareness training went well',
  'I gave up on perfect and shipped good enough',
  'Nothing will stop me presenting next week',
  'I felt hopeless at first but asked for help and it worked',
  'the point of living abroad is to learn',
  'I am worth it and I asked for the raise',
  'I could not take it personally and moved on',
  'Took my life savings to a financial adviser',
  'I am taking my life back one step at a time',
];

describe('mentionsCrisis', () => {
  it('has at least 80 phrases each way', () => {
    expect(mustMatch.length).toBeGreaterThanOrEqual(80);
    expect(mustNotMatch.length).toBeGreaterThanOrEqual(80);
  });

  it.each(mustMatch)('recognises %j', (text) => {
    expect(mentionsCrisis(text)).toBe(true);
  });

  it.each(mustNotMatch)('leaves %j alone', (text) => {
    expect(mentionsCrisis(text)).toBe(false);
  });
});

// Chest pain and trouble breathing are a medical matter first: a note of its own.
const urgent = [
  'I had chest pain before the interview',
  'My chest hurts and my arm feels odd',
  'sharp pains in my chest during the talk',
  'There is a tightness in my chest that will not go',
  'chest pressure all morning',
  "I'm having trouble breathing",
  'I had difficulty breathing on stage',
  'It was hard to breathe in the lift',
  "I can't breathe properly",
  "couldn't catch my breath for ten minutes",
  'short of breath after climbing one floor',
  'shortness of breath and dizziness',
  'I was gasping for air',
  'I thought I was having a heart attack',
  'struggling to breathe right now',
];

const notUrgent = [
  'The breathing exercise helped me settle',
  'I took a deep breath and began',
  'Finally got it off my chest in the 1:1',
  'Moved the chest of drawers into the new flat',
  'Chest day at the gym went great',
  'My heart was racing but I spoke anyway',
  'I held my breath until the results came in',
  "I couldn't breathe from laughing at the demo",
  'The view from the stage was breathtaking',
  'Paced breathing slowed my heartbeat',
  'The news nearly gave me a heart attack, in a good way',
  'I can breathe again now the deadline has passed',
];

describe('mentionsUrgentSymptoms', () => {
  it.each(urgent)('recognises %j', (text) => {
    expect(mentionsUrgentSymptoms(text)).toBe(true);
  });

  it.each(notUrgent)('leaves %j alone', (text) => {
    expect(mentionsUrgentSymptoms(text)).toBe(false);
  });

  it('does not take chest pain for crisis language, nor crisis language for chest pain', () => {
    for (const text of urgent) expect(mentionsCrisis(text)).toBe(false);
    expect(mentionsUrgentSymptoms("I don't want to be here anymore")).toBe(false);
  });
});

describe('safetyConcern', () => {
  it('names the note the words call for, across several fields', () => {
    expect(safetyConcern('The review went well')).toBeNull();
    expect(safetyConcern(['', 'No one would miss me'])).toBe('crisis');
    expect(safetyConcern(['My chest hurts', 'fine otherwise'])).toBe('medical');
    expect(safetyConcern(['My chest hurts', 'and I want to die'])).toBe('both');
  });

  it('never softens a note once shown', () => {
    expect(strongerConcern(null, 'crisis')).toBe('crisis');
    expect(strongerConcern('crisis', null)).toBe('crisis');
    expect(strongerConcern('crisis', 'crisis')).toBe('crisis');
    expect(strongerConcern('crisis', 'medical')).toBe('both');
    expect(strongerConcern('both', 'medical')).toBe('both');
    expect(strongerConcern(null, null)).toBeNull();
  });
});
