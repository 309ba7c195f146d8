/**
 * The Electron entry point, wired against the shared fake `electron`: start-up order, secure window,
 * IPC, menu, the default corpus built in a worker and pushed to the page, single instance, window state.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { GraphState } from '../../../electron/ipc/contract';
import { INVOKE_NAMES } from '../../../electron/ipc/names';

vi.mock('electron', () => import('../../support/fake-electron'));

type FakeElectron = typeof import('../../support/fake-electron');

/** A fresh fake and a fresh main module (main.ts runs at import, like Electron does). */
async function launch(setup: (electron: FakeElectron) => void = () => undefined): Promise<FakeElectron> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as FakeElectron;
  electron.fake.reset();
  electron.fake.app.paths.userData = mkdtempSync(path.join(os.tmpdir(), 'plexus-userdata-'));
  setup(electron);
  await import('../../../electron/main');
  return electron;
}

async function until<T>(probe: () => T | undefined, timeoutMs = 50_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('Electron main process', () => {
  it('starts securely, shows the window at once and pushes the default graph when built', async () => {
    const { fake, BrowserWindow, ipcMain } = await launch();
    // Before `ready`: only the privileged scheme and the single-instance lock.
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'plexus' })]);
    expect(BrowserWindow.instances).toHaveLength(0);

    fake.app.makeReady();
    const window = await until(() => BrowserWindow.instances[0]);
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true, // not packaged = development
    });
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.js$/);
    expect(window.loadedUrl).toBe('plexus://app/index.html');
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);

    expect(fake.protocolHandlers.has('plexus')).toBe(true);
    expect(fake.permissionRequestHandler).toBeTypeOf('function');
    expect([...ipcMain.handlers.keys()].sort()).toEqual(INVOKE_NAMES.map((n) => `plexus:${n}`).sort());

    // The build runs in a worker after the window exists; the page gets graphChanged.
    const ready = await until(() =>
      window.webContents.sent.find(
        (m) => m.channel === 'plexus:graphChanged' && (m.payload as GraphState).status === 'ready',
      ),
    );
    const state = ready.payload as GraphState;
    expect(state.source.kind).toBe('folder');
    expect(state.stats!.documents).toBe(5);
    const reply = (await ipcMain.invoke('plexus:getGraph', [])) as { ok: boolean; result: GraphState };
    expect(reply.result.revision).toBe(state.revision);

    // The menu sends page commands to the page.
    const items = flatten(fake.menuTemplate as MenuItemConstructorOptions[]);
    (items.find((i) => i.id === 'fit')!.click as () => void)();
    expect(window.webContents.sent.at(-1)).toEqual({ channel: 'plexus:menuCommand', payload: 'fit' });

    // A second launch focuses this window.
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.focused).toBe(true);
    expect(window.minimized).toBe(false);

    // Every new web contents is hardened.
    const { FakeWebContents } = (await import('electron')) as unknown as FakeElectron;
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler!({ url: 'https://x.example' })).toEqual({ action: 'deny' });

    // Closing saves the window state.
    window.close();
    const stateFile = path.join(fake.app.paths.userData, 'window-state.json');
    expect(existsSync(stateFile)).toBe(true);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toMatchObject({
      width: 1280,
      height: 820,
      maximized: false,
    });
    fake.app.emit('before-quit');
  });

  it('quits at once when another instance holds the lock', async () => {
    const { fake, BrowserWindow, ipcMain } = await launch((electron) => (electron.fake.app.gotLock = false));
    fake.app.makeReady();
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.app.quitCalls).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });
});
