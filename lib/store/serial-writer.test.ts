import { describe, expect, it } from 'vitest';
import { createSerialWriter } from './serial-writer';

describe('the serial writer', () => {
  it('writes only the latest of the values waiting, in order with the work queued between', async () => {
    const log: string[] = [];
    const writer = createSerialWriter<string>(async (v) => void log.push(`save ${v}`), () => undefined);
    writer.write('a');
    writer.write('b');
    writer.write('c');
    const done = writer.run(async () => log.push('run'));
    writer.write('d');
    await done;
    await writer.settled();
    // The first write waits a tick (for `ready`), so a, b and c arrive together and only c is written.
    expect(log).toEqual(['save c', 'run', 'save d']);
  });

  it('keeps going after work that throws before returning a promise, or a failed save', async () => {
    const saved: string[] = [];
    const errors: unknown[] = [];
    const writer = createSerialWriter<string>(
      async (v) => {
        if (v === 'bad') throw new Error('disk full');
        saved.push(v);
      },
      (err) => errors.push(err),
    );
    await expect(
      writer.run(() => {
        throw new Error('thrown at once');
      }),
    ).rejects.toThrow('thrown at once');
    writer.write('bad');
    await writer.settled();
    writer.write('good');
    await writer.settled();
    expect(saved).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });
});
