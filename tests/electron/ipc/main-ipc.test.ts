import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('electron', () => import('../../support/fake-electron'));
import { fake, FakeFrame, FakeWebContents, ipcMain } from '../../support/fake-electron';
import type { WebContents } from 'electron';
import { registerInvokeHandlers, sendEvent } from '../../../electron/ipc/main-ipc';
import { INVOKE_NAMES, type IpcReply } from '../../../electron/ipc/names';
import { createInvokeHandlers, type InvokeHandlers } from '../../../electron/session/handlers';
import { PlexusSession } from '../../../electron/session/session';
import { isTrustedUrl } from '../../../electron/window/security';
import { InProcessExtractor } from '../../../electron/worker/in-process';

const SEEDS = path.resolve(__dirname, '../../../graph-data/corpus');

function spyHandlers(): { handlers: InvokeHandlers; calls: string[] } {
  const session = new PlexusSession(new InProcessExtractor());
  const real = createInvokeHandlers(session, {
    pickCorpusFolder: async () => SEEDS,
    pickGraphFile: async () => undefined,
    saveFile: async () => ({ saved: false }),
    appInfo: () => ({ name: 'Plexus', version: '0', mode: 'electron', versions: {}, licences: [] }),
  });
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    Object.entries(real).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        calls.push(name);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as InvokeHandlers;
  return { handlers, calls };
}

async function call(name: string, args: unknown[], frame?: FakeFrame | null) {
  return (await ipcMain.invoke(`plexus:${name}`, args, frame)) as IpcReply<unknown>;
}

describe('main-process IPC', () => {
  beforeEach(() => fake.reset());

  it('registers one handler per contract call, and can remove them', () => {
    const unregister = registerInvokeHandlers(spyHandlers().handlers, isTrustedUrl);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(INVOKE_NAMES.map((n) => `plexus:${n}`).sort());
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('answers a valid call from our page', async () => {
    registerInvokeHandlers(spyHandlers().handlers, isTrustedUrl);
    const reply = await call('getGraph', []);
    expect(reply).toMatchObject({ ok: true, result: { status: 'empty', revision: 0 } });
    const loading = await call('openCorpusDialog', []);
    expect(loading).toMatchObject({ ok: true, result: { status: 'loading' } });
  });

  it.each([
    ['getDocument', [42]],
    ['getDocument', []],
    ['getGraph', ['unexpected']],
    ['exportGraph', [{ format: 'docx' }]],
    ['importFiles', [[{ name: 'a.txt', data: 7 }]]],
    ['saveFile', [{ suggestedName: 'C:\\Windows\\evil.dll', mime: 'x', encoding: 'utf8', data: '' }]],
  ])('rejects %s(%j) with InvalidArgumentsError before the handler runs', async (name, args) => {
    const { handlers, calls } = spyHandlers();
    registerInvokeHandlers(handlers, isTrustedUrl);
    const reply = await call(name, args);
    expect(reply).toMatchObject({ ok: false, error: { name: 'InvalidArgumentsError' } });
    expect(calls).toEqual([]);
  });

  it.each([
    [
      'an iframe inside our page',
      new FakeFrame('plexus://app/frame.html', new FakeFrame('plexus://app/index.html')),
    ],
    ['a page on the web', new FakeFrame('https://evil.example/')],
    ['a file page', new FakeFrame('file:///tmp/x.html')],
    ['a destroyed frame', null],
  ])('refuses calls from %s with UntrustedSenderError', async (_what, frame) => {
    const { handlers, calls } = spyHandlers();
    registerInvokeHandlers(handlers, isTrustedUrl);
    const reply = await call('getGraph', [], frame);
    expect(reply).toMatchObject({ ok: false, error: { name: 'UntrustedSenderError' } });
    expect(calls).toEqual([]);
  });

  it('passes a handler error back with its name', async () => {
    registerInvokeHandlers(spyHandlers().handlers, isTrustedUrl);
    const reply = await call('importGraph', ['{ not json']);
    expect(reply).toMatchObject({ ok: false, error: { name: 'GraphFormatError' } });
    expect(JSON.stringify(reply)).not.toContain('    at '); // no stack trace
  });

  it('sends events on the contract channel, never to a destroyed page', () => {
    const contents = new FakeWebContents();
    sendEvent(contents as unknown as WebContents, 'menuCommand', 'fit');
    contents.destroyed = true;
    sendEvent(contents as unknown as WebContents, 'menuCommand', 'zoom-in');
    expect(contents.sent).toEqual([{ channel: 'plexus:menuCommand', payload: 'fit' }]);
  });
});
