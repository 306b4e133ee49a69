// The welcome page's setup questions, answered in place: a calendar or the
// demo, which kinds of moment matter, and quiet hours. Each answer is saved
// at once through the same stored items the settings page edits, and the
// page follows changes made there (the demo turned off in another tab, say).
import { useEffect, useState } from 'preact/hooks';
import { changeFeeds, loadFeeds } from '@/lib/feeds/feed-list';
import { DEMO_FEED_ID, type Feed } from '@/lib/feeds/model';
import { request } from '@/lib/browser/messaging';
import { KIND_LABELS } from '@/lib/prompts/events';
import { changeStakes, loadPromptSettings, loadStakes, updatePromptSettings } from '@/lib/prompts/items';
import type { PromptSettings, Stakes } from '@/lib/prompts/model';
import { DEFAULT_KEYWORD_RULES } from '@/lib/planner/detect';
import type { StakesKind } from '@/lib/planner/types';
import { describeStoreError } from '../common/storeErrorText';
import { minutesToTime, timeToMinutes } from '../options/stakesForm';
import { SaveError, useSaved } from '../options/useSaved';
import { kindIsOn, SETUP_KINDS, withKind } from './setup';
import { welcomeText as t } from './strings';
import { onDataRead } from '@/lib/browser/changes';
import { TimeField } from '@/components/common/TimeField';

const NIGHT = { start: 22 * 60, end: 7 * 60 };

export function Setup() {
  return (
    <section class="setup card" aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t.setupHeading}</h2>
      <p class="muted">{t.setupIntro}</p>
      <CalendarQuestion />
      <KindsQuestion />
      <QuietQuestion />
    </section>
  );
}

function CalendarQuestion() {
  const [feeds, setFeeds] = useState<Feed[] | null>(null);
  const [starting, setStarting] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadFeeds().then(setFeeds, (err: unknown) => setError(describeStoreError(err)));
    return onDataRead('feeds', loadFeeds, setFeeds);
  }, []);

  const demo = feeds?.find((f) => f.id === DEMO_FEED_ID);
  const demoOn = Boolean(demo?.enabled);
  const own = feeds?.filter((f) => f.id !== DEMO_FEED_ID).length ?? 0;

  async function tryDemo() {
    setStarting(true);
    setError(null);
    try {
      await request('demo/enable', {});
      setStatus('');
    } catch {
      setError(t.demoFailed);
    } finally {
      setStarting(false);
    }
  }

  async function turnOff() {
    setError(null);
    try {
      await changeFeeds((list) => list.map((f) => (f.id === DEMO_FEED_ID ? { ...f, enabled: false } : f)));
      setStatus(t.demoTurnedOff);
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  return (
    <div class="setup-question" role="group" aria-labelledby="calendar-question">
      <h3 id="calendar-question">{t.calendarQuestion}</h3>
      <p>{t.calendarHint}</p>
      <div class="setup-actions">
        {/* A new tab, so this page and its answers stay where they are. */}
        <a class="button" href="/options.html#calendar" target="_blank" rel="noopener" aria-describedby="add-calendar-hint">
          {t.addCalendar}
        </a>
        <span id="add-calendar-hint" class="visually-hidden">
          {t.addCalendarHint}
        </span>
        {demoOn ? (
          <button type="button" class="button button-quiet" onClick={() => void turnOff()}>
            {t.demoOff}
          </button>
        ) : (
          <button type="button" class="button button-quiet" disabled={starting || feeds === null} onClick={() => void tryDemo()}>
            {t.tryDemo}
          </button>
        )}
      </div>
      <p role="status" class="setup-status">
        {starting ? t.demoStarting : demoOn ? t.demoOn : status}
        {own > 0 && !starting && <> {t.calendarsAdded(own)}</>}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function KindsQuestion() {
  const saved = useSaved<Stakes | null>(null);
  const stakes = saved.value;
  const [status, setStatus] = useState('');

  useEffect(() => {
    loadStakes().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
    return onDataRead('stakes', loadStakes, saved.take);
  }, []);

  async function toggle(kind: StakesKind, on: boolean) {
    if (!stakes) return;
    const apply = (s: Stakes): Stakes => ({ ...s, rules: withKind(s.rules, kind, on, DEFAULT_KEYWORD_RULES) });
    setStatus('');
    if (await saved.save(apply(stakes), () => changeStakes(apply))) setStatus(t.saved);
  }

  return (
    <fieldset class="setup-question" aria-describedby="kinds-hint">
      <legend>
        <h3>{t.kindsQuestion}</h3>
      </legend>
      <p id="kinds-hint">{t.kindsHint}</p>
      <div class="setup-kinds">
        {SETUP_KINDS.map((kind) => (
          <label key={kind} class="setup-chip">
            <input type="checkbox" disabled={!stakes} checked={stakes ? kindIsOn(stakes.rules, kind) : false} onChange={(e) => void toggle(kind, e.currentTarget.checked)} />
            <span>{KIND_LABELS[kind]}</span>
          </label>
        ))}
      </div>
      <p role="status" class="setup-status">
        {status}
      </p>
      <SaveError error={saved.error} />
    </fieldset>
  );
}

function QuietQuestion() {
  const saved = useSaved<PromptSettings | null>(null);
  const settings = saved.value;
  const [from, setFrom] = useState(minutesToTime(NIGHT.start));
  const [until, setUntil] = useState(minutesToTime(NIGHT.end));
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  function take(next: PromptSettings) {
    saved.take(next);
    if (next.quietHours) {
      setFrom(minutesToTime(next.quietHours.start));
      setUntil(minutesToTime(next.quietHours.end));
    }
  }

  useEffect(() => {
    loadPromptSettings().then(take, (err: unknown) => saved.setError(describeStoreError(err)));
    return onDataRead('promptSettings', loadPromptSettings, take);
  }, []);

  async function save(quietHours: PromptSettings['quietHours']) {
    if (!settings) return;
    setStatus('');
    if (await saved.save({ ...settings, quietHours }, () => updatePromptSettings({ quietHours }))) setStatus(t.saved);
  }

  /** Saves the two times when they make quiet hours; otherwise says what is wrong and keeps what was typed. */
  function commit(start: string, end: string) {
    const s = timeToMinutes(start);
    const e = timeToMinutes(end);
    if (s === null || e === null) return;
    if (s === e) return setProblem(t.quietSame);
    setProblem(null);
    void save({ start: s, end: e });
  }

  const on = settings?.quietHours != null;
  return (
    <fieldset class="setup-question">
      <legend>
        <h3>{t.quietQuestion}</h3>
      </legend>
      <label class="setup-check">
        <input
          type="checkbox"
          disabled={!settings}
          checked={on}
          onChange={(e) => {
            setProblem(null);
            const start = timeToMinutes(from);
            const end = timeToMinutes(until);
            // Back on with the times shown, if they make sense; else the usual night.
            void save(e.currentTarget.checked ? (start !== null && end !== null && start !== end ? { start, end } : NIGHT) : null);
          }}
        />
        <span>{t.quietOn}</span>
      </label>
      <div class="setup-times">
        <TimeField id="welcome-quiet-from" label={t.quietFrom} value={from} disabled={!on} invalid={Boolean(problem)} describedBy={problem ? 'welcome-quiet-error' : undefined} onInput={setFrom} onCommit={(v) => commit(v, until)} />
        <TimeField id="welcome-quiet-until" label={t.quietUntil} value={until} disabled={!on} invalid={Boolean(problem)} describedBy={problem ? 'welcome-quiet-error' : undefined} onInput={setUntil} onCommit={(v) => commit(from, v)} />
      </div>
      {problem && (
        <p id="welcome-quiet-error" class="field-error" role="alert">
          {problem}
        </p>
      )}
      <p role="status" class="setup-status">
        {status}
      </p>
      <SaveError error={saved.error} />
    </fieldset>
  );
}
