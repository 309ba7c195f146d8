/**
 * Runs extraction jobs on the calling thread: for tests (fast, deterministic) and tools. Kept out of
 * extractor.ts so that the Electron main bundle, which only starts workers, does not load the pipeline.
 */
import { ExtractionCancelledError, type Extractor } from './extractor';
import { runExtractionJob, type ExtractionJob, type ExtractionOutcome } from './job';

export class InProcessExtractor implements Extractor {
  async run(job: ExtractionJob, signal?: AbortSignal): Promise<ExtractionOutcome> {
    if (signal?.aborted) throw new ExtractionCancelledError();
    const outcome = await runExtractionJob(job);
    if (signal?.aborted) throw new ExtractionCancelledError();
    return outcome;
  }
}
