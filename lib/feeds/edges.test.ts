// Feeds that move or fail in odd ways: redirects, expired addresses, servers
// that ask to wait, http addresses, calendars that suddenly come back empty.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb } from '../../tests/unit/helpers';
import { aboutWait, feedStatusText } from '../../components/common/feedStatusText';
import { MAX_BACKOFF_MS, MIN_BACKOFF_MS, serverWaitMs } from './backoff';
import { fetchFeed, parseRetryAfter, type FetchFeedOptions, type FetchOutcome } from './fetch-feed';
import type { Feed, FeedUpcoming } from './model';
import { EMPTY_GRACE_MS, syncFeed, type SyncDeps } from './sync';
import { feedProvider, isUnencrypted, maskAddresses } from './url';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Sun, 22 Nov 2026 12:20:00 GMT', 20 * MIN],
    ['Sunday, 22-Nov-26 12:20:00 GMT', 20 * MIN],
    ['Sun, 22 Nov 2026 11:00:00 GMT', 0],
  ])('reads %j', (value, ms) => {
    expect(parseRetryAfter(value, NOW)).toBe(ms);
  });

  it.each([null, undefined, '', '-5', '1.5', 'soon', '2026-11-22'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });

  it('holds the server’s wait within the back-off’s bounds', () => {
    expect(serverWaitMs(5_000)).toBe(MIN_BACKOFF_MS);
    expect(serverWaitMs(20 * MIN)).toBe(20 * MIN);
    expect(serverWaitMs(3 * 24 * HOUR)).toBe(MAX_BACKOFF_MS);
  });
});

describe('feedProvider', () => {
  it.each([
    ['https://calendar.google.com/calendar/ical/x%40gmail.com/private-abc/basic.ics', 'google'],
    ['https://outlook.office365.com/owa/calendar/abc@contoso.com/xyz/calendar.ics', 'outlook'],
    ['https://outlook.live.com/owa/calendar/00000000/abc/cid-1/calendar.ics', 'outlook'],
    ['webcal://p42-caldav.icloud.com/published/2/MTIz', 'icloud'],
    ['https://user.fm/calendar/v1-abc/Calendar.ics', 'fastmail'],
    ['https://www.fastmail.com/calendar/v1-abc.ics', 'fastmail'],
    ['https://calendar.proton.me/api/calendar/v1/url/abc/calendar.ics?CacheKey=x', 'proton'],
    ['https://cloud.example.org/remote.php/dav/public-calendars/AbC?export', 'nextcloud'],
    ['https://me.nextcloud.example/index.php/apps/calendar/p/AbC', 'nextcloud'],
    ['https://cal.example.com/feed.ics', undefined],
    ['https://notgoogle.com/feed.ics', undefined],
    ['not a url', undefined],
  ])('recognises %s', (url, provider) => {
    expect(feedProvider(url)).toBe(provider);
  });
});

describe('addresses in text', () => {
  it('knows an http address for what it is', () => {
    expect(isUnencrypted(' http://cal.example.com/a.ics')).toBe(true);
    expect(isUnencrypted('HTTP://cal.example.com/a.ics')).toBe(true);
    expect(isUnencrypted('https://cal.example.com/a.ics')).toBe(false);
    expect(isUnencrypted('webcal://cal.example.com/a.ics')).toBe(false);
  });

  it('masks every address in a damaged feed list, keys and values, keeping the server only', () => {
    const damaged = {
      v: 1,
      value: [
        { id: 'a', source: { kind: 'url', url: 'https://calendar.google.com/calendar/ical/me/private-s3cret/basic.ics' } },
        { id: 'b', source: { kind: 'url', url: 42 }, note: 'was webcal://p01-caldav.icloud.com/published/2/t0ken and http://u:pw@127.0.0.1:8080/x?k=t0ken2' },
      ],
      'https://odd.example/k3y': true,
    };
    const masked = maskAddresses(damaged);
    const text = JSON.stringify(masked);
    for (const secret of ['s3cret', 't0ken', 'pw', 'k3y', 'private']) expect(text).not.toContain(secret);
    expect(masked.value[0]!.source.url).toBe('https://calendar.google.com/…');
    expect(masked.value[1]!.note).toBe('was webcal://p01-caldav.icloud.com/… and http://127.0.0.1/…');
    expect(masked.value[1]!.source.url).toBe(42);
    expect(maskAddresses('value[0].source.url: Invalid input')).toBe('value[0].source.url: Invalid input');
  });
});

function upcoming(fields: Partial<FeedUpcoming>): FeedUpcoming {
  return { v: 1, feedId: 'work', failures: 1, skipped: 0, windowStart: NOW - 24 * HOUR, windowEnd: NOW + 14 * 24 * HOUR, occurrences: [], ...fields };
}

describe('status text of odd failures', () => {
  it('says how long the server asked to wait', () => {
    const busy = upcoming({ problem: 'busy', retryAt: NOW + 20 * MIN, lastSuccessAt: NOW - 5 * MIN });
    expect(feedStatusText(busy, NOW)).toBe('The server asked Primed to wait; next try in about 20 minutes. Showing events from 5 minutes ago.');
    expect(feedStatusText({ ...busy, retryAt: NOW + 3 * HOUR }, NOW)).toMatch(/next try in about 3 hours\./);
    expect(feedStatusText({ ...busy, retryAt: NOW - MIN }, NOW)).toMatch(/^The server asked Primed to wait; it will try again at the next sync\./);
    expect(aboutWait(30_000)).toBe('about 1 minute');
  });

  it('says how to get a new address from the calendar’s own service, never the address', () => {
    const denied = upcoming({ problem: 'denied' });
    const google = 'https://calendar.google.com/calendar/ical/me/private-s3cret/basic.ics';
    const text = feedStatusText(denied, NOW, google);
    expect(text).toBe(
      'This address has expired or been reset. In Google Calendar, Settings > your calendar > Secret address in iCal format. Then remove this calendar here and add the new address.',
    );
    expect(text).not.toContain('s3cret');
    expect(feedStatusText(denied, NOW, 'webcal://p01-caldav.icloud.com/published/2/x')).toMatch(/In Calendar on iCloud/);
    expect(feedStatusText(denied, NOW, 'https://cal.example.com/x.ics')).toMatch(/Your calendar service can give you a new secret iCal address/);
    expect(feedStatusText({ ...denied, lastSuccessAt: NOW - 2 * HOUR }, NOW, google)).toMatch(/add the new address\. Showing events from 2 hours ago\.$/);
  });

  it('says plainly that the address now leads elsewhere', () => {
    expect(feedStatusText(upcoming({ problem: 'redirected', lastSuccessAt: NOW - 5 * MIN }), NOW)).toBe(
      "This address now sends Primed to another server; add that calendar's address again to allow it: showing events from 5 minutes ago.",
    );
  });

  it('says that the last events of an emptied calendar are kept, and for how long', () => {
    const emptied = upcoming({ problem: 'emptied', failures: 0, emptySince: NOW - 2 * HOUR, lastSuccessAt: NOW - 2 * HOUR });
    expect(feedStatusText(emptied, NOW)).toBe(
      'Your calendar came back with no events, which is usually a passing glitch, so its last events are kept for about 22 hours. Showing events from 2 hours ago.',
    );
  });
});

describe('fetchFeed: redirects and servers that ask to wait', () => {
  let server: Server;
  let base: string;
  let other: Server;
  let otherBase: string;
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/cal.ics': (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/calendar' }).end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
    '/moved.ics': (_req, res) => void res.writeHead(301, { Location: '/cal.ics?token=s3cret' }).end(),
    '/away.ics': (_req, res) => void res.writeHead(302, { Location: `${otherBase}/cal.ics` }).end(),
    '/dead-end.ics': (_req, res) => void res.writeHead(302, { Location: 'http://127.0.0.1:1/cal.ics' }).end(),
    '/busy.ics': (_req, res) => void res.writeHead(429, { 'Retry-After': '1200' }).end(),
    '/busy-bare.ics': (_req, res) => void res.writeHead(429).end(),
    '/down.ics': (_req, res) => void res.writeHead(503, { 'Retry-After': 'Sun, 22 Nov 2026 13:00:00 GMT' }).end(),
    '/down-bare.ics': (_req, res) => void res.writeHead(503).end(),
  };

  beforeAll(async () => {
    server = createServer((req, res) => (routes[req.url!.split('?')[0]!] ?? ((_q, r: ServerResponse) => void r.writeHead(404).end()))(req, res));
    other = createServer((_req, res) => void res.writeHead(200, { 'Content-Type': 'text/calendar' }).end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Another origin: the same machine by another name.
    otherBase = `http://localhost:${(other.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const s of [server, other]) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });

  const onlyLoopbackIp = async (url: string) => new URL(url).hostname === '127.0.0.1';

  it('follows a redirect within the permission', async () => {
    expect(await fetchFeed(`${base}/moved.ics`, { mayRead: onlyLoopbackIp })).toMatchObject({ kind: 'fetched' });
  });

  it('refuses a redirect to a server without permission, naming no address', async () => {
    const outcome = await fetchFeed(`${base}/away.ics?token=s3cret`, { mayRead: onlyLoopbackIp });
    expect(outcome).toEqual({ kind: 'failed', problem: 'redirected' });
    // Without the check, the browser's own rules decide (here: none).
    expect(await fetchFeed(`${base}/away.ics`)).toMatchObject({ kind: 'fetched' });
  });

  it('tells a redirect that cannot be followed from a server that cannot be reached', async () => {
    expect(await fetchFeed(`${base}/dead-end.ics`, { mayRead: onlyLoopbackIp })).toEqual({ kind: 'failed', problem: 'redirected' });
    expect(await fetchFeed('http://127.0.0.1:1/cal.ics', { mayRead: onlyLoopbackIp })).toEqual({ kind: 'failed', problem: 'network' });
  });

  it.each([
    ['/busy.ics', { kind: 'failed', problem: 'busy', status: 429, retryAfterMs: 20 * MIN }],
    ['/busy-bare.ics', { kind: 'failed', problem: 'busy', status: 429 }],
    ['/down.ics', { kind: 'failed', problem: 'busy', status: 503, retryAfterMs: HOUR }],
    ['/down-bare.ics', { kind: 'failed', problem: 'server', status: 503 }],
  ])('reads %s and its Retry-After', async (path, expected) => {
    expect(await fetchFeed(`${base}${path}`, { now: () => NOW })).toEqual(expected);
  });
});

const urlFeed: Feed = { id: 'work', name: 'Work', source: { kind: 'url', url: 'https://cal.example.com/secret-token/basic.ics' }, enabled: true, addedAt: 0 };

function ics(...titles: string[]) {
  const events = titles.flatMap((title, i) => ['BEGIN:VEVENT', `UID:e${i}`, `SUMMARY:${title}`, 'DTSTART:20261123T090000Z', 'DURATION:PT1H', 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR'].join('\r\n');
}

function deps(answers: FetchOutcome[]) {
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
    hasPermission: async (origin) => origin === 'https://cal.example.com/*',
  };
  return { d, requests };
}

describe('syncFeed: odd failures', () => {
  it('lets a redirect through only to servers the user allowed', async () => {
    const { d, requests } = deps([{ kind: 'failed', problem: 'redirected' }]);
    const result = await syncFeed(urlFeed, d);
    expect(result).toMatchObject({ problem: 'redirected', failures: 1 });
    const mayRead = requests[0]!.options.mayRead!;
    expect(await mayRead('https://cal.example.com/elsewhere.ics')).toBe(true);
    expect(await mayRead('https://other.example.net/cal.ics')).toBe(false);
    // A step down to http is another permission.
    expect(await mayRead('http://cal.example.com/cal.ics')).toBe(false);
  });

  it('waits as long as the server asked, unless the user asks', async () => {
    const { d, requests } = deps([
      { kind: 'fetched', text: ics('Pitch') },
      { kind: 'failed', problem: 'busy', status: 429, retryAfterMs: 20 * MIN },
      { kind: 'fetched', text: ics('Pitch') },
      { kind: 'fetched', text: ics('Pitch') },
    ]);
    await syncFeed(urlFeed, d);
    const busy = await syncFeed(urlFeed, { ...d, now: NOW + MIN }, { force: true });
    expect(busy).toMatchObject({ problem: 'busy', retryAt: NOW + 21 * MIN });
    expect(busy.occurrences.map((o) => o.title)).toEqual(['Pitch']);
    // Past the usual two minutes of back-off, still within the server's twenty: no request.
    const waiting = await syncFeed(urlFeed, { ...d, now: NOW + 15 * MIN });
    expect(requests).toHaveLength(2);
    expect(waiting.retryAt).toBe(NOW + 21 * MIN);
    expect(feedStatusText(waiting, NOW + 15 * MIN)).toMatch(/^The server asked Primed to wait; next try in about 6 minutes\./);
    const after = await syncFeed(urlFeed, { ...d, now: NOW + 22 * MIN });
    expect(requests).toHaveLength(3);
    expect(after.problem).toBeUndefined();
    expect(after.retryAt).toBeUndefined();
    await syncFeed(urlFeed, { ...d, now: NOW + 23 * MIN }, { force: true });
    expect(requests).toHaveLength(4);
  });

  it('keeps the last events of a calendar that suddenly has none, for a day', async () => {
    const empty = ics();
    const { d } = deps([
      { kind: 'fetched', text: ics('Pitch', 'Review') },
      { kind: 'fetched', text: empty },
      { kind: 'failed', problem: 'network' },
      { kind: 'fetched', text: empty },
      { kind: 'fetched', text: empty },
    ]);
    await syncFeed(urlFeed, d);
    const glitch = await syncFeed(urlFeed, { ...d, now: NOW + 15 * MIN });
    expect(glitch).toMatchObject({ problem: 'emptied', failures: 0, emptySince: NOW + 15 * MIN, lastSuccessAt: NOW });
    expect(glitch.occurrences.map((o) => o.title).sort()).toEqual(['Pitch', 'Review']);
    // A failure in between does not start the day again.
    expect(await syncFeed(urlFeed, { ...d, now: NOW + 30 * MIN })).toMatchObject({ problem: 'network', emptySince: NOW + 15 * MIN });
    const stillEmpty = await syncFeed(urlFeed, { ...d, now: NOW + 15 * MIN + EMPTY_GRACE_MS - MIN }, { force: true });
    expect(stillEmpty).toMatchObject({ problem: 'emptied', emptySince: NOW + 15 * MIN });
    expect(stillEmpty.occurrences).toHaveLength(2);
    // A day on, still empty: taken at its word.
    const empty2 = await syncFeed(urlFeed, { ...d, now: NOW + 15 * MIN + EMPTY_GRACE_MS + MIN }, { force: true });
    expect(empty2.problem).toBeUndefined();
    expect(empty2.emptySince).toBeUndefined();
    expect(empty2.occurrences).toEqual([]);
  });

  it('takes an empty calendar that never had events as it is', async () => {
    const { d } = deps([
      { kind: 'fetched', text: ics() },
      { kind: 'fetched', text: ics() },
    ]);
    await syncFeed(urlFeed, d);
    expect((await syncFeed(urlFeed, { ...d, now: NOW + 15 * MIN })).problem).toBeUndefined();
  });

  it('ends the wait when events come back', async () => {
    const { d } = deps([
      { kind: 'fetched', text: ics('Pitch') },
      { kind: 'fetched', text: ics() },
      { kind: 'fetched', text: ics('Pitch', 'New') },
    ]);
    await syncFeed(urlFeed, d);
    await syncFeed(urlFeed, { ...d, now: NOW + 15 * MIN });
    const back = await syncFeed(urlFeed, { ...d, now: NOW + 30 * MIN });
    expect(back.problem).toBeUndefined();
    expect(back.emptySince).toBeUndefined();
    expect(back.occurrences).toHaveLength(2);
  });
});
