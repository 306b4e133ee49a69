import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { request } from '@/lib/browser/messaging';
import { loadPromptSettings, promptSettingsItem, updatePromptSettings } from '@/lib/prompts/items';
import { PROMPT_TYPE_LABELS } from '@/lib/prompts/events';
import type { PromptSettings } from '@/lib/prompts/model';
import { PROMPT_TYPES, type PromptType } from '@/lib/planner/types';
import { describeStoreError } from '../common/storeErrorText';
import { minutesToTime, parseWholeNumber, timeToMinutes, weekdayOrder } from './stakesForm';
import { optionsText as t } from './strings';
import { SaveError, useSaved } from './useSaved';
import { Notice } from '../common/Notice';
import { onDataRead } from '@/lib/browser/changes';
import { TimeField } from '@/components/common/TimeField';

/** What the fields hold as typed; saved only when it reads as a valid setting. */
interface Drafts extends Record<PromptType, string> {
  quietStart: string;
  quietEnd: string;
  cap: string;
  days: number[];
  percent: string;
}

type Field = PromptType | 'quiet' | 'cap' | 'days' | 'percent';

/** Where a failed save is reported: beside the field, or the checkbox or select, it came from. */
type Place = Field | 'self-check' | 'reminders' | 'supporter-check-ins' | 'discreet';

/** The field whose inline error covers a draft. */
function fieldOf(key: keyof Drafts): Field {
  return key === 'quietStart' || key === 'quietEnd' ? 'quiet' : key;
}

const DEFAULT_QUIET = { start: 22 * 60, end: 7 * 60 };
const DEFAULT_PERCENT = 50;

function draftsOf(s: PromptSettings): Drafts {
  const quiet = s.quietHours ?? DEFAULT_QUIET;
  return {
    rehearse: String(Math.round(s.prompts.rehearse.minutes / 60)),
    affirm: String(s.prompts.affirm.minutes),
    ready: String(s.prompts.ready.minutes),
    feedback: String(s.prompts.feedback.minutes),
    quietStart: minutesToTime(quiet.start),
    quietEnd: minutesToTime(quiet.end),
    cap: String(s.dailyCap),
    days: [...s.days],
    percent: String(s.deliveryProbability === null ? DEFAULT_PERCENT : Math.round(s.deliveryProbability * 100)),
  };
}

/** Weekdays in the order the user's locale starts a week, with their names. */
function weekdays(): Array<{ day: number; name: string }> {
  let firstDay = 1;
  try {
    // Newer engines have getWeekInfo(), older ones a weekInfo property.
    const locale = new Intl.Locale(navigator.language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    firstDay = (locale.getWeekInfo?.() ?? locale.weekInfo)?.firstDay ?? 1;
  } catch {
    // An unusual language tag: Monday first, as most of the world does.
  }
  const name = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
  // 7 January 2024 was a Sunday.
  return weekdayOrder(firstDay).map((day) => ({ day, name: name.format(new Date(2024, 0, 7 + day, 12)) }));
}

/** When prompts come, how many, and how they look. Every valid change is saved at once; the background re-plans. */
export function PromptsSection() {
  const saved = useSaved<PromptSettings | null>(null);
  const settings = saved.value;
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(promptSettingsItem.defaults));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failedAt, setFailedAt] = useState<Place | null>(null);
  const [test, setTest] = useState<{ sending: boolean; message: string }>({ sending: false, message: '' });

  useEffect(() => {
    loadPromptSettings().then(saved.take, (err: unknown) => saved.setError(describeStoreError(err)));
    return onDataRead('promptSettings', loadPromptSettings, saved.take);
  }, []);

  // A setting that changed (here or in another page) refills its field. Only
  // those: the echo of a save must not wipe what the user is typing elsewhere,
  // nor a field they are still correcting.
  const lastSaved = useRef<Drafts | null>(null);
  useEffect(() => {
    if (!settings) return;
    const saved = draftsOf(settings);
    const before = lastSaved.current;
    lastSaved.current = saved;
    const hold: Record<keyof Drafts, boolean> = {
      rehearse: Boolean(errors.rehearse),
      affirm: Boolean(errors.affirm),
      ready: Boolean(errors.ready),
      feedback: Boolean(errors.feedback),
      quietStart: Boolean(errors.quiet) || !settings.quietHours,
      quietEnd: Boolean(errors.quiet) || !settings.quietHours,
      cap: Boolean(errors.cap),
      days: Boolean(errors.days),
      percent: Boolean(errors.percent) || settings.deliveryProbability === null,
    };
    const changed = (key: keyof Drafts) => !before || JSON.stringify(before[key]) !== JSON.stringify(saved[key]);
    setDrafts((current) => {
      const next = { ...current };
      for (const key of Object.keys(hold) as Array<keyof Drafts>) {
        if (!hold[key] && changed(key)) Object.assign(next, { [key]: saved[key] });
      }
      return next;
    });
  }, [settings]);
  const weekdayList = useMemo(weekdays, []);

  if (!settings) {
    return (
      <section id="prompts" aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">{t.promptsHeading}</h2>
        {saved.error && (
          <Notice tone="error">
            {saved.error}
          </Notice>
        )}
      </section>
    );
  }
  const current = settings;

  /** Saves a change; `field` is the one whose inline error a success clears. */
  async function save(field: Field | null, patch: Partial<PromptSettings>, place: Place | null = field) {
    setFailedAt(place);
    if (await saved.save({ ...current, ...patch }, () => updatePromptSettings(patch))) {
      if (field) clearError(field);
      return;
    }
    // The fields show what is stored again, except those still being corrected.
    const back = draftsOf(current);
    setDrafts((d) => {
      const next = { ...back };
      for (const key of Object.keys(back) as Array<keyof Drafts>) {
        if (errors[fieldOf(key)]) Object.assign(next, { [key]: d[key] });
      }
      return next;
    });
  }

  const fail = (field: Field, message: string) => setErrors((e) => ({ ...e, [field]: message }));
  const clearError = (field: Field) =>
    setErrors((e) => {
      const rest = { ...e };
      delete rest[field];
      return rest;
    });

  function saveMinutes(type: PromptType, text: string) {
    // The rehearsal is the day before: its lead is in hours, and under two it would never be offered.
    const hours = type === 'rehearse' ? parseWholeNumber(text, 2, 24) : null;
    const minutes = type === 'rehearse' ? (hours === null ? null : hours * 60) : parseWholeNumber(text, 0, 24 * 60);
    if (minutes === null) return fail(type, type === 'rehearse' ? t.hoursProblem : t.minutesProblem);
    void save(type, { prompts: { ...current.prompts, [type]: { ...current.prompts[type], minutes } } });
  }

  function saveQuiet(start: string, end: string) {
    const from = timeToMinutes(start);
    const until = timeToMinutes(end);
    if (from === null || until === null) return fail('quiet', t.quietMissing);
    if (from === until) return fail('quiet', t.quietSame);
    void save('quiet', { quietHours: { start: from, end: until } });
  }

  function toggleDay(day: number, on: boolean) {
    const days = on ? [...new Set([...drafts.days, day])].sort((a, b) => a - b) : drafts.days.filter((d) => d !== day);
    setDrafts((d) => ({ ...d, days }));
    if (days.length === 0) return fail('days', t.daysProblem);
    void save('days', { days });
  }

  function savePercent(text: string) {
    const percent = parseWholeNumber(text, 10, 100);
    if (percent === null) return fail('percent', t.randomProblem);
    void save('percent', { deliveryProbability: percent / 100 });
  }

  async function sendTest() {
    setTest({ sending: true, message: '' });
    try {
      const { result } = await request('prompt/test', {});
      setTest({ sending: false, message: { shown: t.testShown, unconfirmed: t.testUnconfirmed, blocked: t.testBlocked }[result] });
    } catch {
      setTest({ sending: false, message: t.testFailed });
    }
  }

  /** The inline error of a field, if any, with the id its inputs point at. */
  const errorFor = (field: Field) =>
    errors[field] && (
      <p id={`prompt-${field}-error`} class="field-error" role="alert">
        {errors[field]}
      </p>
    );
  const saveErrorAt = (place: Place) => failedAt === place && <SaveError error={saved.error} />;
  const invalid = (field: Field) => (errors[field] ? { 'aria-invalid': true, 'aria-describedby': `prompt-${field}-error` } : {});
  const quiet = current.quietHours;
  const random = current.deliveryProbability !== null;

  return (
    <>
      <section id="prompts" aria-labelledby="prompts-heading">
        <h2 id="prompts-heading">{t.promptsHeading}</h2>
        <p>{t.promptsIntro}</p>

        {/* First, so that "do prompts reach me?" is answered before any setting. */}
        <div id="test-prompt" class="prompt-test">
          <div>
            <p class="prompt-test-title">{t.testHeading}</p>
            <p class="muted">{t.testHint}</p>
          </div>
          <button type="button" class="button" disabled={test.sending} onClick={() => void sendTest()}>
            {test.sending ? t.testSending : t.testPrompt}
          </button>
          <p class="prompt-test-status" role="status">
            {test.message}
          </p>
        </div>

        <fieldset class="prompt-group">
          <legend>{t.promptsLegend}</legend>
          {PROMPT_TYPES.map((type) => (
            <div key={type} class="prompt-type">
              <label class="check">
                <input
                  type="checkbox"
                  checked={current.prompts[type].enabled}
                  onChange={(e) =>
                    void save(null, { prompts: { ...current.prompts, [type]: { ...current.prompts[type], enabled: e.currentTarget.checked } } }, type)
                  }
                />
                <span>{PROMPT_TYPE_LABELS[type]}</span>
              </label>
              <span class="prompt-minutes">
                <input
                  id={`prompt-${type}-minutes`}
                  type="number"
                  inputMode="numeric"
                  min={type === 'rehearse' ? 2 : 0}
                  max={type === 'rehearse' ? 24 : 1440}
                  step={1}
                  value={drafts[type]}
                  disabled={!current.prompts[type].enabled}
                  {...invalid(type)}
                  onInput={(e) => {
                    const text = e.currentTarget.value;
                    setDrafts((d) => ({ ...d, [type]: text }));
                  }}
                  onChange={(e) => saveMinutes(type, e.currentTarget.value)}
                />
                <label for={`prompt-${type}-minutes`}>
                  {type === 'feedback' ? t.minutesAfter : type === 'rehearse' ? t.hoursBefore : t.minutesBefore}
                  <span class="visually-hidden">: {PROMPT_TYPE_LABELS[type]}</span>
                </label>
              </span>
              {errorFor(type)}
              {saveErrorAt(type)}
            </div>
          ))}
        </fieldset>
      </section>

      <section id="prompt-quiet" aria-labelledby="prompt-quiet-heading">
        <h2 id="prompt-quiet-heading">{t.quietHeading}</h2>
        <fieldset class="prompt-group">
          <legend>{t.quietLegend}</legend>
          <div class="prompt-row">
            <TimeField
              id="quiet-start"
              label={t.quietFrom}
              value={drafts.quietStart}
              disabled={!quiet}
              invalid={Boolean(errors.quiet)}
              describedBy={errors.quiet ? 'prompt-quiet-error quiet-hint' : 'quiet-hint'}
              onInput={(quietStart) => setDrafts((d) => ({ ...d, quietStart }))}
              onCommit={(start) => saveQuiet(start, drafts.quietEnd)}
            />
            <TimeField
              id="quiet-end"
              label={t.quietUntil}
              value={drafts.quietEnd}
              disabled={!quiet}
              invalid={Boolean(errors.quiet)}
              describedBy={errors.quiet ? 'prompt-quiet-error quiet-hint' : 'quiet-hint'}
              onInput={(quietEnd) => setDrafts((d) => ({ ...d, quietEnd }))}
              onCommit={(end) => saveQuiet(drafts.quietStart, end)}
            />
          </div>
          <p id="quiet-hint" class="muted">
            {t.quietHint}
          </p>
          {errorFor('quiet')}
          <label class="check">
            <input
              type="checkbox"
              checked={!quiet}
              onChange={(e) => {
                if (e.currentTarget.checked) {
                  clearError('quiet');
                  void save(null, { quietHours: null }, 'quiet');
                  return;
                }
                // Turning quiet hours back on must not fail: the times typed
                // last are used if they are good, the usual night otherwise.
                const start = timeToMinutes(drafts.quietStart);
                const end = timeToMinutes(drafts.quietEnd);
                const hours = start !== null && end !== null && start !== end ? { start, end } : DEFAULT_QUIET;
                setDrafts((d) => ({ ...d, quietStart: minutesToTime(hours.start), quietEnd: minutesToTime(hours.end) }));
                void save(null, { quietHours: hours }, 'quiet');
              }}
            />
            <span>{t.noQuiet}</span>
          </label>
          {saveErrorAt('quiet')}
        </fieldset>

        <div class="prompt-row">
          <label for="daily-cap">{t.capLabel}</label>
          <input
            id="daily-cap"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            step={1}
            value={drafts.cap}
            {...invalid('cap')}
            onInput={(e) => {
              const text = e.currentTarget.value;
              setDrafts((d) => ({ ...d, cap: text }));
            }}
            onChange={(e) => {
              const cap = parseWholeNumber(e.currentTarget.value, 1, 50);
              if (cap === null) fail('cap', t.capProblem);
              else void save('cap', { dailyCap: cap });
            }}
          />
        </div>
        {errorFor('cap')}
        {saveErrorAt('cap')}

        <fieldset class="prompt-group">
          <legend>{t.daysLegend}</legend>
          <div class="prompt-days">
            {weekdayList.map(({ day, name }) => (
              <label key={day} class="check">
                <input type="checkbox" checked={drafts.days.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />
                <span>{name}</span>
              </label>
            ))}
          </div>
          {errorFor('days')}
          {saveErrorAt('days')}
        </fieldset>
      </section>

      <section id="prompt-reminders" aria-labelledby="prompt-reminders-heading">
        <h2 id="prompt-reminders-heading">{t.remindersHeading}</h2>
        <div class="prompt-row">
          <label for="self-check-every">{t.selfCheckEvery}</label>
          <select
            id="self-check-every"
            aria-describedby="self-check-hint"
            value={String(current.selfCheckDays === undefined ? 30 : current.selfCheckDays)}
            onChange={(e) => {
              const value = e.currentTarget.value;
              void save(null, { selfCheckDays: value === 'null' ? null : Number(value) }, 'self-check');
            }}
          >
            <option value="14">{t.selfCheckOptions.fortnight}</option>
            <option value="30">{t.selfCheckOptions.month}</option>
            <option value="91">{t.selfCheckOptions.quarter}</option>
            <option value="null">{t.selfCheckOptions.never}</option>
          </select>
        </div>
        <p id="self-check-hint" class="muted">
          {t.selfCheckHint}
        </p>
        {saveErrorAt('self-check')}

        <label class="check">
          <input
            type="checkbox"
            checked={current.goalReminders !== false}
            onChange={(e) => void save(null, { goalReminders: e.currentTarget.checked }, 'reminders')}
          />
          <span>{t.goalReminders}</span>
        </label>
        {saveErrorAt('reminders')}

        <label class="check">
          <input
            type="checkbox"
            checked={current.supporterCheckIns === true}
            onChange={(e) => void save(null, { supporterCheckIns: e.currentTarget.checked }, 'supporter-check-ins')}
          />
          <span>{t.supporterCheckIns}</span>
        </label>
        {saveErrorAt('supporter-check-ins')}

        <label class="check">
          <input
            type="checkbox"
            checked={current.discreet}
            aria-describedby="discreet-hint"
            onChange={(e) => void save(null, { discreet: e.currentTarget.checked }, 'discreet')}
          />
          <span>{t.discreet}</span>
        </label>
        <p id="discreet-hint" class="muted">
          {t.discreetHint}
        </p>
        {saveErrorAt('discreet')}

        <details class="prompt-advanced" open={random || undefined}>
          <summary>{t.advanced}</summary>
          <div class="prompt-row">
            <label class="check">
              <input
                type="checkbox"
                checked={random}
                aria-describedby="random-hint"
                onChange={(e) => {
                  if (!e.currentTarget.checked) {
                    clearError('percent');
                    void save(null, { deliveryProbability: null }, 'percent');
                    return;
                  }
                  // As with quiet hours, turning it on must not fail.
                  const percent = parseWholeNumber(drafts.percent, 10, 100) ?? DEFAULT_PERCENT;
                  setDrafts((d) => ({ ...d, percent: String(percent) }));
                  void save('percent', { deliveryProbability: percent / 100 });
                }}
              />
              <span>{t.randomLabel}</span>
            </label>
            <input
              id="random-percent"
              class="prompt-percent"
              type="number"
              inputMode="numeric"
              min={10}
              max={100}
              step={5}
              aria-label={t.randomPercent}
              value={drafts.percent}
              disabled={!random}
              {...invalid('percent')}
              onInput={(e) => {
                const text = e.currentTarget.value;
                setDrafts((d) => ({ ...d, percent: text }));
              }}
              onChange={(e) => savePercent(e.currentTarget.value)}
            />
            <span aria-hidden="true">%</span>
          </div>
          <p id="random-hint" class="muted">
            {t.randomHint}
          </p>
          {errorFor('percent')}
          {saveErrorAt('percent')}
        </details>
      </section>
    </>
  );
}
