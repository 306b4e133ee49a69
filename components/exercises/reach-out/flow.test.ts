import { describe, expect, it } from 'vitest';
import { finishText } from '@/lib/exercises/finish';
import { missingAnswers, stepsOf } from '@/lib/exercises/runner';
import { reachOutFlow } from './index';
import { requestTemplates } from './requests';

const done = { person: 'Sam', askFor: ['practical'], request: 'Hi Sam, could you do a mock interview with me on Tuesday?' };

describe('reach out to someone in your corner', () => {
  it('asks for one person, what would help, and a request in the user’s words', () => {
    expect(stepsOf(reachOutFlow).map((s) => s.id)).toEqual(['readiness-before', 'who', 'what', 'request', 'readiness-after']);
    const [, who, what, request] = stepsOf(reachOutFlow);
    expect(missingAnswers(who!, {})).toEqual(['Who will you ask?']);
    expect(missingAnswers(what!, {})).toEqual([]);
    expect(missingAnswers(request!, {})).toEqual(['Your request']);
  });

  it('offers a specific request for each kind of help chosen, greeting the person by name', () => {
    expect(requestTemplates(' Sam ', ['practical'])).toEqual(['Hi Sam, could you do a mock interview with me on Tuesday? Half an hour would help a lot.']);
    expect(requestTemplates('Ana', ['mentor', 'listener'])).toHaveLength(2);
    // Listed in the order the choices are shown, whatever order they were ticked in.
    expect(requestTemplates('Ana', ['mentor', 'listener'])[0]).toMatch(/^Hi Ana, could you spare ten minutes/);
    const all = requestTemplates('', []);
    expect(all).toHaveLength(3);
    expect(all.every((line) => line.startsWith('Hi, '))).toBe(true);
    expect(requestTemplates('Ana', ['nonsense'])).toHaveLength(3);
  });

  it('stores what is needed, and says the request is ready', () => {
    expect(reachOutFlow.result.safeParse(done).success).toBe(true);
    expect(reachOutFlow.result.safeParse({ ...done, askFor: undefined }).success).toBe(true);
    expect(reachOutFlow.result.safeParse({ ...done, request: ' ' }).success).toBe(false);
    expect(finishText(reachOutFlow, done, { crisis: false })[0]).toBe('Your request to “Sam” is ready. Send it while it is fresh.');
  });
});
