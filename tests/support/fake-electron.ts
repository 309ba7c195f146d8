/**
 * The one fake `electron` module for main-process and preload tests (the Electron binary cannot run
 * here). Use it with:
 *
 *   vi.mock('electron', () => import('../../support/fake-electron'));
 *   import { fake } from '../../support/fake-electron';
 *
 * It records what the code under test asks of Electron (windows and their options, IPC handlers, menu,
 * protocol handler, permission handlers, opened links) and lets the test play the other side (invoke a
 * handler as a given frame, answer dialogs, emit app and window events). `fake.reset()` between tests.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

type Listener = (...args: never[]) => unknown;

// ---- app ----

class FakeApp extends EventEmitter {
  isPackaged = false;
  name = 'Plexus';
  gotLock = true;
  quitCalls = 0;
  ready = false;
  paths: Record<string, string> = {
    userData: path.join(os.tmpdir(), 'plexus-fake-userdata'),
    documents: path.join(os.tmpdir(), 'plexus-fake-documents'),
  };
  private readyResolve!: () => void;
  private readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));

  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  isReady(): boolean {
    return this.ready;
  }
  /** Test side: fires `ready`. */
  makeReady(): void {
    this.ready = true;
    this.readyResolve();
    this.emit('ready');
  }
  quit(): void {
    this.quitCalls++;
  }
  getPath(name: string): string {
    return this.paths[name] ?? path.join(os.tmpdir(), `plexus-fake-${name}`);
  }
  getAppPath(): string {
    return path.resolve(__dirname, '../..');
  }
  getVersion(): string {
    return '0.0.0-test';
  }
}

// ---- webContents, frames, windows ----

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null = null,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  sent: Array<{ channel: string; payload: unknown }> = [];
  windowOpenHandler?: (details: { url: string }) => { action: 'allow' | 'deny' };
  destroyed = false;
  mainFrame = new FakeFrame('plexus://app/index.html');

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Test side: emits a navigation-like event; returns whether the app prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.closed);
  }
  webContents = new FakeWebContents();
  loadedUrl?: string;
  shown = false;
  maximized = false;
  minimized = false;
  focused = false;
  closed = false;
  bounds: { x: number; y: number; width: number; height: number };

  constructor(public options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 100,
      y: (options.y as number) ?? 100,
      width: options.width as number,
      height: options.height as number,
    };
    FakeBrowserWindow.instances.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  /** Test side: closes the window as a user would. */
  close(): void {
    this.emit('close');
    this.closed = true;
    this.emit('closed');
  }
}

// ---- IPC ----

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** Test side: calls a handler as `frame` would (default: our page's top frame). */
  async invoke(
    channel: string,
    args: unknown[],
    frame: FakeFrame | null = new FakeFrame('plexus://app/index.html'),
  ) {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame, sender: new FakeWebContents() }, ...args);
  }
}

class FakeIpcRenderer extends EventEmitter {
  /** Preload tests: routes to the fake ipcMain, as our page's top frame. */
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    return ipcMain.invoke(channel, args);
  }
}

// ---- the rest of the surface the app uses ----

export const fake = {
  app: new FakeApp(),
  /** What `contextBridge.exposeInMainWorld` exposed, by key. */
  world: {} as Record<string, unknown>,
  menuTemplate: undefined as unknown,
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response> | Response>(),
  privilegedSchemes: [] as unknown[],
  permissionRequestHandler: undefined as
    undefined | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void),
  permissionCheckHandler: undefined as undefined | ((contents: unknown, permission: string) => boolean),
  openedExternally: [] as string[],
  /** Next answers of the dialogs (first in, first out). */
  openDialogAnswers: [] as Array<{ canceled: boolean; filePaths: string[] }>,
  saveDialogAnswers: [] as Array<{ canceled: boolean; filePath?: string }>,
  dialogCalls: [] as Array<{ kind: 'open' | 'save'; options: Record<string, unknown> }>,
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  reset(): void {
    fake.app = new FakeApp();
    app = fake.app;
    fake.world = {};
    fake.menuTemplate = undefined;
    fake.protocolHandlers.clear();
    fake.privilegedSchemes = [];
    fake.permissionRequestHandler = undefined;
    fake.permissionCheckHandler = undefined;
    fake.openedExternally = [];
    fake.openDialogAnswers = [];
    fake.saveDialogAnswers = [];
    fake.dialogCalls = [];
    fake.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    FakeBrowserWindow.instances = [];
    ipcMain.handlers.clear();
    ipcRenderer.removeAllListeners();
  },
};

// Live bindings: `fake.reset()` swaps the app, and modules imported afterwards see the new one.
export let app = fake.app;
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    fake.world[key] = api;
  },
};

export const Menu = {
  buildFromTemplate(template: unknown) {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown } | null): void {
    fake.menuTemplate = menu?.template;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    fake.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response> | Response): void {
    fake.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: typeof fake.permissionRequestHandler): void {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: typeof fake.permissionCheckHandler): void {
      fake.permissionCheckHandler = handler;
    },
  },
};

export const shell = {
  async openExternal(url: string): Promise<void> {
    fake.openedExternally.push(url);
  },
};

/** Electron's dialogs take an optional parent window first. */
function dialogOptions(args: unknown[]): Record<string, unknown> {
  return (args.length > 1 ? args[1] : args[0]) as Record<string, unknown>;
}

export const dialog = {
  async showOpenDialog(...args: unknown[]) {
    fake.dialogCalls.push({ kind: 'open', options: dialogOptions(args) });
    return fake.openDialogAnswers.shift() ?? { canceled: true, filePaths: [] };
  },
  async showSaveDialog(...args: unknown[]) {
    fake.dialogCalls.push({ kind: 'save', options: dialogOptions(args) });
    return fake.saveDialogAnswers.shift() ?? { canceled: true };
  },
};

export const screen = {
  getAllDisplays() {
    return fake.displays;
  },
  getPrimaryDisplay() {
    return fake.displays[0];
  },
};

export const nativeTheme = { shouldUseDarkColors: false, themeSource: 'system' };

export type { Listener };

export default {
  get app() {
    return app;
  },
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  Menu,
  protocol,
  session,
  shell,
  dialog,
  screen,
  nativeTheme,
};
