// What every kind of calendar source provides. Sync, backup and import only
// speak to sources through this shape, so a new kind (CalDAV, a provider's
// API) is one module and one line in the registry.
import type { z } from '../../zod';
import type { FetchFeedOptions, FetchOutcome } from '../fetch-feed';
import type { FeedProblem, FeedText, FeedUpcoming } from '../model';

/** What a source may use while it reads its text. */
export interface ReadContext {
  now: number;
  timeZone: string;
  /** The user asked ("Sync now"): waits after failures are ignored. */
  force: boolean;
  /** The last good text kept for this feed, if any. */
  stored: FeedText | undefined;
  /** The feed's standing after its last sync, if any. */
  previous: FeedUpcoming | undefined;
  fetchFeed(url: string, options: FetchFeedOptions): Promise<FetchOutcome>;
  hasPermission(hostPermission: string): Promise<boolean>;
}

/**
 * What a source came back with. `failures` is the count of failed syncs to
 * record if this read ends in a problem (also when the text turns out not to
 * be a calendar).
 */
export type ReadOutcome =
  /** New text to read. `keep` stores it (with its validators) as the feed's last good text. */
  | {
      kind: 'text';
      text: string;
      failures: number;
      keep?: { etag?: string; lastModified?: string };
      /** A calendar that suddenly has no events keeps its last ones for a while (subscriptions glitch). */
      graceWhenEmptied: boolean;
    }
  /** Nothing new: read the kept text again; `problem` is reported if it cannot be read (by default what reading found, or "empty"). */
  | { kind: 'stored'; failures: number; problem?: FeedProblem }
  /** Backing off after failures: no request, but the window still moves on. */
  | { kind: 'waiting'; failures: number }
  | { kind: 'failed'; problem: FeedProblem; failures: number; retryAt?: number };

/** The form a source takes in a backup made without secrets. Masking always changes the kind. */
interface MaskedForm<S, M extends z.ZodMiniObject> {
  kind: z.infer<M>['kind'];
  schema: M;
  mask(source: S): z.infer<M>;
}

/** One kind of calendar source: its stored form, how its text is read, and how a backup hides its secret. */
export interface SourceDefinition<Schema extends z.ZodMiniObject, Masked extends z.ZodMiniObject = z.ZodMiniObject> {
  kind: z.infer<Schema>['kind'];
  schema: Schema;
  readText(source: z.infer<Schema>, context: ReadContext): Promise<ReadOutcome>;
  /** Absent for sources without a secret: they go into every backup as they are. */
  masked?: MaskedForm<z.infer<Schema>, Masked>;
}
