import { useEffect, useState } from 'preact/hooks';
import { readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { findEvent } from '@/lib/prompts/events';
import { loadStakes } from '@/lib/prompts/items';
import { detectHighStakes } from '@/lib/planner/detect';
import type { StakesKind } from '@/lib/planner/types';
import { parseFlowRequest } from '@/lib/exercises/url';
import { defaultDb } from '@/lib/store/db';
import { FlowChooser } from './FlowChooser';
import { FlowRunner } from './FlowRunner';
import { flowById } from './registry';
import { runnerText as t } from './strings';
import { Notice } from '../common/Notice';

/** The exercise window: the flow and event named in its address. */
export function FlowPage({ search = location.search }: { search?: string }) {
  const request = parseFlowRequest(search);
  const flow = request ? flowById(request.flowId) : undefined;
  const [event, setEvent] = useState<{ title: string; start: number; kind?: StakesKind } | undefined>(undefined);

  useEffect(() => {
    const key = request?.eventKey;
    if (!key) return;
    Promise.all([readAllUpcoming(defaultDb()), loadStakes()]).then(
      ([all, stakes]) => {
        const found = findEvent(key, all.flatMap((u) => u.occurrences), stakes.moments);
        // Its kind (a moment's own, or from a mark or a rule) shapes the finish's next step.
        const kind = found && (found.kind ?? detectHighStakes([found], stakes.tags, stakes.rules, [])[0]?.kind);
        if (found) setEvent({ title: found.title, start: found.start, ...(kind ? { kind } : {}) });
      },
      () => undefined,
    );
  }, [request?.eventKey]);

  useEffect(() => {
    if (flow) document.title = `${flow.title} · Primed`;
  }, [flow]);

  if (!request) return <FlowChooser />;
  if (!flow) {
    return (
      <main class="flow">
        <Notice tone="error">
          {t.unknownFlow}
        </Notice>
      </main>
    );
  }
  return (
    <FlowRunner
      flow={flow}
      {...(request.eventKey ? { eventKey: request.eventKey } : {})}
      {...(event ? { eventTitle: event.title, eventStart: event.start, ...(event.kind ? { eventKind: event.kind } : {}) } : {})}
      {...(request.triggerId ? { triggerId: request.triggerId } : {})}
    />
  );
}
