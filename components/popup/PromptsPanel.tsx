// The popup's part of the just-in-time engine: the prompt that matters now
// (prompts are here even when notifications are blocked), the next
// high-stakes event with a way to prepare now (never the values reflection,
// which must not look like preparation), and ways to add a moment that
// is in no calendar and to see what is coming up; when no prompt is waiting,
// a piece of the user's own evidence. Any other waiting prompts
// and the form for a moment are views of their own, so the popup stays within
// Chrome's 600 px. Loaded after the popup's first paint.
import { CalendarPlus, Plus } from 'lucide-preact';
import { useEffect, useState } from 'preact/hooks';
import type { Feed, FeedUpcoming } from '@/lib/feeds/model';
import { readEnabledCalendars } from '@/lib/feeds/upcoming-store';
import { timeOrderedId } from '@/lib/ids';
import { defaultDb } from '@/lib/store/db';
import { request } from '@/lib/browser/messaging';
import { scheduleEventsOf } from '@/lib/prompts/events';
import { changeStakes, loadPromptSettings, loadPromptState, loadStakes } from '@/lib/prompts/items';
import type { OfferReason, PendingCheckIn, PendingPrompt, PromptSettings, Stakes } from '@/lib/prompts/model';
import { CAPABILITY_QUESTION } from '@/lib/exercises/measures';
import { waitingItems, type WaitingItem } from '@/lib/prompts/waiting';
import { Rating } from '../common/Rating';
import { planSection } from '@/lib/prep/address';
import { localDay } from '@/lib/time/days';
import { nextHighStakes, snoozeChoices, type SnoozeChoice } from '@/lib/planner/plan';
import { STAKES_KINDS, type HighStakesEvent, type StakesKind } from '@/lib/planner/types';
import { runtimeZone } from '@/lib/time/zone';
import { KIND_LABELS } from '@/lib/prompts/events';
import { readMomentForm } from '@/lib/prompts/moment-form';
import { feedProblemText } from '../common/feedStatusText';
import { describeStoreError } from '../common/storeErrorText';
import { EvidenceLine } from './EvidenceLine';
import { PopupView } from './PopupView';
import './prompts-panel.css';
import { TextInput } from '../common/TextField';
import { MOMENT_TITLE_MAX } from '@/lib/limits';
import { Notice } from '../common/Notice';
import { FLOW_IDS } from '@/lib/exercises/ids';
import { onDataRead } from '@/lib/browser/changes';

const MINUTE = 60_000;
/** Far enough ahead to work through a worry; nearer than this, the quick get-ready exercise. */
const REFRAME_LEAD_MS = 20 * MINUTE;

// This panel's words live with it, not in ./strings (see wxt.config.ts).
const text = {
  region: 'Prompts and moments',
  waiting: 'Waiting for you',
  more: (n: number) => `${n} more waiting`,
  prompt: (p: PendingPrompt, now: number) =>
    p.type === 'feedback'
      ? `How did “${p.eventTitle}” go?`
      : p.type === 'affirm'
        ? // About the person, not the task: the event that timed it is not named.
          'A few quiet minutes on what matters to you'
        : p.type === 'rehearse'
          ? `“${p.eventTitle}” is ${until(p.eventStart, now)}: ${p.opens === 'prep-plan' ? 'your plan ends with a rehearsal in your head' : p.flowId === FLOW_IDS.reachOut ? 'ask one of your people for help' : p.flowId === FLOW_IDS.roleModel ? 'borrow from someone like you who did this' : p.flowId === FLOW_IDS.problemSolving ? 'turn a “what if” into a plan' : 'walk through it once, step by step'}`
          : `“${p.eventTitle}” starts ${until(p.eventStart, now)}: a moment to get ready`,
  /** Why the exercise is offered, under the prompt (lib/prompts/choice.ts, offerReason). Never for the values reflection. */
  why: {
    rehearse: 'a dry run leaves time to plan for the hard parts.',
    'prep-plan': 'you made a prep plan for it.',
    rehearsed: 'you have rehearsed it already.',
    settings: 'your choice in the settings.',
    ready: 'it is about to start.',
    after: 'it is still fresh in your mind.',
    'plan-review': 'you made a plan for it.',
  } satisfies Record<OfferReason, string>,
  whyLabel: 'Why:',
  plans: (n: number) => (n === 1 ? 'Your if-then plan' : `Your ${n} if-then plans`),
  plansTitle: 'Your if-then plans',
  plansFor: (title: string) => `From your rehearsal of “${title}”.`,
  when: 'If',
  then: 'then',
  plansGone: 'This prompt is no longer waiting.',
  /** What a snooze button's name says the prompt is. */
  promptName: (p: PendingPrompt) => (p.type === 'affirm' ? 'a few quiet minutes for you' : p.eventTitle),
  start: 'Start',
  later: (c: SnoozeChoice) => (c.id === 'evening' ? 'This evening' : c.id === 'hour' ? 'In an hour' : `In ${c.minutes} min`),
  laterLabel: (c: SnoozeChoice, title: string) => `${c.id === 'evening' ? 'This evening' : c.id === 'hour' ? 'In an hour' : `In ${c.minutes} minutes`}: ${title}`,
  next: 'Next high-stakes moment',
  nextLine: (e: HighStakesEvent, now: number) => `${e.event.title}, ${until(e.event.start, now)}`,
  prepare: 'Prepare now',
  makePlan: 'Make a plan',
  addMoment: 'Add a high-stakes moment',
  upcoming: 'Upcoming events',
  momentTitle: 'What is it?',
  momentWhen: 'When',
  momentKind: 'Kind',
  momentSave: 'Add moment',
  momentAdded: 'Added. Primed will prompt you before and after it.',
  nothingWaiting: 'Nothing is waiting for you now.',
  emptyTitle: 'Nothing coming up yet',
  emptyBody: 'Tell Primed about the moments that matter, and it will help you get ready for them.',
  addCalendar: 'Add a calendar',
  addByHand: 'Add a moment by hand',
  checkInAfter: (title: string) => `After “${title}”`,
  checkInAnswer: 'Answer',
  checkInLow: 'Not at all',
  checkInHigh: 'Completely',
  checkInSave: 'Save',
  checkInSkip: 'Not now',
  checkInChoose: 'Choose a number from 1 to 10 first.',
  checkInSaved: 'Saved. Thank you.',
  problems: {
    title: 'Give it a short name.',
    'title-long': 'Please keep the name under 200 characters.',
    when: 'Pick a date and time.',
    past: 'That time has passed. Pick one still ahead.',
    duration: 'That duration does not look right.',
  },
} as const;

/** Each side of a plan, shortened with a visible mark so that two fit in the popup; the exercise shows them whole. */
const PLAN_SIDE_MAX = 200;

function shortened(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function until(start: number, now: number): string {
  const minutes = Math.round((start - now) / MINUTE);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} h`;
  return `on ${new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(start)}`;
}

/** What the prompts in the popup are read from, kept current while the popup is open. */
function usePromptData() {
  const [pending, setPending] = useState<PendingPrompt[]>([]);
  const [checkIns, setCheckIns] = useState<PendingCheckIn[]>([]);
  const [stakes, setStakes] = useState<Stakes | null>(null);
  const [feeds, setFeeds] = useState<Feed[]>([]);
  const [upcoming, setUpcoming] = useState<FeedUpcoming[]>([]);
  const [settings, setSettings] = useState<PromptSettings | null>(null);
  // Until the calendars are read, "none" is not yet known: the empty state would flash.
  const [calendarsRead, setCalendarsRead] = useState(false);

  useEffect(() => {
    loadPromptSettings().then(setSettings, () => undefined);
    const takeState = (s: { pending: PendingPrompt[]; checkIns?: PendingCheckIn[] }) => {
      setPending(s.pending);
      setCheckIns(s.checkIns ?? []);
    };
    loadPromptState().then(takeState, () => undefined);
    loadStakes().then(setStakes, () => undefined);
    readEnabledCalendars(defaultDb()).then((calendars) => {
      setFeeds(calendars.feeds);
      setUpcoming(calendars.upcoming);
      setCalendarsRead(true);
    }, () => undefined);
    const unwatchState = onDataRead('promptState', loadPromptState, takeState);
    const unwatchStakes = onDataRead('stakes', loadStakes, setStakes);
    return () => {
      unwatchState();
      unwatchStakes();
    };
  }, []);

  return { pending, checkIns, stakes, feeds, upcoming, settings, calendarsRead };
}

/** Runs a request to the background; the popup closes when what follows happens elsewhere. */
async function act(work: () => Promise<unknown>, close: boolean, onError: (message: string) => void) {
  try {
    await work();
    if (close) window.close();
  } catch (err) {
    onError(describeStoreError(err));
  }
}

interface PanelProps {
  now: number;
  /** Shows every waiting prompt, in a view of its own. */
  onMore: () => void;
  /** Shows the form for a moment that is in no calendar, in a view of its own. */
  onAddMoment: () => void;
  onPlans: (triggerId: string) => void;
}

export function PromptsPanel({ now, onMore, onAddMoment, onPlans }: PanelProps) {
  const { pending, checkIns, stakes, feeds, upcoming, settings, calendarsRead } = usePromptData();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const waiting = waitingItems(pending, checkIns, now);
  const firstItem = waiting[0];
  const first = firstItem?.kind === 'prompt' ? firstItem.prompt : undefined;
  const next = stakes ? nextHighStakes({ events: scheduleEventsOf(upcoming), tags: stakes.tags, rules: stakes.rules, moments: stakes.moments }, now) : undefined;
  // The prompt is about that event and starts its exercise: the same moment is not shown twice. (The
  // values reflection's card leaves the event unnamed, and showing it beside the card would frame it as preparation.)
  const showNext = next && next.event.key !== first?.eventKey;
  // Nothing to prepare for and nowhere to learn of it: the two ways to start, instead of a bare link.
  const blank = calendarsRead && stakes !== null && feeds.length === 0 && stakes.moments.length === 0 && !firstItem;
  const troubled = feeds.flatMap((f) => {
    const problem = upcoming.find((u) => u.feedId === f.id)?.problem;
    return problem ? [`${f.name}: ${feedProblemText[problem]}.`] : [];
  });

  return (
    <section class="prompts-panel" aria-label={text.region}>
      {firstItem && (
        <div class="prompt-cards" data-testid="pending-prompts">
          <WaitingCard item={firstItem} now={now} settings={settings} onError={setError} onSaved={setStatus} onAnswer={onMore} onPlans={onPlans} />
          {waiting.length > 1 && (
            <button type="button" class="link-button prompt-more" onClick={onMore}>
              {text.more(waiting.length - 1)}
            </button>
          )}
        </div>
      )}

      {showNext && (
        <div class="next-stakes" data-testid="next-high-stakes">
          <p>
            <span class="muted next-stakes-label">{text.next}</span>
            {text.nextLine(next, now)}
          </p>
          <div class="next-stakes-actions">
            {/* A plan spreads over days; on the day itself, preparing now is what helps. */}
            {localDay(next.event.start) > localDay(now) && (
              <button
                type="button"
                class="link-button next-stakes-plan"
                onClick={() => void act(() => request('page/open', { page: 'journal', section: planSection(next.event.key) }), true, setError)}
              >
                {text.makePlan}
              </button>
            )}
            <button
              type="button"
              class="button button-quiet"
              onClick={() =>
                void act(
                  () => request('flow/open', { flowId: next.event.start - now > REFRAME_LEAD_MS ? FLOW_IDS.reframe : FLOW_IDS.stress, eventKey: next.event.key }),
                  true,
                  setError,
                )
              }
            >
              {text.prepare}
            </button>
          </div>
        </div>
      )}

      {blank && (
        <div class="prompts-empty" data-testid="no-moments">
          <p class="prompts-empty-title">{text.emptyTitle}</p>
          <p class="muted">{text.emptyBody}</p>
          <div class="prompt-actions">
            <button type="button" class="button" onClick={() => void act(() => request('page/open', { page: 'options', section: 'calendars' }), true, setError)}>
              <CalendarPlus size={16} aria-hidden="true" />
              {text.addCalendar}
            </button>
            <button type="button" class="button button-quiet" onClick={onAddMoment}>
              <Plus size={16} aria-hidden="true" />
              {text.addByHand}
            </button>
          </div>
        </div>
      )}

      <p class="prompts-links" hidden={blank}>
        <button type="button" class="link-button" onClick={onAddMoment}>
          {text.addMoment}
        </button>
        {feeds.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <button type="button" class="link-button" onClick={() => void act(() => request('page/open', { page: 'options', section: 'calendar' }), true, setError)}>
              {text.upcoming}
            </button>
          </>
        )}
      </p>
      {troubled.map((line) => (
        <p key={line} class="muted calendar-problem" data-testid="calendar-problem">
          {line}
        </p>
      ))}
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}
      {/* A waiting prompt is what matters now; the user's own evidence waits for a quieter moment. */}
      <p class="muted checkin-status" role="status">
        {status}
      </p>
      {!firstItem && <EvidenceLine />}
    </section>
  );
}

interface CardProps {
  now: number;
  settings: PromptSettings | null;
  onError: (message: string) => void;
  onSaved: (message: string) => void;
  /** In the popup's first view a check-in is one line and a button; its rating opens in the waiting view. */
  onAnswer?: () => void;
  /** Shows a get-ready prompt's if-then plans, in a view of their own. */
  onPlans?: (triggerId: string) => void;
}

function WaitingCard({ item, ...props }: CardProps & { item: WaitingItem }) {
  return item.kind === 'prompt' ? <PromptCard prompt={item.prompt} {...props} /> : <CheckInCard checkIn={item.checkIn} {...props} />;
}

/**
 * The after-event check-in: one rating, saved with one more press. It is the
 * experiment log's outcome, so it asks the same thing after every event.
 */
function CheckInCard({ checkIn: c, onError, onSaved, onAnswer }: CardProps & { checkIn: PendingCheckIn }) {
  const [value, setValue] = useState<number | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);
  const id = `checkin-${c.eventKey.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const skip = () => void act(() => request('checkin/skip', { eventKey: c.eventKey }), false, onError);

  function save() {
    if (value === undefined) return setProblem(text.checkInChoose);
    setProblem(null);
    void act(async () => {
      await request('checkin/answer', { eventKey: c.eventKey, capability: value, via: 'popup' });
      onSaved(text.checkInSaved);
    }, false, onError);
  }

  // In the popup's first view, one line and a button; with room of its own, the rating itself.
  const compact = onAnswer !== undefined;
  return (
    <div class="card prompt-card checkin-card" role="group" aria-labelledby={`${id}-event`}>
      {compact ? (
        <p>
          <span id={`${id}-event`} class="muted checkin-event">
            {text.checkInAfter(c.eventTitle)}
          </span>{' '}
          {CAPABILITY_QUESTION}
        </p>
      ) : (
        <>
          <p id={`${id}-event`} class="muted checkin-event">
            {text.checkInAfter(c.eventTitle)}
          </p>
          <Rating id={id} label={CAPABILITY_QUESTION} min={1} max={10} value={value} onChange={setValue} minLabel={text.checkInLow} maxLabel={text.checkInHigh} />
          {problem && (
            <p class="field-error" role="alert">
              {problem}
            </p>
          )}
        </>
      )}
      <div class="prompt-actions">
        <button type="button" class="button" onClick={onAnswer ?? save}>
          {compact ? text.checkInAnswer : text.checkInSave}
        </button>
        <button type="button" class="button button-quiet" onClick={skip}>
          {text.checkInSkip}
        </button>
      </div>
    </div>
  );
}

function PromptCard({ prompt: p, now, settings, onError, onPlans }: CardProps & { prompt: PendingPrompt }) {
  return (
    <div class="card prompt-card">
      <p>{text.prompt(p, now)}</p>
      {/* Never on the values reflection: the engine gives it no reason, and the card must not invent one. */}
      {p.why && p.type !== 'affirm' && (
        <p class="muted prompt-why">
          {text.whyLabel} {text.why[p.why]}
        </p>
      )}
      {p.plans && p.plans.length > 0 && onPlans && (
        // Made in the rehearsal for this event: one press away when the moment comes.
        <button type="button" class="link-button prompt-plans" onClick={() => onPlans(p.triggerId)}>
          {text.plans(p.plans.length)}
        </button>
      )}
      <div class="prompt-actions">
        <button type="button" class="button" onClick={() => void act(() => request('prompt/start', { triggerId: p.triggerId }), true, onError)}>
          {text.start}
        </button>
        {snoozeChoices(p, now, runtimeZone(), settings?.quietHours ?? null)
          .slice(0, 2)
          .map((c) => (
            <button
              key={c.id}
              type="button"
              class="button button-quiet"
              aria-label={text.laterLabel(c, text.promptName(p))}
              onClick={() => void act(() => request('prompt/snooze', { triggerId: p.triggerId, choice: c.id }), false, onError)}
            >
              {text.later(c)}
            </button>
          ))}
      </div>
    </div>
  );
}

interface ViewProps {
  now: number;
  onBack: () => void;
  /** Opens the exercises from the view's navigation. */
  onExercises: () => void;
}

/** A get-ready prompt's if-then plans, from the rehearsal of its event, with its Start at hand. */
export function IfThenPlans({ triggerId, now, onBack, onExercises }: ViewProps & { triggerId: string }) {
  const { pending, settings } = usePromptData();
  const [error, setError] = useState<string | null>(null);
  const prompt = pending.find((p) => p.triggerId === triggerId);
  return (
    <PopupView title={text.plansTitle} onBack={onBack} onExercises={onExercises}>
      {prompt ? (
        <>
          <p class="muted">{text.plansFor(prompt.eventTitle)}</p>
          <ul class="if-then-plans">
            {(prompt.plans ?? []).map((plan) => (
              <li key={plan.when} class="card">
                <p>
                  <strong>{text.when}</strong> {shortened(plan.when, PLAN_SIDE_MAX)},
                </p>
                <p>
                  <strong>{text.then}</strong> {shortened(plan.then, PLAN_SIDE_MAX)}
                </p>
              </li>
            ))}
          </ul>
          <PromptCard prompt={{ ...prompt, plans: [] }} now={now} settings={settings} onError={setError} onSaved={() => undefined} />
        </>
      ) : (
        <p class="muted">{text.plansGone}</p>
      )}
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}
    </PopupView>
  );
}

/** Every waiting prompt, the one that matters now first. */
export function WaitingPrompts({ now, onBack, onExercises }: ViewProps) {
  const { pending, checkIns, settings } = usePromptData();
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const waiting = waitingItems(pending, checkIns, now);
  return (
    <PopupView title={text.waiting} onBack={onBack} onExercises={onExercises}>
      {waiting.length === 0 ? (
        <p class="muted">{text.nothingWaiting}</p>
      ) : (
        <div class="prompt-cards" data-testid="all-pending-prompts">
          {waiting.map((item) => (
            <WaitingCard key={item.key} item={item} now={now} settings={settings} onError={setError} onSaved={setStatus} />
          ))}
        </div>
      )}
      <p class="muted checkin-status" role="status">
        {status}
      </p>
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}
    </PopupView>
  );
}

export function AddMoment({ now, onBack, onExercises }: ViewProps) {
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [kind, setKind] = useState<StakesKind>('other');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function add(event: Event) {
    event.preventDefault();
    const read = readMomentForm({ title, when, duration: '' }, Date.now());
    if (!read.ok) {
      setProblem(text.problems[read.problem]);
      return;
    }
    setProblem(null);
    const at = Date.now();
    try {
      await changeStakes((s) => ({
        ...s,
        moments: [...s.moments, { id: timeOrderedId(at), title: read.title, start: read.start, kind, createdAt: at, updatedAt: at }],
      }));
      setTitle('');
      setWhen('');
      setStatus(text.momentAdded);
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  return (
    <PopupView title={text.addMoment} onBack={onBack} onExercises={onExercises}>
      <form onSubmit={(e) => void add(e)} class="add-moment-form">
        <label for="moment-title">{text.momentTitle}</label>
        <TextInput id="moment-title" value={title} limit={MOMENT_TITLE_MAX} onInput={(e) => setTitle(e.currentTarget.value)} aria-describedby={problem ? 'moment-problem' : undefined} />
        <label for="moment-when">{text.momentWhen}</label>
        <input id="moment-when" type="datetime-local" value={when} min={new Date(now - new Date(now).getTimezoneOffset() * MINUTE).toISOString().slice(0, 16)} onInput={(e) => setWhen(e.currentTarget.value)} />
        <label for="moment-kind">{text.momentKind}</label>
        <select id="moment-kind" value={kind} onChange={(e) => setKind(STAKES_KINDS.find((k) => k === e.currentTarget.value) ?? 'other')}>
          {STAKES_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {problem && (
          <Notice tone="error" id="moment-problem">
            {problem}
          </Notice>
        )}
        {error && (
          <Notice tone="error">
            {error}
          </Notice>
        )}
        <button type="submit" class="button">
          {text.momentSave}
        </button>
        <p role="status" class="muted">
          {status}
        </p>
      </form>
    </PopupView>
  );
}
