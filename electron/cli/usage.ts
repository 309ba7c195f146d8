/** A command line that cannot be run as typed: wrong or missing options. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
