// One calendar feed as the user set it up: the list of these is part of the
// settings (see ./feed-list). Its source is one of the kinds in ./sources.
import { FEED_NAME_MAX, KEY_MAX } from '../limits';
import { Timestamp } from '../time/timestamp';
import { z } from '../zod';
import { FeedSource } from './sources';

export const Feed = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(KEY_MAX)),
  name: z.string().check(z.maxLength(FEED_NAME_MAX)),
  source: FeedSource,
  enabled: z.boolean(),
  addedAt: Timestamp,
});
export type Feed = z.infer<typeof Feed>;
