// What the just-in-time engine stores, as schemas: the user's high-stakes
// marks (tags, keyword rules, moments), the prompt settings, and the engine's
// own bookkeeping (what fired, what is snoozed, what waits for the user).
// The planner's plain types live in lib/planner/types.ts; these schemas must
// stay assignable to them. (Unions with null rather than z.nullable: every zod
// feature used anywhere lands in the chunk the toolbar popup loads first.)
import { DEFAULT_SCHEDULE_SETTINGS, PROMPT_TYPES, STAKES_KINDS } from '../planner/types';
import { z } from '../zod';
import { IfThenPlan, MAX_IF_THEN_PLANS } from '../exercises/if-then';
import { FLOW_IDS } from '../exercises/ids';
import { Timestamp } from '../time/timestamp';
import { EVENT_TEXT_MAX, KEYWORD_MAX, KEY_MAX, MAX_ENGAGEMENT, MAX_MOMENTS, MAX_RULES, MAX_TAGS, MOMENT_TITLE_MAX } from '../limits';

const Key = z.string().check(z.minLength(1), z.maxLength(KEY_MAX));

/** A page a prompt opens instead of its exercise: the event's prep plan, whose last step is that exercise. */
export const PROMPT_PAGES = ['prep-plan'] as const;
export type PromptPage = (typeof PROMPT_PAGES)[number];

/**
 * Why a prompt offers its exercise, in a word the popup's card turns into a
 * few plain ones (lib/prompts/choice.ts, `offerReason`). None for the values
 * reflection, which must never say what it is for.
 */
export const OFFER_REASONS = ['rehearse', 'prep-plan', 'rehearsed', 'settings', 'ready', 'after', 'plan-review'] as const;
export type OfferReason = (typeof OFFER_REASONS)[number];

const EventTitle = z.string().check(z.maxLength(EVENT_TEXT_MAX));

const wholeMinutes = (max: number) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= max, `whole minutes from 0 to ${max}`));

export const StakesKind = z.enum(STAKES_KINDS);
export const PromptType = z.enum(PROMPT_TYPES);

export const EventTag = z.object({
  target: Key,
  scope: z.enum(['occurrence', 'series']),
  mode: z.enum(['high-stakes', 'never']),
  kind: StakesKind,
  updatedAt: Timestamp,
});

export const KeywordRule = z.object({
  id: Key,
  keyword: z.string().check(z.trim(), z.minLength(1), z.maxLength(KEYWORD_MAX)),
  kind: StakesKind,
  matchDescription: z.boolean(),
  enabled: z.boolean(),
});

export const Moment = z.object({
  id: Key,
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(MOMENT_TITLE_MAX)),
  start: Timestamp,
  durationMinutes: z.optional(wholeMinutes(24 * 60)),
  kind: StakesKind,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export const Stakes = z.object({
  tags: z.array(EventTag).check(z.maxLength(MAX_TAGS)),
  rules: z.array(KeywordRule).check(z.maxLength(MAX_RULES)),
  moments: z.array(Moment).check(z.maxLength(MAX_MOMENTS)),
});
export type Stakes = z.infer<typeof Stakes>;

const PromptTiming = z.object({ enabled: z.boolean(), minutes: wholeMinutes(24 * 60) });
const clockMinute = z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n < 24 * 60, 'a minute of the day'));

export const PromptSettings = z.object({
  // Settings saved before the rehearsal existed get its default when read.
  prompts: z.object({
    rehearse: z._default(PromptTiming, { ...DEFAULT_SCHEDULE_SETTINGS.prompts.rehearse }),
    affirm: PromptTiming,
    ready: PromptTiming,
    feedback: PromptTiming,
  }),
  quietHours: z.union([z.object({ start: clockMinute, end: clockMinute }), z.null()]),
  dailyCap: z.number().check(z.refine((n) => Number.isInteger(n) && n >= 1 && n <= 50, 'a whole number from 1 to 50')),
  days: z.array(z.number().check(z.refine((n) => Number.isInteger(n) && n >= 0 && n <= 6, 'a weekday from 0 to 6'))),
  /** For shared screens: notifications say only that a prompt is waiting. */
  discreet: z.boolean(),
  /** Micro-randomized delivery: each available prompt is shown with this probability. Null: always shown. */
  deliveryProbability: z.union([z.number().check(z.refine((n) => n > 0 && n <= 1, 'a probability above 0, up to 1')), z.null()]),
  /** Days between reminders of the confidence check; null: no reminders. Absent (settings saved before it existed): 30. */
  selfCheckDays: z.optional(z.union([z.number().check(z.refine((n) => Number.isInteger(n) && n >= 7 && n <= 365, 'whole days from 7 to 365')), z.null()])),
  /** A reminder each day while a goal ladder is under way; on unless turned off. */
  goalReminders: z.optional(z.boolean()),
  /** A weekly nudge to reach out to a supporter; off unless turned on. */
  supporterCheckIns: z.optional(z.boolean()),
  /** The exercise the user wants for a kind of event at a prompt's moment (lib/prompts/choice.ts); absent or missing: Primed's choice. */
  exercises: z.optional(
    z.array(z.object({ kind: StakesKind, type: PromptType, flowId: z.enum(Object.values(FLOW_IDS)) })).check(z.maxLength(STAKES_KINDS.length * PROMPT_TYPES.length)),
  ),
});
export type PromptSettings = z.infer<typeof PromptSettings>;

/** A prompt that was shown and waits for the user: the badge and the popup's card show it. */
export const PendingPrompt = z.object({
  triggerId: Key,
  type: PromptType,
  eventKey: Key,
  eventTitle: EventTitle,
  eventStart: z.number(),
  eventEnd: z.number(),
  kind: StakesKind,
  shownAt: Timestamp,
  /** When it stops making sense (the event starts, or half a day after it ended). */
  expiresAt: z.number(),
  /** The exercise it opens, when it is not the usual one for its type (the review of a plan made for the event). */
  flowId: z.optional(Key),
  /** What Start opens instead of the exercise, if anything. */
  opens: z.optional(z.enum(PROMPT_PAGES)),
  /** Why the exercise is offered, for the popup's card. Absent for the values reflection, and in prompts stored before it existed. */
  why: z.optional(z.enum(OFFER_REASONS)),
  /** A get-ready prompt's if-then plans, from the rehearsal for the same event. */
  plans: z.optional(z.array(IfThenPlan).check(z.maxLength(MAX_IF_THEN_PLANS))),
});
export type PendingPrompt = z.infer<typeof PendingPrompt>;

/** An after-event check-in waiting in the popup (lib/prompts/check-in.ts). */
export const PendingCheckIn = z.object({
  eventKey: Key,
  eventTitle: EventTitle,
  eventEnd: Timestamp,
  kind: StakesKind,
  askedAt: Timestamp,
  expiresAt: Timestamp,
});
export type PendingCheckIn = z.infer<typeof PendingCheckIn>;

export const PromptState = z.object({
  /** The engine's first run: decision points before it were never Primed's to miss. */
  since: z.optional(z.number()),
  /** Trigger id → when it was decided (shown or not). A trigger is decided once, ever. */
  decided: z.record(z.string(), z.number()),
  /** Trigger id → when it was shown; these count towards the daily cap. */
  shown: z.record(z.string(), z.number()),
  /** Trigger id → when its snooze ends. */
  snoozed: z.record(z.string(), z.number()),
  /**
   * Trigger id → the time it was last planned for while that time was still
   * ahead. A prompt shown well after this was missed (the computer slept);
   * one with no entry here was already due when its event was first seen (a
   * new install, calendar or mark) and is a fresh invitation, not a late one.
   * Absent in state saved before it existed.
   */
  planned: z.optional(z.record(z.string(), z.number())),
  pending: z.array(PendingPrompt),
  /** After-event check-ins waiting for an answer. Absent in state saved before they existed. */
  checkIns: z.optional(z.array(PendingCheckIn)),
});
export type PromptState = z.infer<typeof PromptState>;

// The decision log's record (lib/prompts/decision-log.ts keeps them): one per
// decision point, so the journal and the backup read it without the store.

/** At most KEY_MAX characters; unlike the other keys here, the log has always taken an empty one. */
const LogKey = z.string().check(z.maxLength(KEY_MAX));

/**
 * `shown`: the browser confirmed a notification the user could see.
 * `delivered`: it could not confirm one (blocked, or no notification service),
 * so the prompt reached the user by the toolbar badge and the popup only.
 */
export const Engagement = z.enum(['shown', 'delivered', 'opened', 'snoozed', 'dismissed', 'completed']);
export type Engagement = z.infer<typeof Engagement>;

export const DecisionRecord = z.object({
  v: z.literal(1),
  /** The trigger id, and for a decision after a snooze, when the snooze ended. */
  id: z.string().check(z.minLength(1), z.maxLength(KEY_MAX)),
  triggerId: LogKey,
  type: PromptType,
  eventKey: LogKey,
  kind: StakesKind,
  /** When the prompt was due, and when the decision was made (later if the browser was asleep). UTC epoch ms. */
  plannedAt: Timestamp,
  decidedAt: Timestamp,
  /** The IANA zone the decision was made in. */
  timeZone: LogKey,
  available: z.boolean(),
  reason: z.optional(z.enum(['quiet-hours', 'daily-cap', 'busy', 'day-off', 'missed', 'snoozed'])),
  /** Shown late (the browser was closed or asleep at the time). */
  late: z.boolean(),
  action: z.enum(['prompted', 'not-prompted']),
  /** The probability of prompting that was used: 1 unless randomized delivery is on; 0 when unavailable. */
  probability: z.number(),
  /** The uniform draw compared with the probability, when there was one. */
  draw: z.optional(z.number()),
  engagement: z.array(z.object({ what: Engagement, at: Timestamp })).check(z.maxLength(MAX_ENGAGEMENT)),
  /**
   * The exercise the prompt offered and why (lib/prompts/choice.ts), for
   * decisions to prompt. Absent in records made before the choice existed.
   */
  exercise: z.optional(
    z.object({
      flowId: LogKey,
      reason: LogKey,
      chosenBy: z.enum(['primed', 'user']),
      /** Start opened this page (the event's prep plan) rather than the exercise itself. */
      opens: z.optional(z.enum(PROMPT_PAGES)),
    }),
  ),
  /** The exercise's readiness ratings, when the prompt led to a finished one. */
  outcome: z.optional(
    z.object({ entryId: LogKey, readinessBefore: z.optional(z.number()), readinessAfter: z.optional(z.number()) }),
  ),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;
