// What the popup needs from the store (schemas, IndexedDB, the wins), in one
// chunk loaded just after the first paint (see wxt.config.ts).
export { defaultDb } from '@/lib/store/db';
export { createDraftWriter } from '@/lib/store/draft-writer';
export { loadDraft } from '@/lib/store/drafts';
export { deleteEntry, saveEntry } from '@/lib/store/entries';
export { newWin, WinEntry } from '@/lib/wins/model';
export { readWinSummary } from '@/lib/wins/summary';
export { describeStoreError } from '../common/storeErrorText';
