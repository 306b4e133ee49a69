// What the store screenshots show: a few days of use, so that the journal,
// the evidence and the goal ladders have something in them. Every record is
// written as the extension stores it (IndexedDB "primed", store "records"),
// timed relative to `now` so the pictures always read as this week.
const DAY = 86_400_000;

/** The journal's records, keyed as the extension keys them. */
export function seedRecords(now) {
  const at = (daysAgo, hour, minute = 0) => {
    const d = new Date(now - daysAgo * DAY);
    d.setHours(hour, minute, 0, 0);
    return d.getTime();
  };
  // Today's entries a little before now, whatever the hour the shots are taken.
  const minutesAgo = (minutes) => now - minutes * 60_000;
  const records = [];
  let n = 0;
  const entry = (createdAt, value) => {
    const id = `${createdAt.toString(36).padStart(9, '0')}-shot${String(++n).padStart(2, '0')}`;
    records.push([`entry/${id}`, { v: 1, id, createdAt, updatedAt: createdAt, ...value }]);
  };
  const win = (createdAt, text, extra = {}) => entry(createdAt, { kind: 'win', text, ...extra });

  win(minutesAgo(20), 'Asked the question I had been sitting on in stand-up');
  win(minutesAgo(95), 'Sent the agenda for the review a day early');
  win(at(1, 16, 5), 'Walked through the demo without reading my notes', { difficulty: 8 });
  win(at(1, 11, 30), 'Said no to a meeting that did not need me');
  win(at(2, 15, 0), 'Gave Sam honest feedback, kindly');
  win(at(3, 10, 20), 'Finished the first draft of the slides');
  win(at(4, 17, 45), 'Called the recruiter back the same day', { difficulty: 6 });
  win(at(6, 9, 10), 'Spoke first in the planning meeting');
  entry(at(1, 14, 0), {
    kind: 'flow',
    flowId: 'reframe',
    fields: {
      situation: 'Presenting the quarterly numbers to the leadership team',
      thought: 'They will think I do not know my own numbers',
      distortions: ['mind-reading'],
      beliefBefore: 70,
      balanced: 'I built these numbers and I can answer most questions; the rest I can follow up on',
      action: 'Open with the one chart that matters',
      beliefAfter: 35,
      readinessBefore: 4,
      readinessAfter: 7,
    },
  });
  entry(at(2, 8, 50), { kind: 'flow', flowId: 'stress', fields: { energy: 7, ability: 5, readinessBefore: 5, readinessAfter: 8, firstMove: 'Rehearse the opening out loud once' } });
  entry(at(5, 19, 0), { kind: 'flow', flowId: 'self-check', fields: { unexpected: 5, difficult: 4, goals: 6, obstacles: 5 } });
  entry(minutesAgo(140), { kind: 'flow', flowId: 'self-check', fields: { unexpected: 7, difficult: 6, goals: 8, obstacles: 6 } });

  // A goal ladder on its fourth day: the steps written, two of the first micro-actions done.
  const goalId = `${at(3, 9).toString(36).padStart(9, '0')}-shotgoal`;
  const steps = [
    'Outline the update in three points',
    'Say it out loud alone, with notes',
    'Say it alone, without notes',
    'Run it for a friend',
    'Give it in the small team sync',
    'Take one question without notes',
    'Give the full update on Friday',
  ];
  records.push([
    `goal/${goalId}`,
    {
      v: 1,
      id: goalId,
      kind: 'goal',
      title: 'Give the 10-minute team update without notes by Friday',
      difficulty: 7,
      confidenceBefore: 4,
      steps: steps.map((text, i) => ({ id: `s${i}`, text, difficulty: i + 2 })),
      microActions: [
        { id: 'a0', text: 'Write the three points on one card', minutes: 5, doneAt: at(2, 9) },
        { id: 'a1', text: 'Read them aloud once', minutes: 3, doneAt: at(1, 9) },
        { id: 'a2', text: 'Say them once with the card face down', minutes: 5 },
      ],
      createdAt: at(3, 9),
      updatedAt: at(1, 9),
    },
  ]);
  return records;
}
