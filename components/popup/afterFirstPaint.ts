// What the popup loads after its first paint, in one chunk: none of it is
// needed to log a win, and the popup has a size budget.
export { ComingUp } from './ComingUp';
export { PromptsPanel } from './PromptsPanel';
export { EvidenceLine } from './EvidenceLine';
