// The popup's part of the just-in-time engine: prompts waiting for the user
// (they are here even when notifications are blocked), the next high-stakes
// event with a way to prepare now, and a quick way to add a moment that is in
// no calendar. Loaded after the popup's first paint.
import { useEffect, useState } from 'preact/hooks';
import { readEnabledCalendars } from '@/lib/feeds/upcoming-store';
import { timeOrderedId } from '@/lib/ids';
import { defaultDb } from '@/lib/store/db';
import { request } from '@/lib/messages';
import { scheduleEventsOf } from '@/lib/prompts/events';
import { changeStakes, loadPromptSettings, loadPromptState, loadStakes, watchPromptState, watchStakes } from '@/lib/prompts/items';
import type { PendingPrompt, PromptSettings, Stakes } from '@/lib/prompts/model';
import { nextHighStakes, snoozeChoices, type SnoozeChoice } from '@/lib/schedule/plan';
import { STAKES_KINDS, type HighStakesEvent, type ScheduleEvent, type StakesKind } from '@/lib/schedule/types';
import { runtimeZone } from '@/lib/time/zone';
import { KIND_LABELS } from '@/lib/prompts/events';
import { readMomentForm } from '@/lib/prompts/moment-form';
import { describeStoreError } from '../common/storeErrorText';
import './prompts-panel.css';

const MINUTE = 60_000;
/** Far enough ahead for the 15-minute affirmation; nearer than this, the quick get-ready exercise. */
const AFFIRM_LEAD_MS = 20 * MINUTE;

// This panel's words live with it, so that the popup's first paint does not carry them.
const text = {
  region: 'Prompts and moments',
  waiting: 'Waiting for you',
  prompt: (p: PendingPrompt, now: number) =>
    p.type === 'feedback'
      ? `How did “${p.eventTitle}” go?`
      : p.type === 'affirm'
        ? `Before “${p.eventTitle}” (${until(p.eventStart, now)}): a few quiet minutes on what matters to you`
        : `“${p.eventTitle}” starts ${until(p.eventStart, now)}: a moment to get ready`,
  start: 'Start',
  later: (c: SnoozeChoice) => (c.id === 'evening' ? 'This evening' : c.id === 'hour' ? 'In an hour' : `In ${c.minutes} min`),
  laterLabel: (c: SnoozeChoice, title: string) => `${c.id === 'evening' ? 'This evening' : c.id === 'hour' ? 'In an hour' : `In ${c.minutes} minutes`}: ${title}`,
  next: 'Next high-stakes moment',
  nextLine: (e: HighStakesEvent, now: number) => `${e.event.title}, ${until(e.event.start, now)}`,
  prepare: 'Prepare now',
  addMoment: 'Add a high-stakes moment',
  momentTitle: 'What is it?',
  momentWhen: 'When',
  momentKind: 'Kind',
  momentSave: 'Add moment',
  momentAdded: 'Added. Primed will prompt you before and after it.',
  problems: {
    title: 'Give it a short name.',
    'title-long': 'Please keep the name under 200 characters.',
    when: 'Pick a date and time.',
    past: 'That time has passed. Pick one still ahead.',
    duration: 'That duration does not look right.',
  },
} as const;

function until(start: number, now: number): string {
  const minutes = Math.round((start - now) / MINUTE);
  if (minutes <= 0) return 'now';
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} h`;
  return `on ${new Intl.DateTimeFormat(undefined, { weekday: 'long' }).format(start)}`;
}

export function PromptsPanel({ now }: { now: number }) {
  const [pending, setPending] = useState<PendingPrompt[]>([]);
  const [stakes, setStakes] = useState<Stakes | null>(null);
  const [events, setEvents] = useState<ScheduleEvent[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<PromptSettings | null>(null);

  useEffect(() => {
    loadPromptSettings().then(setSettings, () => undefined);
    loadPromptState().then((s) => setPending(s.pending), () => undefined);
    loadStakes().then(setStakes, () => undefined);
    readEnabledCalendars(defaultDb()).then(({ upcoming }) => setEvents(scheduleEventsOf(upcoming)), () => undefined);
    const unwatchState = watchPromptState((s) => setPending(s.pending));
    const unwatchStakes = watchStakes(setStakes);
    return () => {
      unwatchState();
      unwatchStakes();
    };
  }, []);

  const waiting = pending.filter((p) => p.expiresAt > now);
  const next = stakes ? nextHighStakes({ events, tags: stakes.tags, rules: stakes.rules, moments: stakes.moments }, now) : undefined;

  async function act(work: () => Promise<unknown>, close: boolean) {
    try {
      await work();
      if (close) window.close();
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  return (
    <section class="prompts-panel" aria-label={text.region}>
      {waiting.length > 0 && (
        <div class="prompt-cards" data-testid="pending-prompts">
          <h2 class="recent-heading">{text.waiting}</h2>
          {waiting.map((p) => (
            <div key={p.triggerId} class="card prompt-card">
              <p>{text.prompt(p, now)}</p>
              <div class="prompt-actions">
                <button type="button" class="button" onClick={() => void act(() => request('prompt/start', { triggerId: p.triggerId }), true)}>
                  {text.start}
                </button>
                {snoozeChoices(p, now, runtimeZone(), settings?.quietHours ?? null)
                  .slice(0, 2)
                  .map((c) => (
                    <button
                      key={c.id}
                      type="button"
                      class="button button-quiet"
                      aria-label={text.laterLabel(c, p.eventTitle)}
                      onClick={() => void act(() => request('prompt/snooze', { triggerId: p.triggerId, choice: c.id }), false)}
                    >
                      {text.later(c)}
                    </button>
                  ))}
              </div>
            </div>
          ))}
        </div>
      )}

      {next && (
        <div class="next-stakes" data-testid="next-high-stakes">
          <p>
            <span class="muted">{text.next}: </span>
            {text.nextLine(next, now)}
          </p>
          <button
            type="button"
            class="button button-quiet"
            onClick={() =>
              void act(
                () => request('flow/open', { flowId: next.event.start - now > AFFIRM_LEAD_MS ? 'affirmation' : 'stress', eventKey: next.event.key }),
                true,
              )
            }
          >
            {text.prepare}
          </button>
        </div>
      )}

      <AddMoment now={now} onError={setError} />
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AddMoment({ now, onError }: { now: number; onError: (message: string) => void }) {
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [kind, setKind] = useState<StakesKind>('other');
  const [problem, setProblem] = useState<string | null>(null);
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
      onError(describeStoreError(err));
    }
  }

  return (
    <details class="add-moment">
      <summary>{text.addMoment}</summary>
      <form onSubmit={(e) => void add(e)} class="add-moment-form">
        <label for="moment-title">{text.momentTitle}</label>
        <input id="moment-title" type="text" value={title} maxLength={200} onInput={(e) => setTitle(e.currentTarget.value)} aria-describedby={problem ? 'moment-problem' : undefined} />
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
          <p id="moment-problem" class="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" class="button">
          {text.momentSave}
        </button>
        <p role="status" class="muted">
          {status}
        </p>
      </form>
    </details>
  );
}
