import { useEffect, useState } from 'preact/hooks';
import { timeOrderedId } from '@/lib/ids';
import { KIND_LABELS } from '@/lib/prompts/events';
import type { Moment, StakesKind } from '@/lib/planner/types';
import { KindSelect } from './KindSelect';
import { readMomentForm, toLocalDateTime, type MomentField, type MomentProblem } from './stakesForm';
import { optionsText as t } from './strings';
import { SaveError } from './useSaved';
import { useStakes } from './useStakes';
import { TextInput } from '../common/TextField';
import { MOMENT_TITLE_MAX } from '@/lib/limits';
import { Notice } from '../common/Notice';

const DAY = 24 * 60 * 60_000;

const FIELD_IDS: Record<MomentField, string> = { title: 'moment-title', when: 'moment-when', duration: 'moment-duration' };

/** High-stakes moments that are in no calendar: the user adds them here, and removing one is how its prompts stop. */
export function MomentsSection() {
  const { stakes, error, change } = useStakes();
  // A moment that could not be added says so under the form; one that could not be removed, above the list.
  const [failedAt, setFailedAt] = useState<'list' | 'add'>('list');
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [duration, setDuration] = useState('');
  const [kind, setKind] = useState<StakesKind>('other');
  const [problem, setProblem] = useState<{ field: MomentField; problem: MomentProblem } | null>(null);
  const [status, setStatus] = useState('');
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);

  // A moment stays listed for a day after it starts, while its reflection prompt may still come.
  const moments = (stakes?.moments ?? []).filter((m) => m.start > now - DAY).sort((a, b) => a.start - b.start);
  const format = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' });

  async function add(e: Event) {
    e.preventDefault();
    const at = Date.now();
    setNow(at);
    setStatus('');
    const read = readMomentForm({ title, when, duration }, at);
    if (!read.ok) {
      setProblem({ field: read.field, problem: read.problem });
      document.getElementById(FIELD_IDS[read.field])?.focus();
      return;
    }
    setProblem(null);
    setFailedAt('add');
    const moment: Moment = {
      id: timeOrderedId(at),
      title: read.title,
      start: read.start,
      ...(read.durationMinutes === undefined ? {} : { durationMinutes: read.durationMinutes }),
      kind,
      createdAt: at,
      updatedAt: at,
    };
    if (await change((s) => ({ ...s, moments: [...s.moments, moment] }))) {
      setTitle('');
      setWhen('');
      setDuration('');
      setStatus(t.momentAdded(moment.title));
    }
  }

  async function remove(index: number) {
    const id = moments[index]!.id;
    const neighbour = moments[index + 1] ?? moments[index - 1];
    setFailedAt('list');
    if (await change((s) => ({ ...s, moments: s.moments.filter((m) => m.id !== id) }))) {
      setStatus('');
      const focusId = neighbour ? `moment-remove-${neighbour.id}` : FIELD_IDS.title;
      requestAnimationFrame(() => document.getElementById(focusId)?.focus());
    }
  }

  /** The inline error of a field, and the attributes that tie the field to it. */
  const errorOf = (field: MomentField) => (problem?.field === field ? t.momentProblems[problem.problem] : null);
  const describedBy = (field: MomentField) =>
    problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': `${FIELD_IDS[field]}-error` } : {};
  const fieldError = (field: MomentField) => {
    const text = errorOf(field);
    return (
      text && (
        <p id={`${FIELD_IDS[field]}-error`} class="field-error" role="alert">
          {text}
        </p>
      )
    );
  };

  return (
    <section id="moments" aria-labelledby="moments-heading">
      <h2 id="moments-heading">{t.momentsHeading}</h2>
      <p>{t.momentsIntro}</p>
      {error && failedAt === 'list' && (
        <Notice tone="error">
          {error}
        </Notice>
      )}

      {stakes && moments.length === 0 && <p class="muted">{t.momentsNone}</p>}
      {moments.length > 0 && (
        <ul class="moment-list">
          {moments.map((moment, i) => (
            <li key={moment.id} class="moment-item">
              <span class="moment-when">{format.format(moment.start)}</span>
              <span class="moment-title">{moment.title}</span>
              <span class="muted">
                {[
                  moment.durationMinutes === undefined ? null : t.momentMinutes(moment.durationMinutes),
                  KIND_LABELS[moment.kind],
                  moment.start < now ? t.momentPassed : null,
                ]
                  .filter((part) => part !== null)
                  .join(' · ')}
              </span>
              <button id={`moment-remove-${moment.id}`} type="button" class="button button-quiet" onClick={() => void remove(i)}>
                {t.momentRemove}
                <span class="visually-hidden"> {moment.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}

      <form class="feed-form" noValidate onSubmit={(e) => void add(e)}>
        <label for={FIELD_IDS.title}>{t.momentTitle}</label>
        <TextInput
          id={FIELD_IDS.title}
          autoComplete="off"
          limit={MOMENT_TITLE_MAX}
          value={title}
          {...describedBy('title')}
          onInput={(e) => setTitle(e.currentTarget.value)}
        />
        {fieldError('title')}
        <label for={FIELD_IDS.when}>{t.momentWhen}</label>
        <input
          id={FIELD_IDS.when}
          type="datetime-local"
          min={toLocalDateTime(now)}
          value={when}
          {...describedBy('when')}
          onInput={(e) => setWhen(e.currentTarget.value)}
        />
        {fieldError('when')}
        <label for={FIELD_IDS.duration}>{t.momentDuration}</label>
        <input
          id={FIELD_IDS.duration}
          type="number"
          inputMode="numeric"
          min={1}
          max={1440}
          step={1}
          value={duration}
          {...describedBy('duration')}
          onInput={(e) => setDuration(e.currentTarget.value)}
        />
        {fieldError('duration')}
        <label for="moment-kind">{t.kindLabel}</label>
        <KindSelect id="moment-kind" value={kind} onChange={setKind} />
        <button class="button" type="submit">
          {t.addMoment}
        </button>
      </form>
      {failedAt === 'add' && <SaveError error={error} />}
      <p class="muted" role="status">
        {status}
      </p>
    </section>
  );
}
