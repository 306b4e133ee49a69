import { useEffect, useState } from 'preact/hooks';
import { releaseOrigin, requestOrigin } from '@/lib/browser/permissions';
import { changeFeeds, loadFeeds } from '@/lib/feeds/feed-list';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { removeFeedData } from '@/lib/feeds/sync';
import { readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { onDataChanged } from '@/lib/browser/changes';
import { request } from '@/lib/browser/messaging';
import { defaultDb } from '@/lib/store/db';
import { loadSettings, updateSettings } from '@/lib/store/settings';
import { feedStatusText } from '../common/feedStatusText';
import { describeStoreError } from '../common/storeErrorText';
import { calendarText as t } from './calendarText';
import { accessOf, describeSource, noteOf, sourceForms, type SourceFormProps } from './sources';
import { UpcomingList } from './UpcomingList';
import { SaveError, useSaved } from './useSaved';
import { TextInput } from '../common/TextField';
import { EMAIL_LIST_MAX, FEED_NAME_MAX } from '@/lib/limits';
import { Notice } from '../common/Notice';

const INTERVALS = [15, 30, 60, 180];

const UNDER_LIST = sourceForms('under-list');
const ADD_FORMS = sourceForms('add');

export function CalendarsSection() {
  const db = defaultDb();
  const feedList = useSaved<Feed[]>([]);
  const feeds = feedList.value;
  const [upcoming, setUpcoming] = useState<FeedUpcoming[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
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
    const unwatch = onDataChanged(['feeds'], () => void refresh());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);

  /** What every source's form is given: each adds its calendars the same way. */
  const formProps: SourceFormProps = {
    feeds,
    add: async (feed) => {
      await changeFeeds((list) => [...list, feed]);
      setProblem(null);
      await request('feeds/sync', { feedId: feed.id });
      await refresh();
    },
    report: setProblem,
    refresh,
  };

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
      const host = accessOf(feed)?.hostPermission;
      const stillUsed = remaining.some((f) => accessOf(f)?.hostPermission === host);
      if (host && !stillUsed) await releaseOrigin(host);
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
    const host = accessOf(feed)?.hostPermission;
    // Asking again is how a user grants a permission they once refused.
    if (host) await requestOrigin(host);
    await sync(feed.id);
    await refresh();
  }

  async function saveEmails(value: string) {
    const list = value.split(/[,;\s]+/).map((e) => e.trim().toLowerCase()).filter((e) => e.includes('@'));
    if (await emails.save(value, async () => (await updateSettings({ selfEmails: list })).selfEmails.join(', '))) await sync();
  }

  const saveInterval = (minutes: number) =>
    interval.save(minutes, async () => (await updateSettings({ syncIntervalMinutes: minutes })).syncIntervalMinutes);

  const statusOf = (feed: Feed) => feedStatusText(upcoming.find((u) => u.feedId === feed.id), now, accessOf(feed)?.url);

  return (
    <>
      <section id="calendar" aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{t.heading}</h2>
        <p>{t.intro}</p>
        {problem && (
          <Notice tone="error">
            {problem}
          </Notice>
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
                      <TextInput
                        id={`rename-${feed.id}`}
                        limit={FEED_NAME_MAX}
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
                  <span class="muted">{describeSource(feed.source)}</span>
                </div>
                <p class="feed-status" data-feed-status={feed.id}>
                  {feed.enabled ? statusOf(feed) : ''}
                </p>
                {noteOf(feed)}
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

        {UNDER_LIST.map(({ kind, Form }) => (
          <Form key={kind} {...formProps} />
        ))}

        <h3>{t.addHeading}</h3>
        {ADD_FORMS.map(({ kind, Form }) => (
          <Form key={kind} {...formProps} />
        ))}

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

      </section>

      <section id="upcoming" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t.upcomingHeading}</h2>
        <UpcomingList feeds={feeds} upcoming={upcoming} now={now} />
      </section>
    </>
  );
}
