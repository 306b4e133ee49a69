// How full Primed's storage is and whether the browser may clear it, in
// figures and in words. Pure: the browser calls live in ./browser.ts.
import { plural } from '../text/plural';

export interface StorageFigures {
  /** Bytes in use as the browser counts them (navigator.storage.estimate()); null when it would not say. */
  usage: number | null;
  /** Bytes the browser lets Primed use in all; null when unknown. */
  quota: number | null;
  /** True when the browser has promised not to clear Primed's data to free space. */
  persisted: boolean;
  /**
   * Bytes in the extension's own storage area, where the browser reports it.
   * Chrome keeps that area outside the estimate, so it is added to the usage.
   */
  localBytes?: number | null;
}

/** At or above this share of the quota, saving may soon fail. */
const NEARLY_FULL_SHARE = 0.9;
/**
 * Fewer bytes than this left is nearly full whatever the share: with an
 * unlimited quota, the quota is the free disk space, and a few entries with
 * the browser's own overhead can take more than the bare text suggests.
 */
export const NEARLY_FULL_BYTES_LEFT = 100 * 1024 * 1024;

type StorageLevel = 'ok' | 'nearly-full' | 'unknown';

export interface StorageHealth {
  level: StorageLevel;
  /** Bytes used, both areas together; null when unknown. */
  used: number | null;
  /** Bytes still free under the quota; null when the quota is unknown. */
  left: number | null;
  /** Whole per cent of the quota used, capped at 100; null when unknown. */
  percent: number | null;
  persisted: boolean;
  /** How much is used and how much is left. */
  usageText: string;
  /** Whether the browser may clear the data. */
  protectionText: string;
  /** Set only when nearly full: what it means and what to do. */
  warning: string | null;
}

/** A byte count that is a real, non-negative number, else null. */
function bytes(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** "812 bytes", "270 KB", "1.4 MB", "76 GB": at most three significant figures, binary units as browsers show them. */
export function formatBytes(n: number): string {
  if (n < 1024) return plural(Math.round(n), 'byte');
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 100 ? Math.round(value).toString() : value >= 10 ? trim(value.toFixed(1)) : trim(value.toFixed(2));
  return `${shown} ${UNITS[unit]}`;
}

function trim(fixed: string): string {
  return fixed.replace(/\.?0+$/, '');
}

export function storageHealth(figures: StorageFigures): StorageHealth {
  const usage = bytes(figures.usage);
  const local = bytes(figures.localBytes);
  const used = usage === null && local === null ? null : (usage ?? 0) + (local ?? 0);
  // A quota of 0 is what a browser reports when it will not say, not a full
  // disk: Primed could not have been installed and opened with none.
  const rawQuota = bytes(figures.quota);
  const quota = rawQuota === 0 ? null : rawQuota;
  const persisted = figures.persisted;
  const protectionText = persisted
    ? 'Your browser will not clear it to make room.'
    : 'Your browser may clear it if this device runs short of space, so keep a backup.';

  if (used === null || quota === null) {
    return {
      level: 'unknown',
      used,
      left: null,
      percent: null,
      persisted,
      usageText: used === null ? 'Your browser did not say how much space Primed uses.' : `Primed uses ${formatBytes(used)} on this device.`,
      protectionText,
      warning: null,
    };
  }

  const left = Math.max(0, quota - used);
  const share = Math.min(1, used / quota);
  const percent = Math.min(100, Math.floor(share * 100));
  const nearlyFull = share >= NEARLY_FULL_SHARE || left < NEARLY_FULL_BYTES_LEFT;
  return {
    level: nearlyFull ? 'nearly-full' : 'ok',
    used,
    left,
    percent,
    persisted,
    usageText: `Primed uses ${formatBytes(used)} on this device, with ${formatBytes(left)} still free for it.`,
    protectionText,
    warning: nearlyFull
      ? `Storage is nearly full: only ${formatBytes(left)} left${share >= NEARLY_FULL_SHARE ? ` (${percent}% used)` : ''}. New entries may not save. Download a backup now, then free up space on this device.`
      : null,
  };
}
