/**
 * Entry point of the extraction worker thread (bundled as `dist/worker.js`). One job per worker: the parent
 * terminates the thread to cancel a job that a newer request has superseded.
 */
import { parentPort } from 'node:worker_threads';
import { runExtractionJob } from './job';
import { serializeWorkerError, type WorkerReply, type WorkerRequest } from './protocol';

if (!parentPort) throw new Error('extract-worker must run in a worker thread.');
const port = parentPort;

port.once('message', (job: WorkerRequest) => {
  runExtractionJob(job).then(
    (outcome) => port.postMessage({ ok: true, outcome } satisfies WorkerReply),
    (error: unknown) =>
      port.postMessage({ ok: false, error: serializeWorkerError(error) } satisfies WorkerReply),
  );
});
