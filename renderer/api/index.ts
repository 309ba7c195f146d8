/**
 * `createApi()`: the one way the page talks to the main side. Electron's preload exposes `window.plexus`;
 * without it (plain browser against the local server) an HTTP client implements the same contract.
 */
import type { PlexusApi } from '../../electron/ipc/contract';
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
  return apiMode() === 'electron' ? window.plexus! : createHttpApi();
}

export { ApiError, ApiUnreachableError, isUnsupported } from './errors';
