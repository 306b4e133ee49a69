import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Db } from '@/lib/store/db';
import type { DraftWriter } from '@/lib/store/draft-writer';
import type { Draft } from '@/lib/store/drafts';
import { readWinDraftMirror, writeWinDraftMirror } from '@/lib/store/win-draft-mirror';
import type { WinEntry } from '@/lib/wins/model';
import type { Settings } from '@/lib/store/settings';
import type { WinTally } from '@/lib/wins/tally';
import { WIN_MAX } from '@/lib/limits';
import { TextInput } from '../common/TextField';
import { useCrisisCheck } from '../common/useCrisisCheck';
import { popupText as t } from './strings';
import { Notice } from '../common/Notice';

const DRAFT_ID = 'popup-win';
// The last win is enough to see it land and to undo it; the rest are in the journal,
// and the room goes to the prompt that matters now.
const RECENT_LIMIT = 1;
const UNDO_MS = 8000;

type Store = typeof import('./popupStore');

/** The store, once loaded, for the wording of its errors. */
let loadedStore: Store | null = null;
function describeStoreError(err: unknown): string {
  return loadedStore?.describeStoreError(err) ?? t.loadFailed;
}

/** The popup's hold on its data: one per popup, opened after the first paint. */
interface Session {
  store: Store;
  db: Db;
  savedDraft: Promise<Draft | undefined>;
  drafts: DraftWriter;
}

interface Props {
  db?: Db;
  now?: () => number;
}

export function PopupApp({ db: givenDb, now = Date.now }: Props) {
  const [text, setText] = useState('');
  const [wins, setWins] = useState<WinEntry[] | null>(null);
  const [tally, setTally] = useState<WinTally | null>(null);
  // Read after the first paint (extension storage is not needed to log a win); until then no streak is shown.
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [justLogged, setJustLogged] = useState<WinEntry | null>(null);
  // The win whose details (event, difficulty) are being added, with the form's module.
  const [details, setDetails] = useState<{ win: WinEntry; db: Db; form: typeof import('./WinDetails').WinDetails } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Read at the first render, before a keystroke here can replace it.
  const mirrored = useMemo(() => readWinDraftMirror(), []);
  const session = useRef<Promise<Session> | null>(null);
  /**
   * Opens the store on first use (after the first paint, or at the first
   * keystroke if that comes sooner). The saved draft is read before anything
   * can overwrite it, and whatever is typed meanwhile waits on this promise,
   * in order.
   */
  function open(): Promise<Session> {
    session.current ??= import('./popupStore').then((store) => {
      loadedStore = store;
      const db = givenDb ?? store.defaultDb();
      const savedDraft = store.loadDraft(db, DRAFT_ID);
      // A draft that cannot be kept says so, unless the message already there is
      // the weightier one: that the win itself was not saved.
      const drafts = store.createDraftWriter(db, DRAFT_ID, 'win', () => setError((shown) => shown ?? t.draftFailed), now, savedDraft);
      return { store, db, savedDraft, drafts };
    });
    return session.current;
  }

  async function refresh() {
    try {
      const { store, db } = await open();
      const summary = await store.readWinSummary(db, now(), RECENT_LIMIT);
      setWins(summary.recent);
      setTally(summary.tally);
    } catch (err) {
      setWins([]);
      setError(`${t.loadFailed} ${describeStoreError(err)}`);
    }
  }

  // The page's own field (index.html) takes keys before the app starts:
  // whatever it holds by then is the user's, and is kept like any typing.
  useLayoutEffect(() => {
    const early = inputRef.current?.value;
    if (early) onInput(early);
    // Once, at the start.
  }, []);

  // The wins, the prompts and the navigation load after the first paint: none is needed to log a win.
  const [later, setLater] = useState<typeof import('./afterFirstPaint') | null>(null);
  useEffect(() => {
    void afterFirstFrame()
      .then(() => import('./afterFirstPaint'))
      .then(setLater, () => undefined);
  }, []);


  useEffect(() => {
    // The field is focused and usable before any of this resolves.
    const painted = afterFirstFrame();
    painted
      .then(open)
      .then(({ savedDraft }) => savedDraft)
      .then((draft) => {
        // The mirror has every keystroke, even those whose IndexedDB write a closing popup cut off.
        const saved = mirrored || draft?.fields.text;
        const input = inputRef.current;
        if (typeof saved !== 'string' || !saved.trim() || !input) return;
        // A fast typist may have started (or even saved a win) already: keep
        // both, the saved words first.
        const typed = input.value;
        const restored = typed ? `${saved} ${typed}` : saved;
        setField(restored);
        keepDraft(restored);
        input.setSelectionRange(restored.length, restored.length);
      })
      .catch((err: unknown) => setError(describeStoreError(err)));
    void painted.then(refresh);
    let unwatch = () => {};
    void painted
      .then(() => Promise.all([import('@/lib/store/settings'), import('@/lib/browser/changes')]))
      .then(([{ loadSettings }, { onDataRead }]) => {
      loadSettings().then(setSettings, () => undefined);
      unwatch = onDataRead('settings', loadSettings, setSettings);
    }, () => undefined);
    return () => unwatch();
    // Mount only: db and now do not change while the popup is open.
  }, []);

  useEffect(() => {
    if (!justLogged) return;
    const timer = setTimeout(() => setJustLogged(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [justLogged]);

  function onInput(value: string) {
    setText(value);
    setError(null);
    keepDraft(value);
  }

  /** The field's text, kept as a draft: at once in the mirror, then in IndexedDB. */
  function keepDraft(value: string) {
    writeWinDraftMirror(value);
    open().then(
      ({ drafts }) => drafts.write({ text: value }),
      () => setError((shown) => shown ?? t.draftFailed),
    );
  }

  function setField(value: string) {
    setText(value);
    if (inputRef.current) inputRef.current.value = value;
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    // The field itself, not state from the last render: it is never behind the keyboard.
    const value = (inputRef.current?.value ?? text).trim();
    if (!value) {
      setError(t.emptyWin);
      return;
    }
    // Clear at once, so the next win can be typed straight away; the save is
    // queued behind the draft writes and ahead of whatever is typed next.
    setField('');
    writeWinDraftMirror('');
    setError(null);
    try {
      const { store, db, drafts } = await open();
      const entry = await drafts.finish(() =>
        store.saveEntry(db, store.WinEntry, store.newWin(value, now()), { finishesDraft: DRAFT_ID }),
      );
      setJustLogged(entry);
      setStatus(t.logged);
      tellOtherPages();
      await refresh();
    } catch (err) {
      // Nothing was written and the draft still holds the words: put them back.
      const typedSince = inputRef.current?.value ?? '';
      const restored = typedSince ? `${value} ${typedSince}` : value;
      setField(restored);
      keepDraft(restored);
      setError(describeStoreError(err));
    }
  }

  async function onUndo() {
    const entry = justLogged;
    if (!entry) return;
    try {
      const { store, db } = await open();
      await store.deleteEntry(db, entry.id);
      setJustLogged(null);
      // The words go back into the field, before anything typed since.
      const typed = inputRef.current?.value ?? '';
      const restored = typed ? `${entry.text} ${typed}` : entry.text;
      setField(restored);
      keepDraft(restored);
      setStatus(t.undone);
      tellOtherPages();
      await refresh();
    } catch (err) {
      setError(describeStoreError(err));
    }
    inputRef.current?.focus();
  }

  async function openDetails(win: WinEntry) {
    try {
      const [{ WinDetails }, { db }] = await Promise.all([import('./WinDetails'), open()]);
      setJustLogged(null);
      setDetails({ win, db, form: WinDetails });
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  // The exercises replace the popup's own view while they are open.
  const [exercises, setExercises] = useState<typeof import('./PopupExercises').PopupExercises | null>(null);
  async function openExercises() {
    try {
      const { PopupExercises } = await import('./PopupExercises');
      setExercises(() => PopupExercises);
      // Back from the exercises leads home, whichever view they were opened from.
      setView('home');
    } catch (err) {
      setError(describeStoreError(err));
    }
  }
  // The other waiting prompts and the form for a moment also take the popup's
  // place: shown below the rest, they would push it past Chrome's 600 px.
  const [view, setView] = useState<'home' | 'prompts' | 'moment' | `plans:${string}`>('home');
  // Focus at once (and again on coming back from another view) rather than
  // relying on autofocus, which the browser applies only at its next frame:
  // the first keystroke must not go astray.
  useLayoutEffect(() => {
    if (!exercises && view === 'home') inputRef.current?.focus();
  }, [exercises, view]);

  const showStreak = settings?.showStreak === true && tally !== null;
  const { concern, note: safetyNote } = useCrisisCheck(text);
  const crisis = concern !== null;

  if (exercises) {
    const Exercises = exercises;
    return <Exercises onBack={() => setExercises(null)} />;
  }
  if (later && view === 'prompts') return <later.WaitingPrompts now={now()} onBack={() => setView('home')} onExercises={() => void openExercises()} />;
  if (later && view === 'moment') return <later.AddMoment now={now()} onBack={() => setView('home')} onExercises={() => void openExercises()} />;
  if (later && view.startsWith('plans:'))
    return <later.IfThenPlans triggerId={view.slice('plans:'.length)} now={now()} onBack={() => setView('home')} onExercises={() => void openExercises()} />;

  return (
    <main class="popup">
      {/* The question and the day's tally share a line when they fit: the field is what the popup is for. */}
      <form class="popup-form" onSubmit={onSubmit}>
        <div class="popup-header">
          <label for="win-text" class="popup-label">
            {t.prompt}
          </label>
          {tally && later && <later.DayStats tally={tally} showStreak={showStreak} />}
        </div>
        <div class="popup-row">
          <TextInput
            id="win-text"
            fieldRef={inputRef}
            autoComplete="off"
            limit={WIN_MAX}
            placeholder={t.placeholder}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'win-error' : undefined}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <button class="button" type="submit">
            {t.save}
          </button>
        </div>
        {error && (
          <Notice tone="error" id="win-error" class="popup-error">
            {error}
          </Notice>
        )}
      </form>

      {safetyNote}

      {/* Always in the page, so that every change to it is announced; what the eye sees is next to the wins. */}
      <p class="visually-hidden" role="status">
        {status}
      </p>

      {details && (
        <details.form
          db={details.db}
          win={details.win}
          now={now}
          onSaved={() => {
            setDetails(null);
            setStatus(t.detailsSaved);
            tellOtherPages();
            inputRef.current?.focus();
            void refresh();
          }}
          onCancel={() => {
            setDetails(null);
            inputRef.current?.focus();
          }}
        />
      )}

      {/* While the details form is open it is the one thing to do, and the popup stays within 600 px. */}
      {!details && later && (
        <later.RecentWins wins={wins} now={now}>
          {justLogged && (
            <p class="popup-logged">
              <span>{t.logged}</span>{' '}
              <button type="button" class="link-button" onClick={onUndo}>
                {t.undo}
              </button>
              <span aria-hidden="true"> · </span>
              <button type="button" class="link-button" onClick={() => void openDetails(justLogged)}>
                {t.addDetails}
              </button>
            </p>
          )}
        </later.RecentWins>
      )}

      {/* When the words read like a crisis, the support note is what matters: prompts about the next meeting wait (and the note stays within 600 px). */}
      {!details && !crisis && later && <later.PromptsPanel now={now()} onMore={() => setView('prompts')} onAddMoment={() => setView('moment')} onPlans={(id) => setView(`plans:${id}`)} />}

      {later && <later.PopupNav onExercises={() => void openExercises()} />}
    </main>
  );
}

/**
 * Resolves once the first frame is on screen (the next one has begun), so
 * that loading the rest does not compete with painting the field. A hidden
 * page gets no frames; it waits a moment instead.
 */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve);
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      done();
    });
  });
}

// Messaging is loaded when first used, not for the popup's first paint.
function tellOtherPages() {
  void import('@/lib/browser/messaging').then(({ notify }) => notify('data/changed', { area: 'entries' }));
}

