/**
 * `createApi()`: the one way the page talks to the main side. Electron's preload exposes `window.plexus`;
 * without it (plain browser against the local server) an HTTP client implements the same contract.
 */
import type { PlexusApi } from '../../electron/ipc/contract';
import { ApiError } from './errors';
import { createHttpApi } from './http';

export type ApiMode = 'electron' | 'browser';

declare global {
  interface Window {
    plexus?: PlexusApi;
  }
}

export function apiMode(): ApiMode {
  return typeof window !== 'undefined' && window.plexus ? 'electron' : 'browser';
}

export function createApi(): PlexusApi {
  return apiMode() === 'electron' ? withNamedErrors(window.plexus!) : createHttpApi();
}

/**
 * The preload rejects with a plain `{ name, message }` (Electron's contextBridge would copy an Error with
 * its message only); turn it into an `ApiError`, as the HTTP client does, so both modes throw alike.
 */
export function withNamedErrors(api: PlexusApi): PlexusApi {
  const wrapped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(api)) {
    if (key === 'on' || typeof value !== 'function') {
      wrapped[key] = value;
      continue;
    }
    wrapped[key] = (...args: unknown[]) =>
      (value as (...a: unknown[]) => Promise<unknown>)(...args).catch((error: unknown) => {
        if (error instanceof Error) throw error;
        const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
        throw new ApiError(String(name ?? 'ApiError'), String(message ?? error));
      });
  }
  return wrapped as PlexusApi;
}

export { ApiError, ApiUnreachableError, isUnsupported } from './errors';
