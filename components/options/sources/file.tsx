// Importing a calendar from an .ics file: its text is checked and kept with
// the feed's data, and read again for the days ahead at every sync.
import { timeOrderedId } from '@/lib/ids';
import type { Feed } from '@/lib/feeds/model';
import type { SourceOf } from '@/lib/feeds/sources';
import { importFeedText } from '@/lib/feeds/sync';
import { defaultDb } from '@/lib/store/db';
import { describeStoreError } from '../../common/storeErrorText';
import { calendarText as t } from '../calendarText';
import type { SourceFormProps, SourceUi } from './types';

function FileForm({ add, report }: SourceFormProps) {
  async function importFile(file: File) {
    try {
      const text = await file.text();
      const id = timeOrderedId(Date.now());
      await importFeedText(defaultDb(), id, text, Date.now());
      const feed: Feed = { id, name: file.name.replace(/\.ics$/i, ''), source: { kind: 'file', fileName: file.name }, enabled: true, addedAt: Date.now() };
      await add(feed);
    } catch (err) {
      report(err instanceof Error && err.name === 'IcsError' ? `${t.importFailed} ${err.message}` : describeStoreError(err));
    }
  }

  return (
    <label class="feed-import">
      <span>{t.importLabel}</span>{' '}
      <input
        type="file"
        accept=".ics,text/calendar"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void importFile(file);
          e.currentTarget.value = '';
        }}
      />
    </label>
  );
}

export const fileSourceUi: SourceUi<SourceOf<'file'>> = {
  describe: (source) => t.kindFile(source.fileName),
  place: 'add',
  Form: FileForm,
};
