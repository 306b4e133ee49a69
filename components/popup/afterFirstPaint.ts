// What the popup loads after its first paint, in one chunk: none of it is
// needed to log a win, and the popup has a size budget.
export { AddMoment, PromptsPanel, WaitingPrompts } from './PromptsPanel';
export { PopupNav } from './PopupNav';
export { RecentWins, DayStats } from './RecentWins';
