// Every entry in one timeline: filter by kind, search, open one to read,
// edit its words, or delete it. The newest rows are read and painted first;
// the rest follow in one bulk read, so 10,000 entries still open at once.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { filterJournal, JournalEntry, wordsOf } from '@/lib/journal/journal';
import { readFirstRows } from '@/lib/journal/first-rows';
import { readAllValid } from '@/lib/journal/read';
import { dayHeading, groupByDay } from '@/lib/journal/days';
import { confidenceScore } from '@/lib/journal/progress';
import { defaultDb, type Db } from '@/lib/store/db';
import { deleteEntry, saveEntry } from '@/lib/store/entries';
import { describeStoreError } from '../common/storeErrorText';
import { flowById, flows } from '../exercises/registry';
import { EntryDetail } from './EntryDetail';
import { historyText as t } from './strings';
import { Notice } from '../common/Notice';
import { EmptyState } from '../common/EmptyState';
import { BookOpen, ChevronDown, Search, SearchX, Target, Trophy } from 'lucide-preact';
import type { LucideIcon } from 'lucide-preact';

type View = 'timeline' | 'evidence' | 'goals';

// The same pictures as the popup's navigation for the journal and the goals.
const VIEW_ICONS: Record<View, LucideIcon> = { timeline: BookOpen, evidence: Trophy, goals: Target };

// The evidence and goal views, and messaging, load when first needed: the
// timeline's first rows are painted before any of them is fetched.
type EvidenceView = typeof import('./EvidenceBank').EvidenceBank;
type GoalsView = typeof import('../goals/GoalLadders').GoalLadders;

function tellOtherPages() {
  void import('@/lib/browser/messaging').then(({ notify }) => notify('data/changed', { area: 'entries' }));
}

/** The page opens on the view its address names (#evidence, #goals), else the timeline. */
function viewOf(hash: string): View {
  return hash === '#evidence' ? 'evidence' : hash === '#goals' ? 'goals' : 'timeline';
}

const PAGE = 200;

const VIEWS: ReadonlyArray<{ view: View; label: string }> = [
  { view: 'timeline', label: t.timeline },
  { view: 'evidence', label: t.evidence },
  { view: 'goals', label: t.goals },
];

export function JournalApp({ db = defaultDb(), firstRows = readFirstRows(db) }: { db?: Db; firstRows?: Promise<JournalEntry[]> }) {
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [kind, setKind] = useState('all');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const [openId, setOpenId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [view, setViewState] = useState<View>(viewOf(location.hash));
  const [EvidenceBank, setEvidenceBank] = useState<EvidenceView | null>(null);
  const [GoalLadders, setGoalLadders] = useState<GoalsView | null>(null);
  useEffect(() => {
    // A component is a function: wrapped, so that the setter stores it rather than calling it.
    if (view === 'evidence' && !EvidenceBank) void import('./EvidenceBank').then((m) => setEvidenceBank(() => m.EvidenceBank));
    if (view === 'goals' && !GoalLadders) void import('../goals/GoalLadders').then((m) => setGoalLadders(() => m.GoalLadders));
  }, [view]);
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
      tellOtherPages();
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  /** Saves an entry the user edited (a win's words, an exercise's answers). */
  async function save(edited: JournalEntry) {
    try {
      const saved = await saveEntry(db, JournalEntry, edited);
      setEntries((current) => current?.map((e) => (e.id === saved.id ? saved : e)) ?? null);
      setStatus(t.saved);
      tellOtherPages();
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  const heading = view === 'evidence' ? t.evidence : view === 'goals' ? t.goals : t.title;
  const HeadingIcon = VIEW_ICONS[view];
  useEffect(() => {
    document.title = t.pageTitle(heading);
  }, [heading]);

  // The day heading carries the date, so a row shows only its time.
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  const full = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' });
  const now = Date.now();

  return (
    <main class="page history">
      <h1 id="page-heading" class="history-heading">
        <HeadingIcon size={28} aria-hidden="true" />
        {heading}
      </h1>
      <div class="history-views" role="group" aria-label={t.views}>
        {VIEWS.map(({ view: name, label }) => {
          const Icon = VIEW_ICONS[name];
          return (
            <button key={name} type="button" class="button button-quiet" aria-pressed={view === name} onClick={() => setView(name)}>
              <Icon size={18} aria-hidden="true" />
              {label}
            </button>
          );
        })}
      </div>
      {view === 'evidence' ? (
        EvidenceBank && <EvidenceBank entries={entries} db={db} />
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
              <span class="history-search">
                <Search size={16} aria-hidden="true" />
                <input id="history-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
              </span>
            </div>
          </div>
          {error && (
            <Notice tone="error">
              {error}
            </Notice>
          )}
          <p role="status" class="muted">
            {status || (entries && complete ? t.count(visible.length, entries.length) : '')}
          </p>

          {entries === null ? null : entries.length === 0 ? (
            <EmptyState title={t.empty} icon={<BookOpen size={28} />}>
              <p>{t.emptyHint}</p>
            </EmptyState>
          ) : visible.length === 0 && complete ? (
            <EmptyState title={t.noMatches} icon={<SearchX size={28} />}>
              <p>{t.noMatchesHint}</p>
              <button
                type="button"
                class="button button-secondary"
                onClick={() => {
                  setKind('all');
                  setQuery('');
                }}
              >
                {t.clearFilters}
              </button>
            </EmptyState>
          ) : (
            groupByDay(visible.slice(0, shown)).map((group) => {
              const id = `day-${group.day}`;
              return (
                <section key={group.day} class="history-day" aria-labelledby={id}>
                  <h2 id={id} class="history-day-heading">
                    {dayHeading(group.day, now, t)}
                  </h2>
                  <ol class="history-list">
                    {group.items.map((entry) => (
                      <li key={entry.id} class="history-row">
                        <button type="button" class="history-open" aria-expanded={openId === entry.id} onClick={() => setOpenId(openId === entry.id ? null : entry.id)}>
                          <span class="history-kind">{labelOf(entry)}</span>
                          <span class="history-words">{summaryOf(entry)}</span>
                          <time class="muted" dateTime={new Date(entry.createdAt).toISOString()} title={full.format(entry.createdAt)}>
                            {time.format(entry.createdAt)}
                          </time>
                        </button>
                        {open?.id === entry.id && <EntryDetail entry={entry} onDelete={() => void remove(entry)} onSave={(edited) => void save(edited)} />}
                      </li>
                    ))}
                  </ol>
                </section>
              );
            })
          )}
          {visible.length > shown && (
            <button type="button" class="button button-quiet" onClick={() => setShown(shown + PAGE)}>
              <ChevronDown size={18} aria-hidden="true" />
              {t.more(visible.length - shown)}
            </button>
          )}
        </>
      )}
      {/* Once opened, the goals stay mounted (hidden) so their writes in flight finish in order. */}
      {GoalLadders && (
        <div hidden={view !== 'goals'}>
          <GoalLadders db={db} visible={view === 'goals'} onWinsChanged={() => void reload()} />
        </div>
      )}
    </main>
  );
}

/** The row's one line: the first words written, else a confidence check's score. */
function summaryOf(entry: JournalEntry): string {
  const words = wordsOf(entry)[0];
  if (words !== undefined) return words;
  const score = confidenceScore(entry);
  return score === undefined ? t.noWords : t.confidenceScore(score);
}

function labelOf(entry: JournalEntry): string {
  return entry.kind === 'win' ? t.win : (flowById(entry.flowId)?.title ?? entry.flowId);
}
