import { useEffect, useState } from 'preact/hooks';
import { eventsAhead, readAllUpcoming } from '@/lib/feeds/upcoming-store';
import { parseFlowRequest } from '@/lib/flows/url';
import { defaultDb } from '@/lib/store/db';
import { FlowChooser } from './FlowChooser';
import { FlowRunner } from './FlowRunner';
import { flowById } from './registry';
import { runnerText as t } from './strings';

/** The exercise window: the flow and event named in its address. */
export function FlowPage({ search = location.search }: { search?: string }) {
  const request = parseFlowRequest(search);
  const flow = request ? flowById(request.flowId) : undefined;
  const [eventTitle, setEventTitle] = useState<string | undefined>(undefined);

  useEffect(() => {
    const key = request?.eventKey;
    if (!key) return;
    readAllUpcoming(defaultDb()).then(
      (all) => {
        const ids = new Set(all.map((u) => u.feedId));
        const event = eventsAhead(all, ids, 0).find((o) => o.key === key);
        if (event) setEventTitle(event.title);
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
        <p class="notice notice-error" role="alert">
          {t.unknownFlow}
        </p>
      </main>
    );
  }
  return (
    <FlowRunner
      flow={flow}
      {...(request.eventKey ? { eventKey: request.eventKey } : {})}
      {...(eventTitle ? { eventTitle } : {})}
      {...(request.triggerId ? { triggerId: request.triggerId } : {})}
    />
  );
}
