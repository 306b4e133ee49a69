import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, retryDelayMs } from './backoff';
import { fetchFeed } from './fetch-feed';
import { describeFeedHost, normalizeFeedUrl } from './url';

describe('normalizeFeedUrl', () => {
  it.each([
    ['webcal://p01-caldav.icloud.com/published/2/abc', 'https://p01-caldav.icloud.com/published/2/abc', 'https://p01-caldav.icloud.com/*'],
    ['  https://calendar.google.com/calendar/ical/x%40group/private-123/basic.ics  ', 'https://calendar.google.com/calendar/ical/x%40group/private-123/basic.ics', 'https://calendar.google.com/*'],
    ['http://127.0.0.1:8080/feed.ics#frag', 'http://127.0.0.1:8080/feed.ics', 'http://127.0.0.1/*'],
    ['WEBCALS://example.com/a.ics?token=s3cret', 'https://example.com/a.ics?token=s3cret', 'https://example.com/*'],
  ])('accepts %s', (input, url, hostPermission) => {
    expect(normalizeFeedUrl(input)).toEqual({ ok: true, url, hostPermission });
  });

  it.each([
    ['', 'empty'],
    ['calendar.google.com/foo', 'not-a-url'],
    ['ftp://example.com/cal.ics', 'unsupported-scheme'],
    ['file:///home/me/cal.ics', 'unsupported-scheme'],
    ['javascript:alert(1)', 'unsupported-scheme'],
  ])('refuses %j as %s', (input, problem) => {
    expect(normalizeFeedUrl(input)).toEqual({ ok: false, problem });
  });

  it('names only the host', () => {
    expect(describeFeedHost('https://calendar.google.com/calendar/ical/private-abc/basic.ics')).toBe('calendar.google.com');
    expect(describeFeedHost('not a url')).toBe('the calendar server');
  });
});

describe('retryDelayMs', () => {
  it('doubles from two minutes up to six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([2, 4, 8, 16].map((m) => m * 60_000));
    expect(retryDelayMs(30)).toBe(MAX_BACKOFF_MS);
    expect(retryDelayMs(0)).toBe(0);
  });
});

describe('fetchFeed against a real HTTP server', () => {
  const calendar = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
  let server: Server;
  let base: string;
  const seen: IncomingMessage[] = [];
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
    '/ok.ics': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'text/calendar', ETag: '"v1"', 'Last-Modified': 'Sun, 22 Nov 2026 10:00:00 GMT' }).end(calendar);
    },
    '/error.ics': (_req, res) => void res.writeHead(500).end('oops'),
    '/gone.ics': (_req, res) => void res.writeHead(404).end(),
    '/login.ics': (_req, res) => void res.writeHead(403).end(),
    '/hang.ics': () => undefined,
    '/huge.ics': (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/calendar' });
      const chunk = 'X'.repeat(64 * 1024);
      let sent = 0;
      const send = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', send);
        }
        res.end();
      };
      send();
    },
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req);
      (routes[req.url!.split('?')[0]!] ?? ((_q: IncomingMessage, r: ServerResponse) => void r.writeHead(404).end()))(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('fetches a calendar with its validators, then asks conditionally', async () => {
    const first = await fetchFeed(`${base}/ok.ics?token=secret-1`);
    expect(first).toEqual({ kind: 'fetched', text: calendar, etag: '"v1"', lastModified: 'Sun, 22 Nov 2026 10:00:00 GMT' });
    const second = await fetchFeed(`${base}/ok.ics?token=secret-1`, { etag: '"v1"', lastModified: 'Sun, 22 Nov 2026 10:00:00 GMT' });
    expect(second).toEqual({ kind: 'not-modified' });
    expect(seen.at(-1)!.headers['if-modified-since']).toBe('Sun, 22 Nov 2026 10:00:00 GMT');
  });

  it.each([
    ['/error.ics', { kind: 'failed', problem: 'server', status: 500 }],
    ['/gone.ics', { kind: 'failed', problem: 'not-found', status: 404 }],
    ['/login.ics', { kind: 'failed', problem: 'denied', status: 403 }],
  ])('reports %s as a typed failure without the address', async (path, expected) => {
    const outcome = await fetchFeed(`${base}${path}?token=secret-2`);
    expect(outcome).toEqual(expected);
    expect(JSON.stringify(outcome)).not.toContain('secret');
  });

  it('gives up on a server that does not answer', async () => {
    const outcome = await fetchFeed(`${base}/hang.ics`, { timeoutMs: 300 });
    expect(outcome).toEqual({ kind: 'failed', problem: 'timeout' });
  });

  it('stops reading a body past the size cap', async () => {
    const outcome = await fetchFeed(`${base}/huge.ics`, { maxBytes: 1024 * 1024 });
    expect(outcome).toEqual({ kind: 'failed', problem: 'too-large' });
  });

  it('reports an unreachable server as a network failure', async () => {
    const outcome = await fetchFeed('http://127.0.0.1:1/feed.ics');
    expect(outcome).toEqual({ kind: 'failed', problem: 'network' });
  });
});
