// An imported .ics file. Its text is checked and kept with the feed's data
// when the user picks it (see `importFeedText`); a sync reads it again for
// the days ahead. Only the file's name is part of the settings and backups.
import { FEED_NAME_MAX } from '../../limits';
import { z } from '../../zod';
import type { ReadOutcome, SourceDefinition } from './types';

const FileSource = z.object({ kind: z.literal('file'), fileName: z.string().check(z.maxLength(FEED_NAME_MAX)) });

export const fileSource = {
  kind: 'file',
  schema: FileSource,
  // Nothing to fetch, and nothing to wait for: a failure is always the first.
  readText: (): Promise<ReadOutcome> => Promise.resolve({ kind: 'stored', failures: 1 }),
} satisfies SourceDefinition<typeof FileSource>;
