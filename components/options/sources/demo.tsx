// The demo calendar is offered right under the list, until it is on: the
// background makes it (see lib/browser/feed-sync.ts), so there is one at most.
import type { SourceOf } from '@/lib/feeds/sources';
import { request } from '@/lib/browser/messaging';
import { describeStoreError } from '../../common/storeErrorText';
import { calendarText as t } from '../calendarText';
import type { SourceFormProps, SourceUi } from './types';

function DemoOffer({ feeds, report, refresh }: SourceFormProps) {
  if (feeds.some((f) => f.source.kind === 'demo' && f.enabled)) return null;
  return (
    <div id="demo" class="demo">
      <button type="button" class="button button-quiet" onClick={() => void request('demo/enable', {}).then(refresh, (err: unknown) => report(describeStoreError(err)))}>
        {t.demoOn}
      </button>
      <span class="muted"> {t.demoHint}</span>
    </div>
  );
}

export const demoSourceUi: SourceUi<SourceOf<'demo'>> = {
  describe: () => t.kindDemo,
  place: 'under-list',
  Form: DemoOffer,
};
