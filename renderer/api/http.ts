/**
 * Browser-mode client for the local Plexus server: the same `PlexusApi` the Electron preload exposes,
 * over `POST /api/invoke/<name>` and Server-Sent Events on `/api/events`.
 */
import type { EventContract, EventName, InvokeName, PlexusApi } from '../../electron/ipc/contract';
import { ApiError, ApiUnreachableError } from './errors';

/** Every invoke call, checked against the contract at compile time (types only: zod stays out of the page). */
const INVOKE_NAMES = {
  getGraph: true,
  getDocument: true,
  openCorpusDialog: true,
  importFiles: true,
  openGraphDialog: true,
  importGraph: true,
  exportGraph: true,
  saveFile: true,
  getAppInfo: true,
} as const satisfies Record<InvokeName, true>;

const EVENT_NAMES: readonly EventName[] = ['graphChanged', 'menuCommand'];

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpApiOptions {
  /** Origin + path prefix of the server; '' means the page's own origin. */
  base?: string;
  fetch?: Fetch;
  /** Injected for tests; defaults to the browser's EventSource. */
  eventSource?: (url: string) => EventSource;
}

/** Decodes one `/api/invoke` answer: `{result}` or `{error:{name,message}}`. */
export async function decodeInvokeResponse(response: Response): Promise<unknown> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('ProtocolError', `The server answered ${response.status} without a readable body.`);
  }
  if (body && typeof body === 'object' && 'error' in body) {
    const err = (body as { error: { name?: string; message?: string } }).error ?? {};
    throw new ApiError(String(err.name ?? 'ApiError'), String(err.message ?? 'Unknown error'));
  }
  if (!response.ok || !body || typeof body !== 'object' || !('result' in body)) {
    throw new ApiError('ProtocolError', `The server answered ${response.status} without a result.`);
  }
  return (body as { result: unknown }).result;
}

export function createHttpApi(options: HttpApiOptions = {}): PlexusApi {
  const base = options.base ?? '';
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;

  const invoke = async (name: InvokeName, args: unknown[]): Promise<unknown> => {
    let response: Response;
    try {
      response = await doFetch(`${base}/api/invoke/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ args }),
      });
    } catch (error) {
      throw new ApiUnreachableError(
        `Cannot reach the Plexus server (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
    return decodeInvokeResponse(response);
  };

  // Opened lazily on the first subscription so pages that never listen make no long-lived request.
  const ensureEvents = () => {
    if (source) return;
    const open = options.eventSource ?? ((url: string) => new EventSource(url));
    source = open(`${base}/api/events`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse((event as MessageEvent<string>).data);
        } catch {
          return; // a malformed push is ignored; the next getGraph() call resynchronises
        }
        for (const listener of listeners.get(name) ?? []) (listener as (p: unknown) => void)(payload);
      });
    }
  };

  const api: Record<string, unknown> = {
    on<E extends EventName>(event: E, listener: (payload: EventContract[E]) => void): () => void {
      ensureEvents();
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener as (payload: never) => void);
      return () => listeners.get(event)?.delete(listener as (payload: never) => void);
    },
  };
  for (const name of Object.keys(INVOKE_NAMES) as InvokeName[]) {
    api[name] = (...args: unknown[]) => invoke(name, args);
  }
  return api as PlexusApi;
}
