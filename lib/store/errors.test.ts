import { describe, expect, it } from 'vitest';
import { guarded, StoreError, toStoreError } from './errors';

describe('toStoreError', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), 'quota'],
    [new Error('QUOTA_BYTES quota exceeded'), 'quota'],
    [new DOMException('Database closed', 'InvalidStateError'), 'unavailable'],
    [new DOMException('Internal error opening backing store', 'UnknownError'), 'unavailable'],
    [new ReferenceError('indexedDB is not defined'), 'unavailable'],
    [new TypeError('something odd'), 'failed'],
    ['a string was thrown', 'failed'],
  ])('maps %s to %s', (err, code) => {
    const mapped = toStoreError(err);
    expect(mapped).toBeInstanceOf(StoreError);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(err);
  });

  it('keeps a StoreError as it is', () => {
    const err = new StoreError('invalid', 'bad');
    expect(toStoreError(err)).toBe(err);
  });

  it('guarded rethrows failures as StoreError', async () => {
    await expect(
      guarded(() => Promise.reject(new DOMException('full', 'QuotaExceededError'))),
    ).rejects.toMatchObject({ name: 'StoreError', code: 'quota' });
    await expect(guarded(() => Promise.resolve(3))).resolves.toBe(3);
  });
});
