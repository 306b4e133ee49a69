// The optional second half of logging a win: which event it was part of, and
// how hard it felt. Loaded only when asked for, so logging stays one keystroke.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredOccurrence } from '@/lib/feeds/model';
import { eventsNear, readEnabledCalendars } from '@/lib/feeds/upcoming-store';
import type { Db } from '@/lib/store/db';
import { saveEntry } from '@/lib/store/entries';
import { WinEntry } from '@/lib/wins/model';
import { Rating } from '../common/Rating';
import { describeStoreError } from '../common/storeErrorText';
import { popupText as t } from './strings';
import './win-details.css';
import { Notice } from '../common/Notice';

const HOUR = 3_600_000;

// This form's words live with it, not in ./strings (see wxt.config.ts).
const text = {
  title: 'About this win',
  event: 'Part of an event?',
  noEvent: 'No event',
  difficulty: 'How hard was it?',
  easy: 'easy',
  hard: 'very hard',
  save: 'Save details',
  cancel: 'Not now',
} as const;

interface Props {
  db: Db;
  win: WinEntry;
  now: () => number;
  onSaved: (win: WinEntry) => void;
  onCancel: () => void;
}

export function WinDetails({ db, win, now, onSaved, onCancel }: Props) {
  const [events, setEvents] = useState<StoredOccurrence[]>([]);
  const [eventKey, setEventKey] = useState(win.eventKey ?? '');
  const [difficulty, setDifficulty] = useState<number | undefined>(win.difficulty);
  const [error, setError] = useState<string | null>(null);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    firstField.current?.focus();
    readEnabledCalendars(db).then(({ upcoming }) => {
      // Wins are mostly logged just after; a day back and two ahead covers them.
      setEvents(eventsNear(upcoming, now(), { pastMs: 24 * HOUR, futureMs: 48 * HOUR }).slice(0, 12));
    }, () => undefined);
  }, []);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const linked = events.find((e) => e.key === eventKey);
    // Choosing "No event" (or no rating) takes an earlier choice away.
    const updated: WinEntry = { ...win, updatedAt: now() };
    delete updated.eventKey;
    delete updated.eventTitle;
    delete updated.difficulty;
    if (linked) Object.assign(updated, { eventKey: linked.key, eventTitle: linked.title });
    if (difficulty) updated.difficulty = difficulty;
    try {
      onSaved(await saveEntry(db, WinEntry, updated));
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  const time = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

  return (
    <form class="win-details card" onSubmit={(e) => void onSubmit(e)} aria-labelledby="win-details-title">
      <h2 id="win-details-title" class="recent-heading">
        {text.title}
      </h2>
      <label for="win-event">{text.event}</label>
      <select id="win-event" ref={firstField} value={eventKey} onChange={(e) => setEventKey(e.currentTarget.value)}>
        <option value="">{text.noEvent}</option>
        {events.map((e) => (
          <option key={e.key} value={e.key}>
            {`${e.title || t.untitled} · ${time.format(e.start)}`}
          </option>
        ))}
      </select>
      <Rating
        id="win-difficulty"
        class="win-difficulty"
        label={text.difficulty}
        min={1}
        max={10}
        value={difficulty}
        minLabel={text.easy}
        maxLabel={text.hard}
        onChange={setDifficulty}
        onClear={() => setDifficulty(undefined)}
      />
      {error && (
        <Notice tone="error">
          {error}
        </Notice>
      )}
      <div class="popup-row">
        <button class="button" type="submit">
          {text.save}
        </button>
        <button class="button button-quiet" type="button" onClick={onCancel}>
          {text.cancel}
        </button>
      </div>
    </form>
  );
}
