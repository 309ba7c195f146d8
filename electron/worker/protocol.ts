/** Messages between the extraction worker and its parent thread. */
import type { SerializedError } from '../ipc/errors';
import type { ExtractionJob, ExtractionOutcome } from './job';

export type WorkerRequest = ExtractionJob;

export type WorkerReply = { ok: true; outcome: ExtractionOutcome } | { ok: false; error: SerializedError };
