/**
 * Runs extraction jobs off the calling thread. The Electron main process and the browser-mode server both
 * use `WorkerExtractor`, so a large corpus never freezes the window or the HTTP server; tests may use
 * `InProcessExtractor` (./in-process.ts, kept apart so the main bundle does not load the pipeline).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractionJob, ExtractionOutcome } from './job';
import { unpackedPath } from '../session/paths';
import { deserializeWorkerError, type WorkerReply } from './protocol';

export interface Extractor {
  /** Runs one job. Aborting the signal cancels the job and rejects with an `AbortError`. */
  run(job: ExtractionJob, signal?: AbortSignal): Promise<ExtractionOutcome>;
}

/** Thrown when a job was cancelled because a newer one replaced it. */
export class ExtractionCancelledError extends Error {
  constructor() {
    super('The extraction was cancelled by a newer request.');
    this.name = 'AbortError';
  }
}

/** The worker exited without answering (crash, out of memory). */
export class WorkerCrashedError extends Error {
  constructor(detail: string) {
    super(`The extraction worker stopped unexpectedly (${detail}).`);
    this.name = 'WorkerCrashedError';
  }
}

/** How to start the worker: the bundled `worker.js`, or the TypeScript source through tsx in development. */
export type WorkerEntry = { kind: 'bundle'; file: string } | { kind: 'source'; file: string };

/**
 * Next to a bundle (`dist/main.js`) the worker is `dist/worker.js`; when this module runs from its
 * TypeScript source (tsx, vitest) the worker runs from source too, so it never uses a stale bundle.
 */
export function locateWorkerEntry(moduleDir: string = __dirname): WorkerEntry {
  const source = path.join(moduleDir, 'extract-worker.ts');
  if (existsSync(source)) return { kind: 'source', file: source };
  // Packaged, the worker script is unpacked from app.asar (build/electron-builder.yml): a worker thread
  // cannot be assumed to read inside the archive.
  return { kind: 'bundle', file: unpackedPath(path.join(moduleDir, 'worker.js')) };
}

export class WorkerExtractor implements Extractor {
  constructor(private readonly entry: WorkerEntry = locateWorkerEntry()) {}

  run(job: ExtractionJob, signal?: AbortSignal): Promise<ExtractionOutcome> {
    if (signal?.aborted) return Promise.reject(new ExtractionCancelledError());
    const worker = this.spawn();
    return new Promise<ExtractionOutcome>((resolve, reject) => {
      let settled = false;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        void worker.terminate();
        fn();
      };
      const onAbort = (): void => finish(() => reject(new ExtractionCancelledError()));
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.once('message', (reply: WorkerReply) =>
        finish(() => (reply.ok ? resolve(reply.outcome) : reject(deserializeWorkerError(reply.error)))),
      );
      worker.once('error', (error) => finish(() => reject(error)));
      worker.once('exit', (code) => finish(() => reject(new WorkerCrashedError(`exit code ${code}`))));
      worker.postMessage(job, transferables(job));
    });
  }

  private spawn(): Worker {
    if (this.entry.kind === 'bundle') return new Worker(this.entry.file);
    // Development only: compile the TypeScript worker on the fly with tsx's require hook.
    const requireFromHere = createRequire(this.entry.file);
    const tsx = requireFromHere.resolve('tsx/cjs/api');
    const code = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(this.entry.file)});`;
    return new Worker(code, { eval: true });
  }
}

/** Uploaded file bytes move to the worker instead of being copied. */
function transferables(job: ExtractionJob): ArrayBuffer[] {
  if (job.kind !== 'files') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const file of job.files) {
    const buffer = file.data.buffer;
    // Only whole, unshared buffers can be transferred; Node's pooled small Buffers share one.
    if (buffer instanceof ArrayBuffer && file.data.byteLength === buffer.byteLength) buffers.add(buffer);
  }
  return [...buffers];
}
