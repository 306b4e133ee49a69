import { describe, expect, it } from 'vitest';
import { localDay } from '../time/days';
import { checkOffStep, daysLeft, newPlan, PrepPlan, scheduleOffsets, uncheckStep, winText } from './plan';

const NOW = new Date(2026, 10, 23, 9, 0).getTime();
const inDays = (n: number, hour = 10) => new Date(2026, 10, 23 + n, hour, 0).getTime();
const event = (n: number) => ({ key: 'moment:abc', title: 'the Northwind interview', start: inDays(n) });

describe('the prep schedule', () => {
  it('puts every step today when the event is today', () => {
    expect(scheduleOffsets(0)).toEqual([0, 0, 0, 0]);
  });
  it('puts every step today when the event is tomorrow', () => {
    expect(scheduleOffsets(1)).toEqual([0, 0, 0, 0]);
  });
  it('splits two days between today and tomorrow', () => {
    expect(scheduleOffsets(2)).toEqual([0, 0, 1, 1]);
  });
  it('spreads five days out, ending the day before', () => {
    expect(scheduleOffsets(5)).toEqual([0, 1, 3, 4]);
  });
  it('keeps two weeks to a short run before the event, two days apart', () => {
    expect(scheduleOffsets(14)).toEqual([7, 9, 11, 13]);
  });
  it('never plans a step before today or on the event day, whatever the days left', () => {
    for (let days = 0; days <= 60; days++) {
      const offsets = scheduleOffsets(days);
      expect(offsets).toHaveLength(4);
      expect(Math.min(...offsets)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...offsets)).toBeLessThanOrEqual(Math.max(0, days - 1));
      expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
    }
  });
  it('counts calendar days, not hours', () => {
    expect(daysLeft(inDays(0, 23), NOW)).toBe(0);
    expect(daysLeft(inDays(1, 0), NOW)).toBe(1);
    expect(daysLeft(inDays(-1), NOW)).toBe(0);
  });
});

describe('a prep plan', () => {
  it('dates its steps from the days left', () => {
    const plan = newPlan(event(5), NOW);
    expect(plan.steps.map((s) => s.day - localDay(NOW))).toEqual([0, 1, 3, 4]);
    expect(plan.steps.map((s) => s.id)).toEqual(['aloud', 'record', 'mock', 'mental']);
    expect(PrepPlan.safeParse(plan).success).toBe(true);
  });

  it('logs a win linked to the event when a step is checked off, and forgets it when taken back', () => {
    const plan = newPlan(event(3), NOW);
    const done = checkOffStep(plan, 'aloud', NOW + 1000);
    expect(done.win).toMatchObject({ kind: 'win', text: 'Said my answer out loud for the Northwind interview', eventKey: 'moment:abc', eventTitle: 'the Northwind interview' });
    expect(done.plan.steps[0]).toMatchObject({ doneAt: NOW + 1000, winId: done.win.id });
    expect(() => checkOffStep(done.plan, 'aloud', NOW + 2000)).toThrow();
    const undone = uncheckStep(done.plan, 'aloud', NOW + 3000);
    expect(undone.winId).toBe(done.win.id);
    expect(undone.plan.steps[0]).toEqual({ id: 'aloud', day: plan.steps[0]!.day });
  });

  it('words a win without a title', () => {
    expect(winText('mock', '  ')).toBe('Did a mock run with someone for it');
  });

  it('refuses a plan with a step missing, an unknown step or a day that is not whole', () => {
    const plan = newPlan(event(3), NOW);
    expect(PrepPlan.safeParse({ ...plan, steps: plan.steps.slice(1) }).success).toBe(false);
    expect(PrepPlan.safeParse({ ...plan, steps: [{ id: 'sing', day: 1 }, ...plan.steps.slice(1)] }).success).toBe(false);
    expect(PrepPlan.safeParse({ ...plan, steps: [{ id: 'aloud', day: 1.5 }, ...plan.steps.slice(1)] }).success).toBe(false);
    expect(PrepPlan.safeParse({ ...plan, eventKey: '' }).success).toBe(false);
  });
});
