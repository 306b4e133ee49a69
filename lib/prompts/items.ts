// The engine's items in extension storage: small, read by the background on
// every wake-up and by the pages that edit them.
import { loadItem, saveItem, type ItemDeps } from '../store/local-item';
import type { VersionedItem } from '../store/versioned';
import { DEFAULT_KEYWORD_RULES } from '../planner/detect';
import { DEFAULT_SCHEDULE_SETTINGS } from '../planner/types';
import { PromptSettings, PromptState, Stakes } from './model';

export const stakesItem: VersionedItem<Stakes> = {
  key: 'stakes',
  version: 1,
  schema: Stakes,
  defaults: { tags: [], rules: DEFAULT_KEYWORD_RULES.map((r) => ({ ...r })), moments: [] },
  migrations: [],
};

export const promptSettingsItem: VersionedItem<PromptSettings> = {
  key: 'promptSettings',
  version: 1,
  schema: PromptSettings,
  defaults: { ...DEFAULT_SCHEDULE_SETTINGS, days: [...DEFAULT_SCHEDULE_SETTINGS.days], discreet: false, deliveryProbability: null },
  migrations: [],
};

export const promptStateItem: VersionedItem<PromptState> = {
  key: 'promptState',
  version: 1,
  schema: PromptState,
  defaults: { decided: {}, shown: {}, snoozed: {}, pending: [] },
  migrations: [],
};

export const loadStakes = (deps: ItemDeps = {}) => loadItem(stakesItem, deps);
/** Applies a change to the marks as they are now, and saves them. */
export async function changeStakes(change: (stakes: Stakes) => Stakes, deps: ItemDeps = {}): Promise<Stakes> {
  return saveItem(stakesItem, change(await loadStakes(deps)), deps);
}

export const loadPromptSettings = (deps: ItemDeps = {}) => loadItem(promptSettingsItem, deps);
export async function updatePromptSettings(patch: Partial<PromptSettings>, deps: ItemDeps = {}): Promise<PromptSettings> {
  return saveItem(promptSettingsItem, { ...(await loadPromptSettings(deps)), ...patch }, deps);
}

export const loadPromptState = (deps: ItemDeps = {}) => loadItem(promptStateItem, deps);
export const savePromptState = (state: PromptState, deps: ItemDeps = {}) => saveItem(promptStateItem, state, deps);
