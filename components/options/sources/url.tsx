// Subscribing to a calendar by its address. The address is a secret: it is
// shown only in the field it was typed into.
import { useState } from 'preact/hooks';
import { requestOrigin } from '@/lib/browser/permissions';
import { timeOrderedId } from '@/lib/ids';
import type { Feed } from '@/lib/feeds/model';
import type { SourceOf } from '@/lib/feeds/sources';
import { describeFeedHost, isUnencrypted, normalizeFeedUrl } from '@/lib/feeds/url';
import { FEED_NAME_MAX, FEED_URL_MAX } from '@/lib/limits';
import { describeStoreError } from '../../common/storeErrorText';
import { TextInput } from '../../common/TextField';
import { calendarText as t } from '../calendarText';
import type { SourceFormProps, SourceUi } from './types';
import { Notice } from '../../common/Notice';

type UrlSource = SourceOf<'url'>;

function access(source: UrlSource) {
  const normalized = normalizeFeedUrl(source.url);
  return normalized.ok ? normalized : undefined;
}

function UrlForm({ feeds, add, report }: SourceFormProps) {
  const [url, setUrl] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  function submit(event: Event) {
    event.preventDefault();
    const normalized = normalizeFeedUrl(url);
    if (!normalized.ok) {
      report(t.problems[normalized.problem]);
      return;
    }
    if (feeds.some((f) => f.source.kind === 'url' && access(f.source)?.url === normalized.url)) {
      report(t.problems.duplicate);
      return;
    }
    setBusy(true);
    // The permission request must be the first thing the click does: the
    // browser only shows it for a user's gesture.
    requestOrigin(normalized.hostPermission)
      .then(async (granted) => {
        if (!granted) {
          report(t.problems.denied);
          return;
        }
        const feed: Feed = {
          id: timeOrderedId(Date.now()),
          name: name.trim() || describeFeedHost(normalized.url),
          source: { kind: 'url', url: normalized.url },
          enabled: true,
          addedAt: Date.now(),
        };
        await add(feed);
        setUrl('');
        setName('');
      })
      .catch((err: unknown) => report(describeStoreError(err)))
      .finally(() => setBusy(false));
  }

  return (
    <>
      <form class="feed-form" onSubmit={submit}>
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
          <Notice id="feed-url-unencrypted">
            {t.unencryptedTyped}
          </Notice>
        )}
        <label for="feed-name">{t.nameLabel}</label>
        <TextInput id="feed-name" limit={FEED_NAME_MAX} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button class="button" type="submit" disabled={busy}>
          {busy ? t.adding : t.add}
        </button>
      </form>
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
    </>
  );
}

export const urlSourceUi: SourceUi<UrlSource> = {
  describe: (source) => t.kindUrl(describeFeedHost(source.url)),
  access,
  note: (feed, source) =>
    isUnencrypted(source.url) && (
      <p class="notice feed-unencrypted" data-feed-unencrypted={feed.id}>
        {t.unencryptedFeed}
      </p>
    ),
  place: 'add',
  Form: UrlForm,
};
