// What the popup loads after its first paint, in one chunk: none of it is
// needed to log a win (see wxt.config.ts).
export { AddMoment, IfThenPlans, PromptsPanel, WaitingPrompts } from './PromptsPanel';
export { PopupNav } from './PopupNav';
export { RecentWins, DayStats } from './RecentWins';
