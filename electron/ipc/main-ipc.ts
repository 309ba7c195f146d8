/**
 * Main-process side of the typed IPC contract: registers one handler per contract call and sends the
 * contract's events. Every call is checked twice before it runs: the sender must be our own page's top
 * frame, and the arguments must match the contract's schema.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { EventContract, EventName, InvokeName } from './contract';
import { serializeError, UntrustedSenderError } from './errors';
import { channelFor, INVOKE_NAMES, type IpcReply } from './names';
import { validateInvokeArgs } from './validate';
import type { InvokeHandlers } from '../session/handlers';

/** Decides whether a frame URL is our page (see window/security.ts). */
export type TrustedUrlCheck = (url: string) => boolean;

/** Registers every handler; returns a function that removes them (tests, window re-creation). */
export function registerInvokeHandlers(handlers: InvokeHandlers, isTrustedUrl: TrustedUrlCheck): () => void {
  for (const name of INVOKE_NAMES) handle(name, handlers[name], isTrustedUrl);
  return () => {
    for (const name of INVOKE_NAMES) ipcMain.removeHandler(channelFor(name));
  };
}

/** One typed handler: checks the sender, validates, runs, and answers an `IpcReply`. */
export function handle<K extends InvokeName>(
  name: K,
  handler: InvokeHandlers[K],
  isTrustedUrl: TrustedUrlCheck,
): void {
  ipcMain.handle(channelFor(name), async (event, ...args: unknown[]): Promise<IpcReply<unknown>> => {
    try {
      assertTrustedSender(event, isTrustedUrl);
      const parsed = validateInvokeArgs(name, args) as unknown[];
      const result = await (handler as (...a: unknown[]) => Promise<unknown>)(...parsed);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: serializeError(error) };
    }
  });
}

/** Only the top frame of our own page may call: not an iframe, not a page navigated elsewhere. */
export function assertTrustedSender(event: IpcMainInvokeEvent, isTrustedUrl: TrustedUrlCheck): void {
  const frame = event.senderFrame;
  const url = frame?.url ?? '';
  if (!frame || frame.parent !== null || !isTrustedUrl(url)) throw new UntrustedSenderError(url);
}

/** Sends a contract event to a page, unless it is gone (window closed during a build). */
export function sendEvent<E extends EventName>(
  contents: WebContents,
  event: E,
  payload: EventContract[E],
): void {
  if (!contents.isDestroyed()) contents.send(channelFor(event), payload);
}
