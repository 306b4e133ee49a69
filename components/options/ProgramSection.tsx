// The 30-day program in the settings: join it here, or see where it stands
// and open its page. Everything else about it lives on that page.
import { useEffect, useState } from 'preact/hooks';
import { currentTask, isFinished, isStarted, progressText, start } from '@/lib/program/progress';
import { onDataChanged } from '@/lib/browser/changes';
import { loadProgram, NOT_STARTED, saveProgram, type ProgramState } from '@/lib/program/state';
import { describeStoreError } from '../common/storeErrorText';
import { Notice } from '../common/Notice';
import { optionsText as t } from './strings';

export function ProgramSection() {
  const [state, setState] = useState<ProgramState>(NOT_STARTED);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const load = () => void loadProgram().then(setState, (err: unknown) => setError(describeStoreError(err)));
    load();
    return onDataChanged(['program'], load);
  }, []);

  async function join() {
    setError(null);
    try {
      setState(await saveProgram(start(state, Date.now())));
      // The link takes the button's place: focus follows, so Enter opens the program next.
      requestAnimationFrame(() => document.getElementById('program-open')?.focus());
    } catch (err) {
      setError(describeStoreError(err));
    }
  }

  return (
    <section id="program" aria-labelledby="program-heading">
      <h2 id="program-heading">{t.programHeading}</h2>
      <p>{t.programIntro}</p>
      {error && <Notice tone="error">{error}</Notice>}
      {isStarted(state) ? (
        <p>
          {isFinished(state) ? t.programFinished : t.programWhere(currentTask(state)?.day ?? 1, progressText(state), state.pausedAt !== undefined)}{' '}
          {/* A new tab: the settings stay where they were. */}
          <a id="program-open" href="/journal.html#program" target="_blank" rel="noopener">
            {t.programOpen}
          </a>
        </p>
      ) : (
        <button type="button" class="button button-secondary" onClick={() => void join()}>
          {t.programJoin}
        </button>
      )}
    </section>
  );
}
