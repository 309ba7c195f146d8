/** The model file is missing, unreadable, malformed or was built for other features. */
export class NerModelError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NerModelError';
  }
}
