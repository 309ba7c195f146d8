import type { Diagnostic } from '../types';

/** The input path does not exist (or a parent of it is not a folder), or it cannot be opened at all. */
export class CorpusNotFoundError extends Error {
  override name = 'CorpusNotFoundError';
  constructor(
    readonly input: string,
    detail = 'it does not exist',
  ) {
    super(`Corpus not found: cannot open "${input}": ${detail}. Check the path and try again.`);
  }
}

/**
 * Nothing readable was found. `diagnostics` holds the per-file reasons (the message summarises them),
 * so a UI can show exactly what was skipped and why.
 */
export class EmptyCorpusError extends Error {
  override name = 'EmptyCorpusError';
  constructor(
    message: string,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(message);
  }
}
