/**
 * Named errors of the app shell. Every error that crosses IPC or HTTP travels as `{ name, message }` and is
 * re-thrown on the page with the same `name`, so the UI (and the tests) can tell them apart.
 */

/** The arguments of a call do not match the contract's schema. */
export class InvalidArgumentsError extends Error {
  readonly issues: string[];
  constructor(call: string, issues: string[]) {
    super(`Invalid arguments for "${call}": ${issues.join('; ')}`);
    this.name = 'InvalidArgumentsError';
    this.issues = issues;
  }
}

/** A call name that the contract does not declare. */
export class UnknownCallError extends Error {
  constructor(call: string) {
    super(`Unknown call "${call}".`);
    this.name = 'UnknownCallError';
  }
}

/** An IPC message from a frame that is not our own page (an iframe, a navigated-away frame...). */
export class UntrustedSenderError extends Error {
  constructor(url: string) {
    super(`Refused a call from an untrusted frame (${url || 'unknown URL'}).`);
    this.name = 'UntrustedSenderError';
  }
}

/** A call that the current mode cannot do (a native dialog in browser mode). */
export class UnsupportedInModeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedInModeError';
  }
}

/** What crosses the process or network boundary for a failed call. */
export interface SerializedError {
  name: string;
  message: string;
}

/** `{ name, message }` of any thrown value; never leaks stack traces to the page. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name || 'Error', message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Re-creates a thrown error on the receiving side, keeping its name. */
export function deserializeError(payload: SerializedError): Error {
  const error = new Error(payload.message);
  error.name = payload.name;
  return error;
}
