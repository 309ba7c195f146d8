/** An error answered by the main side (Electron IPC or the browser-mode server), keeping its class name. */
export class ApiError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name || 'ApiError';
  }
}

/** The main side could not be reached at all (server stopped, network refused). */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError';
}

/** True when a call failed only because this mode does not offer it (browser mode: dialogs, saveFile). */
export function isUnsupported(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /unsupported/i.test(error.name) || /unsupported/i.test(error.message);
}
