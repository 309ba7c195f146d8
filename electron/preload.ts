/**
 * Sandboxed preload: exposes `window.plexus`, built from the contract's call names, and nothing else
 * (no generic send/invoke). Bundled alone with only `electron` external, so it must not import zod: it
 * imports types from the contract and the plain name list from `ipc/names`.
 *
 * A failed call rejects with a plain `{ name, message }` object: Electron's contextBridge would copy an
 * Error with its message only, and the page needs the name (`UnsupportedInModeError`, `GraphFormatError`...).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { EventContract, EventName, InvokeName, PlexusApi } from './ipc/contract';
import { channelFor, EVENT_NAMES, INVOKE_NAMES, type IpcReply } from './ipc/names';

function invoker(name: InvokeName) {
  return async (...args: unknown[]): Promise<unknown> => {
    const reply = (await ipcRenderer.invoke(channelFor(name), ...args)) as IpcReply<unknown>;
    if (reply.ok) return reply.result;
    throw { name: reply.error.name, message: reply.error.message };
  };
}

function on<E extends EventName>(event: E, listener: (payload: EventContract[E]) => void): () => void {
  if (!EVENT_NAMES.includes(event)) throw new TypeError(`Unknown event "${String(event)}".`);
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  // The page gets the payload only, never the IpcRendererEvent (which exposes `sender`).
  const wrapped = (_event: IpcRendererEvent, payload: EventContract[E]): void => listener(payload);
  ipcRenderer.on(channelFor(event), wrapped);
  return () => {
    ipcRenderer.removeListener(channelFor(event), wrapped);
  };
}

export function buildApi(): PlexusApi {
  const api: Record<string, unknown> = { on };
  for (const name of INVOKE_NAMES) api[name] = invoker(name);
  return Object.freeze(api) as PlexusApi;
}

contextBridge.exposeInMainWorld('plexus', buildApi());
