// Storage errors in plain words. The typed text is always kept, so every
// message can say so.
import { StoreError, toStoreError } from '@/lib/store/errors';

export const storeErrorText = {
  quota: 'There is no room left to save this. Free up some disk space, then try again.',
  unavailable: "Primed can't reach its storage right now. Try again in a moment, or restart the browser.",
  invalid: "This couldn't be saved because part of it doesn't look right.",
  failed: 'Something went wrong while saving. Please try again.',
} as const satisfies Record<StoreError['code'], string>;

export function describeStoreError(err: unknown): string {
  return storeErrorText[toStoreError(err).code];
}
