import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('electron', () => import('../../support/fake-electron'));
import { fake, ipcMain, ipcRenderer } from '../../support/fake-electron';
import type { PlexusApi } from '../../../electron/ipc/contract';
import { ApiError, withNamedErrors } from '../../../renderer/api/index';
import { registerInvokeHandlers } from '../../../electron/ipc/main-ipc';
import { INVOKE_NAMES } from '../../../electron/ipc/names';
import { createInvokeHandlers } from '../../../electron/session/handlers';
import { PlexusSession } from '../../../electron/session/session';
import { isTrustedUrl } from '../../../electron/window/security';
import { InProcessExtractor } from '../../../electron/worker/in-process';

describe('preload API (window.plexus)', () => {
  let api: PlexusApi;

  beforeAll(async () => {
    fake.reset();
    await import('../../../electron/preload');
    api = fake.world.plexus as PlexusApi;
    const handlers = createInvokeHandlers(new PlexusSession(new InProcessExtractor()), {
      pickCorpusFolder: async () => undefined,
      pickGraphFile: async () => undefined,
      saveFile: async () => ({ saved: false }),
      appInfo: () => ({ name: 'Plexus', version: '1.2.3', mode: 'electron', versions: {}, licences: [] }),
    });
    registerInvokeHandlers(handlers, isTrustedUrl);
  });

  it('exposes exactly the contract calls and `on`, frozen', () => {
    expect(Object.keys(api).sort()).toEqual([...INVOKE_NAMES, 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect('send' in api || 'invoke' in api || 'ipcRenderer' in api).toBe(false);
  });

  it('resolves a call with its result', async () => {
    expect(await api.getAppInfo()).toMatchObject({ version: '1.2.3', mode: 'electron' });
    expect(await api.getDocument('nothing.txt')).toBeNull();
  });

  it('rejects a failed call with a plain { name, message } the page can read', async () => {
    const error = await api.importGraph('nope').catch((e: unknown) => e);
    expect(error).toEqual({ name: 'GraphFormatError', message: expect.stringMatching(/JSON/) });
    const invalid = await (api.getDocument as (...a: unknown[]) => Promise<unknown>)(5).catch(
      (e: unknown) => e,
    );
    expect(invalid).toMatchObject({ name: 'InvalidArgumentsError' });
  });

  it("reaches the page's API as an ApiError with the original name (renderer/api withNamedErrors)", async () => {
    const page = withNamedErrors(api);
    const error = await page.importGraph('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ name: 'GraphFormatError', message: expect.stringMatching(/JSON/) });
    expect(await page.getAppInfo()).toMatchObject({ version: '1.2.3' });
    expect(page.on).toBe(api.on);
  });

  it('delivers event payloads only (no IPC event object), and unsubscribes', () => {
    const received: unknown[] = [];
    const off = api.on('menuCommand', (command) => received.push(command));
    ipcRenderer.emit('plexus:menuCommand', { sender: 'secret' }, 'fit');
    off();
    ipcRenderer.emit('plexus:menuCommand', { sender: 'secret' }, 'zoom-in');
    expect(received).toEqual(['fit']);
  });

  it('refuses unknown event names', () => {
    expect(() => api.on('anything' as never, () => undefined)).toThrow(TypeError);
    expect(ipcMain.handlers.size).toBe(INVOKE_NAMES.length);
  });
});
