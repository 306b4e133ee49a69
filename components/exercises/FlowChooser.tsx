import { useEffect, useState } from 'preact/hooks';
import { flowPath } from '@/lib/exercises/url';
import { defaultDb } from '@/lib/store/db';
import { listDrafts, type Draft } from '@/lib/store/drafts';
import { relativeTime } from '@/lib/time/relative';
import { flowById, listedFlows } from './registry';
import { flowIcon } from './icons';
import { runnerText as t } from './strings';

/** The exercise window opened without a flow: every exercise, and any left unfinished in the last week. */
export function FlowChooser() {
  const [unfinished, setUnfinished] = useState<Draft[]>([]);
  useEffect(() => {
    listDrafts(defaultDb()).then(
      (drafts) => setUnfinished(drafts.filter((d) => d.id.startsWith('flow:') && flowById(d.flowId))),
      () => undefined,
    );
  }, []);
  const now = Date.now();

  return (
    <main class="flow">
      <h1>{t.chooseTitle}</h1>
      {unfinished.length > 0 && (
        <section aria-labelledby="unfinished-heading">
          <h2 id="unfinished-heading">{t.unfinished}</h2>
          <ul class="flow-choices">
            {unfinished.map((draft) => {
              const eventKey = draft.id.split(':').slice(2).join(':');
              const href = flowPath({ flowId: draft.flowId, ...(eventKey !== 'none' ? { eventKey } : {}) });
              return (
                <li key={draft.id}>
                  <a href={href}>{flowById(draft.flowId)!.title}</a>{' '}
                  <span class="muted">{t.startedAgo(relativeTime(draft.updatedAt, now))}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <ul class="flow-choices">
        {listedFlows.map((flow) => {
          const Icon = flowIcon(flow.id);
          return (
            <li key={flow.id} class="card flow-choice-card">
              <span class="flow-choice-icon" aria-hidden="true">
                <Icon size={20} />
              </span>
              <div>
                <a href={flowPath({ flowId: flow.id })} class="flow-choice-title">
                  {flow.title}
                </a>
                <p class="muted">
                  {flow.summary} {t.about(flow.minutes)}.
                </p>
              </div>
            </li>
          );
        })}
      </ul>
    </main>
  );
}
