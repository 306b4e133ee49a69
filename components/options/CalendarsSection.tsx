import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { changeFeeds, loadFeeds, watchFeeds } from '@/lib/feeds/feed-list';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { importFeedText, removeFeedData } from '@/lib/feeds/sync';
import { readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { describeFeedHost, isUnencrypted, normalizeFeedUrl } from '@/lib/feeds/url';
import { timeOrderedId } from '@/lib/ids';
import { handleMessages, request } from '@/lib/messages';
import { defaultDb } from '@/lib/store/db';
import { loadSettings, updateSettings } from '@/lib/store/settings';
import { feedStatusText } from '../common/feedStatusText';
import { describeStoreError } from '../common/storeErrorText';
import { calendarText as t } from './calendarText';
import { UpcomingList } from './UpcomingList';
import { SaveError, useSaved } from './useSaved';
import { TextInput } from '../common/TextField';
import { EMAIL_LIST_MAX, FEED_NAME_MAX, FEED_URL_MAX } from '@/lib/limits';

const INTERVALS = [15, 30, 60, 180];

/** A URL feed's address and host permission, as normalised; undefined for other feeds. */
function urlOf(feed: Feed): { url: string; hostPermission: string } | undefined {
  if (feed.source.kind !== 'url') return undefined;
  const normalized = normalizeFeedUrl(feed.source.url);
  return normalized.ok ? normalized : undefined;
}

export function CalendarsSection() {
  const db = defaultDb();
  const feedList = useSaved<Feed[]>([]);
  const feeds = feedList.value;
  const [upcoming, setUpcoming] = useState<FeedUpcoming[]>([]);
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emails = useSaved('');
  const interval = useSaved(15);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [now, setNow] = useState(Date.now());

  async function refresh() {
    try {
      feedList.take(await loadFeeds());
      setUpcoming(await readAllUpcoming(db));
      setNow(Date.now());
    } catch (err) {
      setProblem(describeStoreError(err));
    }
  }

  useEffect(() => {
    void refresh();
    loadSettings().then((s) => {
      emails.take(s.selfEmails.join(', '));
      interval.take(s.syncIntervalMinutes);
    }, () => undefined);
    const unwatch = watchFeeds(feedList.take);
    const unhandle = handleMessages({
      'data/changed': ({ area }) => {
        if (area === 'feeds') void refresh();
        return null;
      },
    });
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      unwatch();
      unhandle();
      clearInterval(timer);
    };
  }, []);

  function addUrl(event: Event) {
    event.preventDefault();
    const normalized = normalizeFeedUrl(url);
    if (!normalized.ok) {
      setProblem(t.problems[normalized.problem]);
      return;
    }
    if (feeds.some((f) => urlOf(f)?.url === normalized.url)) {
      setProblem(t.problems.duplicate);
      return;
    }
    setBusy(true);
    // The permission request must be the first thing the click does: the
    // browser only shows it for a user's gesture.
    browser.permissions
      .request({ origins: [normalized.hostPermission] })
      .then(async (granted) => {
        if (!granted) {
          setProblem(t.problems.denied);
          return;
        }
        const feed: Feed = {
          id: timeOrderedId(Date.now()),
          name: name.trim() || describeFeedHost(normalized.url),
          source: { kind: 'url', url: normalized.url },
          enabled: true,
          addedAt: Date.now(),
        };
        await changeFeeds((list) => [...list, feed]);
        setUrl('');
        setName('');
        setProblem(null);
        await request('feeds/sync', { feedId: feed.id });
        await refresh();
      })
      .catch((err: unknown) => setProblem(describeStoreError(err)))
      .finally(() => setBusy(false));
  }

  async function importFile(file: File) {
    try {
      const text = await file.text();
      const id = timeOrderedId(Date.now());
      await importFeedText(db, id, text, Date.now());
      const feed: Feed = { id, name: file.name.replace(/\.ics$/i, ''), source: { kind: 'file', fileName: file.name }, enabled: true, addedAt: Date.now() };
      await changeFeeds((list) => [...list, feed]);
      setProblem(null);
      await request('feeds/sync', { feedId: id });
      await refresh();
    } catch (err) {
      setProblem(err instanceof Error && err.name === 'IcsError' ? `${t.importFailed} ${err.message}` : describeStoreError(err));
    }
  }

  /** Changes the list as stored now, showing the change at once; false when it could not be saved. */
  const changeList = (apply: (list: Feed[]) => Feed[]) => feedList.save(apply(feeds), () => changeFeeds(apply));

  /** Asks the background to sync; one it cannot start now comes with the next alarm, and the status line shows the last. */
  const sync = (feedId?: string) => request('feeds/sync', feedId === undefined ? {} : { feedId }).catch(() => null);

  async function setEnabled(feed: Feed, enabled: boolean) {
    if (!(await changeList((list) => list.map((f) => (f.id === feed.id ? { ...f, enabled } : f))))) return;
    if (enabled) await sync(feed.id);
    await refresh();
  }

  async function remove(feed: Feed) {
    const removed = await feedList.run(async () => {
      const remaining = await changeFeeds((list) => list.filter((f) => f.id !== feed.id));
      await removeFeedData(db, feed.id);
      if (feed.source.kind === 'url') {
        const host = urlOf(feed)?.hostPermission;
        const stillUsed = remaining.some((f) => urlOf(f)?.hostPermission === host);
        if (host && !stillUsed) await browser.permissions.remove({ origins: [host] }).catch(() => false);
      }
    });
    if (removed) setConfirming(null);
    await refresh();
  }

  async function rename(event: Event) {
    event.preventDefault();
    if (!renaming) return;
    const { id } = renaming;
    const name = renaming.name.trim();
    setRenaming(null);
    if (name) await changeList((list) => list.map((f) => (f.id === id ? { ...f, name } : f)));
    await refresh();
  }

  async function syncNow(feed: Feed) {
    const host = urlOf(feed)?.hostPermission;
    // Asking again is how a user grants a permission they once refused.
    if (host) await browser.permissions.request({ origins: [host] }).catch(() => false);
    await sync(feed.id);
    await refresh();
  }

  async function saveEmails(value: string) {
    const list = value.split(/[,;\s]+/).map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@'));
    if (await emails.save(value, async () => (await updateSettings({ selfEmails: list })).selfEmails.join(', '))) await sync();
  }

  const saveInterval = (minutes: number) =>
    interval.save(minutes, async () => (await updateSettings({ syncIntervalMinutes: minutes })).syncIntervalMinutes);

  const statusOf = (feed: Feed) => feedStatusText(upcoming.find((u) => u.feedId === feed.id), now, urlOf(feed)?.url);
  const kindOf = (feed: Feed) =>
    feed.source.kind === 'demo' ? t.kindDemo : feed.source.kind === 'file' ? t.kindFile(feed.source.fileName) : t.kindUrl(describeFeedHost(feed.source.url));
  const hasDemo = feeds.some((f) => f.source.kind === 'demo' && f.enabled);

  return (
    <section id="calendar" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {problem && (
        <p class="notice notice-error" role="alert">
          {problem}
        </p>
      )}

      {feeds.length === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <ul class="feed-list">
          {feeds.map((feed) => (
            <li key={feed.id} class="card feed-item">
              <div class="feed-head">
                {renaming?.id === feed.id ? (
                  <form class="feed-rename" onSubmit={(e) => void rename(e)}>
                    <label class="visually-hidden" for={`rename-${feed.id}`}>
                      {t.renameLabel}
                    </label>
                    <input
                      id={`rename-${feed.id}`}
                      type="text"
                      value={renaming.name}
                      autoFocus
                      onInput={(e) => setRenaming({ id: feed.id, name: e.currentTarget.value })}
                      onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
                    />
                    <button class="button" type="submit">
                      {t.saveName}
                    </button>
                  </form>
                ) : (
                  <strong class="feed-name">{feed.name}</strong>
                )}
                <span class="muted">{kindOf(feed)}</span>
              </div>
              <p class="feed-status" data-feed-status={feed.id}>
                {feed.enabled ? statusOf(feed) : ''}
              </p>
              {feed.source.kind === 'url' && isUnencrypted(feed.source.url) && (
                <p class="notice feed-unencrypted" data-feed-unencrypted={feed.id}>
                  {t.unencryptedFeed}
                </p>
              )}
              <div class="feed-actions">
                <label class="check">
                  <input type="checkbox" checked={feed.enabled} onChange={(e) => void setEnabled(feed, e.currentTarget.checked)} />
                  <span>{t.enabled}</span>
                  <span class="visually-hidden"> {feed.name}</span>
                </label>
                {feed.enabled && (
                  <button type="button" class="button button-quiet" onClick={() => void syncNow(feed)}>
                    {t.syncNow}
                    <span class="visually-hidden"> {feed.name}</span>
                  </button>
                )}
                {renaming?.id !== feed.id && (
                  <button type="button" class="button button-quiet" onClick={() => setRenaming({ id: feed.id, name: feed.name })}>
                    {t.rename}
                    <span class="visually-hidden"> {feed.name}</span>
                  </button>
                )}
                {confirming === feed.id ? (
                  <>
                    <button type="button" class="button" onClick={() => void remove(feed)}>
                      {t.confirmRemove}
                    </button>
                    <button type="button" class="button button-quiet" onClick={() => setConfirming(null)}>
                      {t.keep}
                    </button>
                  </>
                ) : (
                  <button type="button" class="button button-quiet" onClick={() => setConfirming(feed.id)}>
                    {t.remove}
                    <span class="visually-hidden"> {feed.name}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <SaveError error={feedList.error} />

      {!hasDemo && (
        <div id="demo" class="demo">
          <button type="button" class="button button-quiet" onClick={() => void request('demo/enable', {}).then(refresh, (err: unknown) => setProblem(describeStoreError(err)))}>
            {t.demoOn}
          </button>
          <span class="muted"> {t.demoHint}</span>
        </div>
      )}

      <h3>{t.addHeading}</h3>
      <form class="feed-form" onSubmit={addUrl}>
        <label for="feed-url">{t.urlLabel}</label>
        <TextInput
          id="feed-url"
          type="url"
          limit={FEED_URL_MAX}
          autoComplete="off"
          spellcheck={false}
          value={url}
          aria-describedby={isUnencrypted(url) ? 'feed-url-hint feed-url-unencrypted' : 'feed-url-hint'}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
        <p id="feed-url-hint" class="muted">
          {t.urlHint}
        </p>
        {isUnencrypted(url) && (
          <p id="feed-url-unencrypted" class="notice">
            {t.unencryptedTyped}
          </p>
        )}
        <label for="feed-name">{t.nameLabel}</label>
        <TextInput id="feed-name" limit={FEED_NAME_MAX} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button class="button" type="submit" disabled={busy}>
          {busy ? t.adding : t.add}
        </button>
      </form>
      <label class="feed-import">
        <span>{t.importLabel}</span>{' '}
        <input type="file" accept=".ics,text/calendar" onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void importFile(file);
          e.currentTarget.value = '';
        }} />
      </label>
      <details class="feed-help">
        <summary>{t.helpHeading}</summary>
        <dl>
          {t.help.map(([provider, steps]) => (
            <div key={provider}>
              <dt>{provider}</dt>
              <dd>{steps}</dd>
            </div>
          ))}
        </dl>
      </details>

      <div class="feed-settings">
        <label for="self-emails">{t.emailsLabel}</label>
        <TextInput id="self-emails" limit={EMAIL_LIST_MAX} value={emails.value} aria-describedby="self-emails-hint" onInput={(e) => emails.edit(e.currentTarget.value)} onChange={(e) => void saveEmails(e.currentTarget.value)} />
        <p id="self-emails-hint" class="muted">
          {t.emailsHint}
        </p>
        <SaveError error={emails.error} />
        <label for="sync-interval">{t.intervalLabel}</label>{' '}
        <select id="sync-interval" value={interval.value} onChange={(e) => void saveInterval(Number(e.currentTarget.value))}>
          {INTERVALS.map((m) => (
            <option key={m} value={m}>
              {t.minutes(m)}
            </option>
          ))}
        </select>
        <SaveError error={interval.error} />
      </div>

      <h3>{t.upcomingHeading}</h3>
      <UpcomingList feeds={feeds} upcoming={upcoming} now={now} />
    </section>
  );
}
