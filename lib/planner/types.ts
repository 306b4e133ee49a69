// The just-in-time planner's vocabulary. Everything here is plain data: the
// planner is a pure function of it, and the background only stores it,
// reads it back and turns planned triggers into alarms.

/** What kind of high-stakes moment an event is; it shapes the wording of prompts. */
export const STAKES_KINDS = ['presentation', 'interview', 'exam', 'conversation', 'review', 'pitch', 'other'] as const;
export type StakesKind = (typeof STAKES_KINDS)[number];

/**
 * The prompts around a high-stakes event:
 * - `rehearse`: an invitation to rehearse it step by step, the day before;
 * - `affirm`: an invitation to the 15-minute values affirmation, well before;
 * - `ready`: "get ready" (stress reinterpretation, reframing), just before;
 * - `feedback`: task-level feedback and reflection, after it ends.
 */
export const PROMPT_TYPES = ['rehearse', 'affirm', 'ready', 'feedback'] as const;
export type PromptType = (typeof PROMPT_TYPES)[number];

/** An event the planner may prompt for: a calendar occurrence or a moment the user added. */
export interface ScheduleEvent {
  /** Occurrence key (feed id, UID and, for a series instance, its original start) or `moment:<id>`. */
  key: string;
  /** Shared by every instance of a series (feed id and UID); absent for moments. */
  seriesKey?: string;
  title: string;
  description?: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  allDay: boolean;
  cancelled: boolean;
  /** Free time (TRANSP:TRANSPARENT). */
  transparent: boolean;
  /** The user said no. */
  declined: boolean;
  /** A moment's kind; calendar events get theirs from a tag or a rule. */
  kind?: StakesKind;
}

/**
 * The user's mark on an event. `scope: 'occurrence'` targets one occurrence
 * key, `scope: 'series'` a series key. A tag on an occurrence wins over one
 * on its series.
 */
export interface EventTag {
  target: string;
  scope: 'occurrence' | 'series';
  mode: 'high-stakes' | 'never';
  kind: StakesKind;
  updatedAt: number;
}

/** A keyword that makes matching events high-stakes; whole words, any case. */
export interface KeywordRule {
  id: string;
  keyword: string;
  kind: StakesKind;
  /** Also look in the event's description, not only its title. */
  matchDescription: boolean;
  enabled: boolean;
}

/** A high-stakes moment the user added by hand (not in any calendar). */
export interface Moment {
  id: string;
  title: string;
  start: number;
  /** Absent: a point in time (the after-event prompt counts from the start). */
  durationMinutes?: number;
  kind: StakesKind;
  createdAt: number;
  updatedAt: number;
}

export interface PromptTiming {
  enabled: boolean;
  /** Minutes before the start (affirm, ready) or after the end (feedback). */
  minutes: number;
}

export interface ScheduleSettings {
  prompts: Record<PromptType, PromptTiming>;
  /** Local clock times as minutes after midnight; start > end wraps past midnight. Null: no quiet hours. */
  quietHours: { start: number; end: number } | null;
  /** Most prompts shown in one local day. */
  dailyCap: number;
  /** Local weekdays on which prompts may be shown, 0 = Sunday. */
  days: readonly number[];
}

/**
 * The rehearsal's lead: 20 hours puts it in the afternoon or early evening the
 * day before an event in working hours, outside the default quiet hours.
 */
export const REHEARSE_DEFAULT_MINUTES = 20 * 60;

export const DEFAULT_SCHEDULE_SETTINGS: ScheduleSettings = {
  prompts: {
    rehearse: { enabled: true, minutes: REHEARSE_DEFAULT_MINUTES },
    affirm: { enabled: true, minutes: 45 },
    ready: { enabled: true, minutes: 5 },
    feedback: { enabled: true, minutes: 10 },
  },
  quietHours: { start: 22 * 60, end: 7 * 60 },
  dailyCap: 6,
  days: [0, 1, 2, 3, 4, 5, 6],
};

/** Why a high-stakes event is high-stakes. */
type StakesSource = 'tag' | 'series-tag' | 'rule' | 'moment';

export interface HighStakesEvent {
  event: ScheduleEvent;
  kind: StakesKind;
  source: StakesSource;
  /** The rule that matched, when `source` is 'rule'. */
  ruleId?: string;
}

/** A prompt to show at `at`. */
export interface PlannedTrigger {
  /** `<prompt type>|<event key>`: the same inputs always give the same id. */
  id: string;
  type: PromptType;
  eventKey: string;
  eventTitle: string;
  eventStart: number;
  eventEnd: number;
  kind: StakesKind;
  /** When to show it (epoch ms): the ideal time, or later when moved. */
  at: number;
  /** The ideal time from the lead time alone. */
  idealAt: number;
  /** Why `at` differs from `idealAt`, if it does. */
  moved?: 'busy' | 'snoozed' | 'late';
  /** Its ideal time had passed when it was planned (the browser was closed or asleep, or the event is new), even if it then also waited out a meeting. */
  late?: true;
}

type UnavailableReason =
  | 'quiet-hours'
  | 'daily-cap'
  | 'busy'
  | 'day-off'
  | 'missed'
  | 'snoozed';

/** A decision point at which no prompt is shown, and why. */
export interface UnavailableTrigger {
  id: string;
  type: PromptType;
  eventKey: string;
  kind: StakesKind;
  /** When the prompt would have been shown. */
  at: number;
  reason: UnavailableReason;
}

export interface PlanInput {
  events: readonly ScheduleEvent[];
  tags: readonly EventTag[];
  rules: readonly KeywordRule[];
  moments: readonly Moment[];
  settings: ScheduleSettings;
  /** Trigger id → when it was shown. Shown triggers are never planned again; they count towards the daily cap. */
  fired: Readonly<Record<string, number>>;
  /**
   * When prompts were shown, for the daily cap. When absent, the times in
   * `fired` are counted (a trigger can be decided without being shown).
   */
  shownAt?: readonly number[];
  /** Trigger id → when a snooze ends. */
  snoozed: Readonly<Record<string, number>>;
  now: number;
  /** The IANA zone that quiet hours, days and the daily cap are read in. */
  timeZone: string;
}

export interface Plan {
  /** Soonest first. Triggers already due have `at <= now`: show them at once. */
  triggers: PlannedTrigger[];
  unavailable: UnavailableTrigger[];
}
