// Every entry in one timeline: filter by kind, search, open one to read,
// edit a win's words, or delete. The newest rows are read and painted first;
// the rest follow in one bulk read, so 10,000 entries still open at once.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { READINESS_LABEL } from '@/lib/flows/runner';
import type { FlowDefinition } from '@/lib/flows/types';
import type { Goal } from '@/lib/goals/model';
import { readGoals } from '@/lib/goals/store';
import { evidenceOf, goalEvidenceOf, HARD_WIN, mergeEvidence, summarize } from '@/lib/history/evidence';
import { winHeatmap } from '@/lib/history/heatmap';
import { confidenceTrend, readinessByExercise } from '@/lib/history/progress';
import { promptResponses, type PromptResponses } from '@/lib/history/responses';
import { DecisionRecord } from '@/lib/prompts/decision-log';
import { PROMPT_TYPE_LABELS } from '@/lib/prompts/events';
import { PROMPT_TYPES } from '@/lib/schedule/types';
import { filterJournal, JournalEntry, wordsOf } from '@/lib/history/journal';
import { notify } from '@/lib/messages';
import { defaultDb, type Db } from '@/lib/store/db';
import { deleteEntry, saveEntry, WIN_TEXT_MAX, WinEntry } from '@/lib/store/entries';
import { readAllValid } from '@/lib/history/read';
import { DeleteWithConfirm } from '../common/DeleteWithConfirm';
import { describeStoreError } from '../common/storeErrorText';
import { GoalLadders } from '../goals/GoalLadders';
import { flowById, flows } from '../flows/registry';
import { ConfidenceTrend, PromptResponsesChart, WhatWorks, WinHeatmap } from './Charts';
import { historyText as t } from './strings';

type View = 'timeline' | 'evidence' | 'goals';

/** True from the first render at which `now` is true, on. */
function useOpenedOnce(now: boolean): boolean {
  const opened = useRef(false);
  if (now) opened.current = true;
  return opened.current;
}

/** The page opens on the view its address names (#evidence, #goals), else the timeline. */
function viewOf(hash: string): View {
  return hash === '#evidence' ? 'evidence' : hash === '#goals' ? 'goals' : 'timeline';
}

/** Painted before the full read; enough to fill the first screen. */
const FIRST_ROWS = 30;

/**
 * The first rows' read, started as soon as the page's script runs rather
 * than after the first render (the page's entry point calls this).
 */
export function readFirstRows(db: Db = defaultDb()): Promise<JournalEntry[]> {
  return readAllValid(db, 'entry', JournalEntry, { limit: FIRST_ROWS });
}
const PAGE = 200;

export function HistoryApp({ db = defaultDb(), firstRows = readFirstRows(db) }: { db?: Db; firstRows?: Promise<JournalEntry[]> }) {
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [kind, setKind] = useState('all');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [view, setViewState] = useState<View>(viewOf(location.hash));
  const goalsOpened = useOpenedOnce(view === 'goals');
  // The address names the view, so a reload or a bookmark opens the same one.
  function setView(next: View) {
    setViewState(next);
    history.replaceState(null, '', next === 'timeline' ? location.pathname : `#${next}`);
  }
  useEffect(() => {
    const follow = () => setViewState(viewOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  async function load() {
    try {
      setEntries(await firstRows);
      setEntries(await readAllValid(db, 'entry', JournalEntry));
      setComplete(true);
    } catch (err) {
      setEntries((current) => current ?? []);
      setError(describeStoreError(err));
    }
  }

  useEffect(() => {
    void load();
  }, []);

  /** After a goal's check-off logged or removed a win elsewhere on the page. */
  async function reload() {
    try {
      setEntries(await readAllValid(db, 'entry', JournalEntry));
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  const marked = useRef(false);
  useLayoutEffect(() => {
    // For the history benchmark: the moment the first rows are in the page.
    if (!marked.current && entries && entries.length > 0) {
      marked.current = true;
      requestAnimationFrame(() => performance.mark('history-first-rows'));
    }
  }, [entries]);

  const visible = useMemo(() => filterJournal(entries ?? [], { kind, query }), [entries, kind, query]);
  const open = entries?.find((e) => e.id === openId);

  async function remove(entry: JournalEntry) {
    try {
      await deleteEntry(db, entry.id);
      setEntries((current) => current?.filter((e) => e.id !== entry.id) ?? null);
      setOpenId(null);
      setStatus(t.deleted);
      void notify('data/changed', { area: 'entries' });
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  async function saveWin(entry: WinEntry, text: string) {
    try {
      const saved = await saveEntry(db, WinEntry, { ...entry, text: text.trim(), updatedAt: Date.now() });
      setEntries((current) => current?.map((e) => (e.id === saved.id ? saved : e)) ?? null);
      setStatus(t.saved);
      void notify('data/changed', { area: 'entries' });
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  const date = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });

  return (
    <main class="page history">
      <h1>{t.title}</h1>
      <div class="history-views" role="group" aria-label={t.views}>
        <button type="button" class="button button-quiet" aria-pressed={view === 'timeline'} onClick={() => setView('timeline')}>
          {t.timeline}
        </button>
        <button type="button" class="button button-quiet" aria-pressed={view === 'evidence'} onClick={() => setView('evidence')}>
          {t.evidence}
        </button>
        <button type="button" class="button button-quiet" aria-pressed={view === 'goals'} onClick={() => setView('goals')}>
          {t.goals}
        </button>
      </div>
      {view === 'evidence' ? (
        <EvidenceBank entries={entries} db={db} />
      ) : view === 'goals' ? null : (
        <>
          <div class="history-filters" role="search">
            <div class="history-filter">
              <label for="history-kind">{t.kind}</label>
              <select id="history-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
                <option value="all">{t.allKinds}</option>
                <option value="win">{t.wins}</option>
                {flows.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.title}
                  </option>
                ))}
              </select>
            </div>
            <div class="history-filter">
              <label for="history-search">{t.search}</label>
              <input id="history-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
            </div>
          </div>
          {error && (
            <p class="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <p role="status" class="muted">
            {status || (entries && complete ? t.count(visible.length, entries.length) : '')}
          </p>

          {entries === null ? null : entries.length === 0 ? (
            <p class="card">{t.empty}</p>
          ) : (
            <ol class="history-list">
              {visible.slice(0, shown).map((entry) => (
                <li key={entry.id} class="history-row">
                  <button type="button" class="history-open" aria-expanded={openId === entry.id} onClick={() => setOpenId(openId === entry.id ? null : entry.id)}>
                    <span class="history-kind">{labelOf(entry)}</span>
                    <span class="history-words">{wordsOf(entry)[0] ?? t.noWords}</span>
                    <time class="muted" dateTime={new Date(entry.createdAt).toISOString()}>
                      {date.format(entry.createdAt)}
                    </time>
                  </button>
                  {open?.id === entry.id && <EntryDetail entry={entry} onDelete={() => void remove(entry)} onSaveWin={(text) => void saveWin(entry as WinEntry, text)} />}
                </li>
              ))}
            </ol>
          )}
          {visible.length > shown && (
            <button type="button" class="button button-quiet" onClick={() => setShown(shown + PAGE)}>
              {t.more(visible.length - shown)}
            </button>
          )}
        </>
      )}
      {/* Once opened, the goals stay mounted (hidden) so their writes in flight finish in order. */}
      {goalsOpened && (
        <div hidden={view !== 'goals'}>
          <GoalLadders db={db} visible={view === 'goals'} onWinsChanged={() => void reload()} />
        </div>
      )}
    </main>
  );
}

function wins(entries: readonly JournalEntry[]): number[] {
  return entries.flatMap((e) => (e.kind === 'win' ? [e.createdAt] : []));
}

function labelOf(entry: JournalEntry): string {
  return entry.kind === 'win' ? t.win : (flowById(entry.flowId)?.title ?? entry.flowId);
}

/** Each field's question, from the exercise's definition, so answers read as they were asked. */
function labelsOf(flow: FlowDefinition | undefined): Map<string, string> {
  const labels = new Map<string, string>([
    ['readinessBefore', `${READINESS_LABEL} ${t.before}`],
    ['readinessAfter', `${READINESS_LABEL} ${t.after}`],
  ]);
  for (const block of flow?.steps.flatMap((s) => s.blocks) ?? []) {
    if ('field' in block && 'label' in block) labels.set(block.field, block.label);
  }
  return labels;
}

interface DetailProps {
  entry: JournalEntry;
  onDelete: () => void;
  onSaveWin: (text: string) => void;
}

function EntryDetail({ entry, onDelete, onSaveWin }: DetailProps) {
  const [text, setText] = useState(entry.kind === 'win' ? entry.text : '');
  const labels = entry.kind === 'flow' ? labelsOf(flowById(entry.flowId)) : new Map<string, string>();

  return (
    <div class="history-detail card">
      {entry.kind === 'win' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) onSaveWin(text);
          }}
        >
          <label for={`edit-${entry.id}`}>{t.editWin}</label>
          <textarea id={`edit-${entry.id}`} value={text} maxLength={WIN_TEXT_MAX} rows={2} onInput={(e) => setText(e.currentTarget.value)} />
          {entry.eventTitle && <p class="muted">{t.partOf(entry.eventTitle)}</p>}
          {entry.goalTitle && <p class="muted">{t.partOfGoal(entry.goalTitle)}</p>}
          {entry.difficulty && <p class="muted">{t.difficulty(entry.difficulty)}</p>}
          <button type="submit" class="button">
            {t.save}
          </button>
        </form>
      ) : (
        <dl>
          {Object.entries(entry.fields)
            .filter(([key, value]) => !key.startsWith('_') && value !== null && value !== '')
            .map(([key, value]) => (
              <div key={key}>
                <dt>{labels.get(key) ?? key}</dt>
                <dd>{Array.isArray(value) ? value.join(', ') : String(value)}</dd>
              </div>
            ))}
        </dl>
      )}
      <DeleteWithConfirm words={{ delete: t.delete, confirm: t.confirmDelete, yes: t.yesDelete, keep: t.keep }} onDelete={onDelete} />
    </div>
  );
}

/** The user's own proof of what they can do, together: wins, what reflections showed, exercises seen through. */
function EvidenceBank({ entries, db }: { entries: readonly JournalEntry[] | null; db: Db }) {
  const [goals, setGoals] = useState<Goal[]>([]);
  const items = useMemo(() => mergeEvidence(evidenceOf(entries ?? [], (id) => flowById(id)?.title ?? id), goalEvidenceOf(goals)), [entries, goals]);
  const heatmap = useMemo(() => winHeatmap(wins(entries ?? []), Date.now()), [entries]);
  const [responses, setResponses] = useState<PromptResponses[] | null>(null);
  useEffect(() => {
    // Read only when this view opens: the timeline never needs the decision log.
    readAllValid(db, 'decision', DecisionRecord)
      .then((records) => setResponses(promptResponses(records, PROMPT_TYPES)))
      .catch(() => setResponses([]));
    readGoals(db).then(setGoals, () => undefined);
  }, [db]);
  const summary = summarize(items);
  if (entries === null) return null;
  if (items.length === 0 && entries.length === 0) return <p class="card">{t.noEvidence}</p>;
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">{t.evidenceHeading}</h2>
      <p>{t.evidenceSummary(summary)}</p>
      <h3>{t.heatmapHeading}</h3>
      <WinHeatmap map={heatmap} />
      <h3>{t.whatWorksHeading}</h3>
      <WhatWorks effects={readinessByExercise(entries)} titleOf={(id) => flowById(id)?.title ?? id} />
      <h3>{t.trendHeading}</h3>
      <ConfidenceTrend points={confidenceTrend(entries)} />
      <h3>{t.responsesHeading}</h3>
      {responses && <PromptResponsesChart rows={responses} labelOf={(type) => PROMPT_TYPE_LABELS[type]} />}
      <h3>{t.evidenceListHeading}</h3>
      <ul class="evidence-list">
        {items.slice(0, PAGE).map((item) => (
          <li key={item.id} class={`evidence-item evidence-${item.kind}`}>
            <span class="history-kind">{t.evidenceKind[item.kind]}</span>
            <span>{item.kind === 'exercise' ? t.finished(item.text) : item.text}</span>
            {item.difficulty !== undefined && item.difficulty >= HARD_WIN && <span class="evidence-hard">{t.hardWon(item.difficulty)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
