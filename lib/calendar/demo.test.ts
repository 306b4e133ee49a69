import { describe, expect, it } from 'vitest';
import { demoCalendar, DEMO_UIDS, demoWeekUid, expandIcs } from './index';

const HOUR = 3_600_000;

describe.each(['Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])('the demo calendar in %s', (timeZone) => {
  // Any moment works; this one is a Sunday evening.
  const now = new Date('2026-11-22T18:07:00Z');
  const { occurrences, warnings } = expandIcs(
    demoCalendar(now, timeZone),
    { start: new Date(now.getTime() - 24 * HOUR), end: new Date(now.getTime() + 14 * 24 * HOUR) },
    { timeZone },
  );
  // The week's one-off events carry the local day it was made on.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(now).replace(/-/g, '');
  const once = (uid: string) => demoWeekUid(uid, day);
  const local = (d: Date) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

  it('gives its one-off events UIDs of this week only', () => {
    expect(occurrences.find((o) => o.title === 'Quarterly review presentation')!.uid).toBe(`demo-quarterly-review-${day}@primed.invalid`);
  });

  it('reads cleanly', () => {
    expect(warnings).toEqual([]);
  });

  it('has a presentation 20 to 25 minutes from now', () => {
    const review = occurrences.find((o) => o.uid === once(DEMO_UIDS.review))!;
    const minutes = (review.start.getTime() - now.getTime()) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(20);
    expect(minutes).toBeLessThan(25);
  });

  it('has an interview tomorrow at 10:00 local time', () => {
    const interview = occurrences.find((o) => o.uid === once(DEMO_UIDS.interview))!;
    expect(local(interview.start)).toMatch(/10:00$/);
    const hoursAway = (interview.start.getTime() - now.getTime()) / HOUR;
    expect(hoursAway).toBeGreaterThan(0);
    expect(hoursAway).toBeLessThan(48);
  });

  it('has a weekly 1:1 with one instance moved', () => {
    const ones = occurrences.filter((o) => o.uid === DEMO_UIDS.oneOnOne);
    expect(ones.length).toBeGreaterThanOrEqual(2);
    expect(ones.every((o) => o.recurring)).toBe(true);
    const moved = ones.filter((o) => o.title.endsWith('(moved)'));
    expect(moved).toHaveLength(1);
    expect(local(moved[0]!.start)).toMatch(/16:00$/);
    expect(new Set(ones.map((o) => o.key)).size).toBe(ones.length);
  });

  it('has an all-day exam and ordinary events that are not high-stakes', () => {
    expect(occurrences.find((o) => o.uid === once(DEMO_UIDS.exam))).toMatchObject({ allDay: true });
    expect(occurrences.filter((o) => o.uid === DEMO_UIDS.standup).length).toBeGreaterThanOrEqual(8);
    expect(occurrences.find((o) => o.uid === once(DEMO_UIDS.lunch))).toMatchObject({ transparent: true });
  });
});
