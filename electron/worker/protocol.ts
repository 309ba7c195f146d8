/** Messages between the extraction worker and its parent thread. */
import { deserializeError, serializeError, type SerializedError } from '../ipc/errors';
import type { Diagnostic } from '../pipeline/types';
import type { ExtractionJob, ExtractionOutcome } from './job';

export type WorkerRequest = ExtractionJob;

/** A failed job keeps the error's per-file `diagnostics` (the reader's EmptyCorpusError carries them). */
export type WorkerError = SerializedError & { diagnostics?: Diagnostic[] };

export type WorkerReply = { ok: true; outcome: ExtractionOutcome } | { ok: false; error: WorkerError };

export function serializeWorkerError(error: unknown): WorkerError {
  const diagnostics = (error as { diagnostics?: unknown } | undefined)?.diagnostics;
  return Array.isArray(diagnostics) ? { ...serializeError(error), diagnostics } : serializeError(error);
}

export function deserializeWorkerError(payload: WorkerError): Error {
  const error = deserializeError(payload);
  if (payload.diagnostics) Object.assign(error, { diagnostics: payload.diagnostics });
  return error;
}
