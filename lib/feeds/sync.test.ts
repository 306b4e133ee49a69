import { describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import type { FetchFeedOptions, FetchOutcome } from './fetch-feed';
import type { Feed } from './model';
import { addressesRevealedBy, importFeedText, removeFeedData, syncFeed, syncFeeds, type SyncDeps } from './sync';
import { readAllUpcoming } from './upcoming-store';
import { feedStatusText } from '../../components/common/feedStatusText';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const MIN = 60_000;

function ics(title: string, start = '20261123T090000Z') {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:e1', `SUMMARY:${title}`, `DTSTART:${start}`, 'DURATION:PT1H', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
}

const urlFeed: Feed = { id: 'work', name: 'Work', source: { kind: 'url', url: 'webcal://cal.example.com/secret-token/basic.ics' }, enabled: true, addedAt: 0 };

function deps(answers: FetchOutcome[], overrides: Partial<SyncDeps> = {}) {
  const requests: Array<{ url: string; options: FetchFeedOptions }> = [];
  const d: SyncDeps = {
    db: freshDb(),
    now: NOW,
    timeZone: 'Europe/Berlin',
    selfEmails: [],
    fetchFeed: async (url, options) => {
      requests.push({ url, options });
      const answer = answers.shift();
      if (!answer) throw new Error('no more answers');
      return answer;
    },
    hasPermission: async () => true,
    ...overrides,
  };
  return { d, requests };
}

describe('syncFeed', () => {
  it('reads a feed, then keeps its events through failures and says why', async () => {
    const { d, requests } = deps([
      { kind: 'fetched', text: ics('Pitch'), etag: '"1"' },
      { kind: 'failed', problem: 'server', status: 500 },
      { kind: 'fetched', text: '<!doctype html><html>Sign in</html>' },
      { kind: 'not-modified' },
    ]);
    const first = await syncFeed(urlFeed, d);
    expect(requests[0]!.url).toBe('https://cal.example.com/secret-token/basic.ics');
    expect(first).toMatchObject({ failures: 0, lastSuccessAt: NOW });
    expect(first.problem).toBeUndefined();
    expect(first.occurrences.map((o) => [o.key, o.title])).toEqual([['work:e1', 'Pitch']]);

    const later = { ...d, now: NOW + 30 * MIN };
    const failed = await syncFeed(urlFeed, later, { force: true });
    expect(failed).toMatchObject({ failures: 1, problem: 'server', lastSuccessAt: NOW, lastAttemptAt: NOW + 30 * MIN });
    expect(failed.occurrences.map((o) => o.title)).toEqual(['Pitch']);

    const html = await syncFeed(urlFeed, { ...later, now: NOW + 40 * MIN }, { force: true });
    expect(html).toMatchObject({ failures: 2, problem: 'html' });
    expect(html.occurrences.map((o) => o.title)).toEqual(['Pitch']);

    const notModified = await syncFeed(urlFeed, { ...later, now: NOW + 50 * MIN }, { force: true });
    expect(requests[3]!.options).toEqual({ etag: '"1"', mayRead: expect.any(Function) });
    expect(notModified).toMatchObject({ failures: 0, lastSuccessAt: NOW + 50 * MIN });
    expect(notModified.occurrences.map((o) => o.title)).toEqual(['Pitch']);
  });

  it('moves the window on as days pass without fetching again (a 304 does not freeze it)', async () => {
    const { d } = deps([
      { kind: 'fetched', text: ics('Far ahead', '20261210T090000Z') },
      { kind: 'not-modified' },
    ]);
    expect((await syncFeed(urlFeed, d)).occurrences).toEqual([]);
    const tenDaysLater = await syncFeed(urlFeed, { ...d, now: NOW + 10 * 86_400_000 });
    expect(tenDaysLater.occurrences.map((o) => o.title)).toEqual(['Far ahead']);
  });

  it('backs off after a failure unless the user asks', async () => {
    const { d, requests } = deps([
      { kind: 'failed', problem: 'network' },
      { kind: 'failed', problem: 'network' },
    ]);
    await syncFeed(urlFeed, d);
    await syncFeed(urlFeed, { ...d, now: NOW + MIN });
    expect(requests).toHaveLength(1);
    await syncFeed(urlFeed, { ...d, now: NOW + MIN }, { force: true });
    expect(requests).toHaveLength(2);
  });

  it('asks for permission rather than failing silently', async () => {
    const { d, requests } = deps([], { hasPermission: async () => false });
    expect(await syncFeed(urlFeed, d)).toMatchObject({ problem: 'permission' });
    expect(requests).toEqual([]);
  });

  it('never puts the address into what it stores', async () => {
    const { d } = deps([{ kind: 'failed', problem: 'denied', status: 403 }]);
    const result = await syncFeed(urlFeed, d);
    expect(JSON.stringify(result)).not.toContain('secret-token');
  });

  it('reads the demo calendar and imported files through the same engine', async () => {
    const { d } = deps([]);
    const demo = await syncFeed({ id: 'demo', name: 'Demo', source: { kind: 'demo' }, enabled: true, addedAt: 0 }, d);
    expect(demo.occurrences.some((o) => o.title === 'Quarterly review presentation')).toBe(true);

    const file: Feed = { id: 'file1', name: 'Exams', source: { kind: 'file', fileName: 'exams.ics' }, enabled: true, addedAt: 0 };
    await importFeedText(d.db, 'file1', ics('Exam'), NOW);
    expect((await syncFeed(file, d)).occurrences.map((o) => o.title)).toEqual(['Exam']);
    await expect(importFeedText(d.db, 'file2', '<html></html>', NOW)).rejects.toMatchObject({ code: 'html' });
  });

  it('makes the demo week once: its events hold still at every sync until the week is over', async () => {
    const { d } = deps([]);
    const demo: Feed = { id: 'demo', name: 'Demo', source: { kind: 'demo' }, enabled: true, addedAt: 0 };
    const reviewOf = (u: { occurrences: Array<{ title: string; start: number; key: string }> }) =>
      u.occurrences.find((o) => o.title === 'Quarterly review presentation')!;
    const first = reviewOf(await syncFeed(demo, d));
    expect(first.start - NOW).toBeGreaterThanOrEqual(20 * MIN);
    // Fifteen minutes later, and again after a browser restart that evening: the same event.
    for (const later of [15 * MIN, 10 * 60 * MIN]) {
      const again = reviewOf(await syncFeed(demo, { ...d, now: NOW + later }, { force: true }));
      expect(again).toEqual(first);
    }
    // A week on, a new week: a new presentation 20 minutes ahead, a new event.
    const weekLater = NOW + 7 * 24 * 60 * MIN + 5 * MIN;
    const next = reviewOf(await syncFeed(demo, { ...d, now: weekLater }));
    expect(next.start - weekLater).toBeGreaterThanOrEqual(20 * MIN);
    expect(next.key).not.toBe(first.key);
  });

  it('keeps the other events of a feed with a rule that cannot work, and says what was left out', async () => {
    const trap = ['BEGIN:VEVENT', 'UID:trap', 'SUMMARY:Trap', 'DTSTART:20261123T090000Z', 'RRULE:FREQ=DAILY;BYDAY=1MO', 'END:VEVENT'];
    const text = ics('Pitch').replace('END:VCALENDAR', [...trap, 'END:VCALENDAR'].join('\r\n'));
    const { d } = deps([{ kind: 'fetched', text }]);
    const result = await syncFeed(urlFeed, d);
    expect(result.occurrences.map((o) => o.title).sort()).toEqual(['Pitch', 'Trap']);
    expect(result.leftOut).toEqual(['impossible-rule']);
    expect(feedStatusText(result, NOW)).toBe('Synced now: 2 upcoming events. Some events were left out: a repeat rule that cannot work.');
  });

  it('does not read again at every sync a text that ran out of time, until it changes, hours pass or the user asks', async () => {
    const daily = ics('Standup').replace('DURATION:PT1H', 'DURATION:PT15M\r\nRRULE:FREQ=DAILY');
    const { d, requests } = deps([
      { kind: 'fetched', text: daily },
      { kind: 'fetched', text: daily },
      { kind: 'fetched', text: daily },
      { kind: 'fetched', text: daily },
    ]);
    const slow = { ...d, expandLimits: { stepsPerCall: 3 } };
    const first = await syncFeed(urlFeed, slow);
    expect(first.leftOut).toContain('too-slow');
    expect(first.tooSlowAt).toBe(NOW);
    // Fifteen minutes later the same text comes back: its events stay as they were, unread.
    const again = await syncFeed(urlFeed, { ...slow, now: NOW + 15 * MIN, expandLimits: {} });
    expect(requests).toHaveLength(2);
    expect(again.occurrences).toEqual(first.occurrences);
    expect(again.tooSlowAt).toBe(NOW);
    // "Sync now" reads it again (here with room enough: every day of the window).
    const forced = await syncFeed(urlFeed, { ...slow, now: NOW + 20 * MIN, expandLimits: {} }, { force: true });
    expect(forced.tooSlowAt).toBeUndefined();
    expect(forced.leftOut).toBeUndefined();
    expect(forced.occurrences.length).toBeGreaterThan(first.occurrences.length);
  });

  it('syncs only enabled feeds, lists them, and forgets a removed one', async () => {
    const { d } = deps([{ kind: 'fetched', text: ics('A') }]);
    const off: Feed = { ...urlFeed, id: 'off', enabled: false };
    await syncFeeds([urlFeed, off], d);
    expect((await readAllUpcoming(d.db)).map((u) => u.feedId)).toEqual(['work']);
    await removeFeedData(d.db, 'work');
    expect(await readAllUpcoming(d.db)).toEqual([]);
  });
});

describe('addresses a feed reveals', () => {
  it('takes a Google-style calendar name that is an address, and nothing else', async () => {
    const named = (calendarName: string) => ['BEGIN:VCALENDAR', 'VERSION:2.0', `X-WR-CALNAME:${calendarName}`, 'END:VCALENDAR'].join('\r\n');
    const { d } = deps([
      { kind: 'fetched', text: named('Me@Example.com') },
      { kind: 'fetched', text: named('Team holidays') },
    ]);
    const results = [await syncFeed(urlFeed, d), await syncFeed({ ...urlFeed, id: 'other' }, d)];
    expect(results.map((r) => r.calendarName)).toEqual(['Me@Example.com', 'Team holidays']);
    expect(addressesRevealedBy(results)).toEqual(['me@example.com']);
  });
});
