// Writes a value after every change, one write at a time and in order. A
// burst of changes never queues a burst of writes: while one write is in
// flight only the latest value waits. Other work (saving what the value
// becomes) can join the same queue, so it runs after every earlier write and
// before every later one.

export interface SerialWriter<T> {
  /** Queues the latest value; an older value still waiting is replaced. */
  write(value: T): void;
  /** Runs `work` after every earlier write and before every later one. */
  run<R>(work: () => Promise<R>): Promise<R>;
  /** Resolves once everything queued so far is done. */
  settled(): Promise<void>;
}

type Op<T> = { kind: 'value'; value: T } | { kind: 'run'; run: () => Promise<void> };

export function createSerialWriter<T>(
  save: (value: T) => Promise<void>,
  onError: (err: unknown) => void,
  /** Nothing is written before this settles (a saved value must be read before it can be replaced). */
  ready: Promise<unknown> = Promise.resolve(),
): SerialWriter<T> {
  const queue: Array<Op<T>> = [];
  let running: Promise<void> | null = null;

  async function pump(): Promise<void> {
    try {
      await ready.catch(() => undefined);
      for (let op = queue.shift(); op; op = queue.shift()) {
        if (op.kind === 'run') {
          await op.run();
          continue;
        }
        try {
          await save(op.value);
        } catch (err) {
          onError(err);
        }
      }
    } finally {
      running = null;
    }
  }

  function kick() {
    running ??= pump();
  }

  return {
    write(value) {
      const last = queue.at(-1);
      if (last?.kind === 'value') last.value = value;
      else queue.push({ kind: 'value', value });
      kick();
    },
    run(work) {
      return new Promise((resolve, reject) => {
        // A `work` that throws before returning its promise rejects like one that fails later.
        queue.push({ kind: 'run', run: () => Promise.resolve().then(() => work()).then(resolve, reject) });
        kick();
      });
    },
    settled() {
      return running ?? Promise.resolve();
    },
  };
}
