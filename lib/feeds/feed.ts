// One calendar feed as the user set it up: the list of these is part of the
// settings (see ./feed-list). Its source is one of the kinds in ./sources.
import { Timestamp } from '../time/timestamp';
import { z } from '../zod';
import { FeedSource } from './sources';

export const Feed = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  source: FeedSource,
  enabled: z.boolean(),
  addedAt: Timestamp,
});
export type Feed = z.infer<typeof Feed>;
