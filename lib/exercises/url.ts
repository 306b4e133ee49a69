// The address that opens an exercise: the contract between the prompts (and
// the popup) and the exercise window.
//   flow.html?flow=<flow id>[&event=<occurrence key or moment id>][&trigger=<trigger id>]

export interface FlowRequest {
  flowId: string;
  eventKey?: string;
  triggerId?: string;
}

export function flowPath({ flowId, eventKey, triggerId }: FlowRequest): `/flow.html?${string}` {
  const params = new URLSearchParams({ flow: flowId });
  if (eventKey) params.set('event', eventKey);
  if (triggerId) params.set('trigger', triggerId);
  return `/flow.html?${params.toString()}`;
}

export function parseFlowRequest(search: string): FlowRequest | undefined {
  const params = new URLSearchParams(search);
  const flowId = params.get('flow');
  if (!flowId) return undefined;
  const eventKey = params.get('event') ?? undefined;
  const triggerId = params.get('trigger') ?? undefined;
  return { flowId, ...(eventKey ? { eventKey } : {}), ...(triggerId ? { triggerId } : {}) };
}
