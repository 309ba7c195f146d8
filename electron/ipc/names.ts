/**
 * The contract's call names as a plain list, for the sandboxed preload: it must not bundle zod, so it
 * cannot read `invokeContract` itself. The `Record` type makes the compiler reject a missing or extra name.
 */
import type { EventName, InvokeName } from './contract';

const NAMES: Record<InvokeName, true> = {
  getGraph: true,
  getDocument: true,
  openCorpusDialog: true,
  importFiles: true,
  openGraphDialog: true,
  importGraph: true,
  exportGraph: true,
  saveFile: true,
  getAppInfo: true,
};

export const INVOKE_NAMES = Object.keys(NAMES) as InvokeName[];

/** Same as `channelOf` in the contract (a test keeps them equal), without importing its zod schemas. */
export function channelFor(name: InvokeName | EventName): string {
  return `plexus:${name}`;
}

export const EVENT_NAMES: readonly EventName[] = ['graphChanged', 'menuCommand'];

/**
 * What an invoke handler sends back. Errors travel as data, not as a rejected promise, because Electron
 * keeps only the message of an error thrown across IPC and the page needs its `name`.
 */
export type IpcReply<T> = { ok: true; result: T } | { ok: false; error: { name: string; message: string } };
