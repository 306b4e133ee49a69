// Storage failures as one typed error, so every page can tell the user what
// went wrong in plain words instead of showing a DOMException.

type StoreErrorCode =
  /** The browser refused the write: the disk or the profile's quota is full. */
  | 'quota'
  /** IndexedDB or extension storage cannot be opened at all. */
  | 'unavailable'
  /** A record did not pass its schema. */
  | 'invalid'
  /** Anything else the browser reported. */
  | 'failed';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

function errorName(err: unknown): string {
  if (typeof err === 'object' && err !== null && 'name' in err && typeof err.name === 'string') {
    return err.name;
  }
  return '';
}

function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'object' && err !== null && 'message' in err && typeof err.message === 'string') {
    return err.message;
  }
  return String(err);
}

/** Maps whatever IndexedDB or browser.storage threw to a StoreError. */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const name = errorName(err);
  const message = errorMessage(err);
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return new StoreError('quota', `Storage is full: ${message}`, { cause: err });
  }
  if (
    name === 'InvalidStateError' ||
    name === 'UnknownError' ||
    name === 'NotFoundError' ||
    name === 'VersionError' ||
    /indexedDB is not defined|backing store|database.*closed|the user denied permission/i.test(message)
  ) {
    return new StoreError('unavailable', `Storage is unavailable: ${message}`, { cause: err });
  }
  return new StoreError('failed', `Storage failed: ${message}`, { cause: err });
}

/** Runs a storage operation and rethrows any failure as a StoreError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (err) {
    throw toStoreError(err);
  }
}
