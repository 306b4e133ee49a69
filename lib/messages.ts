// The one map of messages between the background and the extension pages.
// Each message names its request and response schema; both ends are typed from
// it and every payload is validated on arrival (lib/browser/messaging.ts sends
// and listens). Pure: no browser here, so any module may name a message.
import { z } from './zod';

// What a page can ask to hear about (lib/browser/changes.ts). Entries, drafts
// and quarantine live in IndexedDB, feeds in both (the list in storage.local,
// what each returned in IndexedDB), the rest in storage.local.
const DataArea = z.enum(['entries', 'drafts', 'quarantine', 'settings', 'feeds', 'stakes', 'promptSettings', 'promptState', 'values', 'supporters', 'program']);
export type DataArea = z.infer<typeof DataArea>;

export const Page = z.enum(['welcome', 'options', 'journal']);
export type Page = z.infer<typeof Page>;

/** The answer to a message that only reports "done" (some browsers turn a null reply into no reply). */
const Done = z.optional(z.null());

export const messageMap = {
  /** A page changed stored data; other open pages refresh what they show. No one answers. */
  'data/changed': { request: z.object({ area: DataArea }), response: Done },
  /** Sync the enabled feeds now (or only one), ignoring any back-off. Pages hear `data/changed` when done. */
  'feeds/sync': { request: z.object({ feedId: z.optional(z.string()) }), response: Done },
  /** Add the built-in demo calendar if needed, turn it on and sync it. */
  'demo/enable': { request: z.object({}), response: Done },
  /** Open an exercise in its own window (see lib/exercises/url.ts for the address it gets); no flow: the list of exercises. */
  'flow/open': {
    request: z.object({ flowId: z.optional(z.string()), eventKey: z.optional(z.string()), triggerId: z.optional(z.string()) }),
    response: Done,
  },
  /** Open one of Primed's own pages in a tab, optionally at a section. */
  'page/open': {
    request: z.object({ page: Page, section: z.optional(z.string()) }),
    response: Done,
  },
  /** Start the exercise a shown prompt invites to, in its own window. */
  'prompt/start': { request: z.object({ triggerId: z.string() }), response: Done },
  /** Show a shown prompt again later, after one of its snooze choices (lib/planner/snooze.ts), timed by the background. */
  'prompt/snooze': {
    request: z.object({ triggerId: z.string(), choice: z.enum(['min-2', 'min-5', 'min-10', 'min-15', 'min-30', 'hour', 'evening']) }),
    response: Done,
  },
  /** An exercise opened by a prompt was finished; its readiness ratings are the prompt's outcome. No one answers. */
  'prompt/completed': {
    request: z.object({ triggerId: z.string(), entryId: z.string(), readinessBefore: z.optional(z.number()), readinessAfter: z.optional(z.number()) }),
    response: Done,
  },
  /** The answer to an after-event check-in (lib/prompts/check-in.ts), from the popup's card or the reflection. */
  'checkin/answer': {
    request: z.object({
      eventKey: z.string(),
      capability: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 10, 'a whole number from 1 to 10')),
      via: z.enum(['popup', 'reflection']),
    }),
    response: Done,
  },
  /** "Not now" on an after-event check-in. */
  'checkin/skip': { request: z.object({ eventKey: z.string() }), response: Done },
  /** Delete everything Primed keeps in this profile (entries, drafts, settings, the decision log, alarms, calendar access). */
  'data/delete-all': { request: z.object({}), response: Done },
  /** Show a sample prompt now, to see how prompts look and that notifications get through. */
  'prompt/test': { request: z.object({}), response: z.object({ result: z.enum(['shown', 'unconfirmed', 'blocked']) }) },
} as const;

type MessageMap = typeof messageMap;
export type MessageType = keyof MessageMap;
export type RequestOf<K extends MessageType> = z.infer<MessageMap[K]['request']>;
export type ResponseOf<K extends MessageType> = z.infer<MessageMap[K]['response']>;

/** What travels: a message's type and its payload, checked against the map on arrival. */
export const Envelope = z.object({ type: z.enum(Object.keys(messageMap) as [MessageType, ...MessageType[]]), payload: z.unknown() });
