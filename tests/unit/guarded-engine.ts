// The calendar engine in a worker thread that can be stopped: a call that
// never returns cannot be interrupted in its own thread, so the fuzz and
// regression tests run each input here, with a time limit (the thread is
// terminated) and a heap limit (the thread dies when it passes it). The
// engine is bundled once per test process by esbuild (which Vite brings).
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ExpandOptions } from '../../lib/calendar/types';

export type GuardedOutcome =
  | { kind: 'done'; ms: number; heapMb: number; occurrences: number; warnings: Array<{ code: string; reason?: string; message: string }>; titles: string[] }
  | { kind: 'error'; ms: number; name: string; code?: string; message: string }
  | { kind: 'hung'; ms: number }
  | { kind: 'crashed'; ms: number; message: string };

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
import v8 from 'node:v8';
const { expandIcs } = await import(workerData.engine);
parentPort.on('message', ({ text, range, options }) => {
  const heapBefore = v8.getHeapStatistics().used_heap_size;
  const started = performance.now();
  try {
    const result = expandIcs(text, { start: new Date(range.start), end: new Date(range.end) }, options);
    const ms = performance.now() - started;
    const heapMb = (v8.getHeapStatistics().used_heap_size - heapBefore) / 1e6;
    parentPort.postMessage({
      kind: 'done', ms, heapMb,
      occurrences: result.occurrences.length,
      warnings: result.warnings.map((w) => ({ code: w.code, reason: w.reason, message: w.message })),
      titles: [...new Set(result.occurrences.map((o) => o.title))].slice(0, 50),
    });
  } catch (err) {
    parentPort.postMessage({ kind: 'error', ms: performance.now() - started, name: err?.name ?? typeof err, code: err?.code, message: String(err?.message ?? err) });
  }
});
`;

let bundled: Promise<string> | undefined;

/** The engine as one ES module file, and the worker script that loads it. */
function bundle(): Promise<string> {
  bundled ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'primed-engine-'));
    const engine = join(dir, 'engine.mjs');
    await build({
      entryPoints: [resolve(__dirname, '../../lib/calendar/index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: engine,
      logLevel: 'silent',
    });
    const worker = join(dir, 'worker.mjs');
    writeFileSync(worker, WORKER_SOURCE);
    return worker;
  })();
  return bundled;
}

export interface GuardOptions {
  /** The thread is stopped after this long on one input. */
  timeoutMs: number;
  /** The thread's heap limit (old generation), beyond what it needs to start. */
  maxHeapMb: number;
}

/** One worker thread, replaced whenever an input hangs or kills it. */
export class GuardedEngine {
  private worker: Worker | undefined;
  private workerFile = '';

  constructor(private readonly guard: GuardOptions) {}

  private async ready(): Promise<Worker> {
    this.workerFile ||= await bundle();
    this.worker ??= new Worker(this.workerFile, {
      workerData: { engine: pathToFileURL(join(this.workerFile, '../engine.mjs')).href },
      resourceLimits: { maxOldGenerationSizeMb: this.guard.maxHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    return this.worker;
  }

  async run(text: string, range: { start: number; end: number }, options: ExpandOptions = {}): Promise<GuardedOutcome> {
    const worker = await this.ready();
    const started = performance.now();
    return new Promise<GuardedOutcome>((resolveOutcome) => {
      const finish = (outcome: GuardedOutcome, stop: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (stop) {
          this.worker = undefined;
          void worker.terminate();
        }
        resolveOutcome(outcome);
      };
      const onMessage = (outcome: GuardedOutcome) => finish(outcome, false);
      const onError = (err: Error) => finish({ kind: 'crashed', ms: performance.now() - started, message: `${err.name}: ${err.message}` }, true);
      const onExit = (code: number) => finish({ kind: 'crashed', ms: performance.now() - started, message: `the thread exited (${code})` }, true);
      const timer = setTimeout(() => finish({ kind: 'hung', ms: performance.now() - started }, true), this.guard.timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ text, range, options });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
