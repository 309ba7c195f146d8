/**
 * Electron main process: a thin adapter that wires Electron to the Electron-free session, handlers and
 * worker. The window shows at once; the default corpus is built in a worker thread afterwards and the
 * page receives it as a `graphChanged` event.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell } from 'electron';
import { registerInvokeHandlers, sendEvent } from './ipc/main-ipc';
import { createInvokeHandlers } from './session/handlers';
import { defaultCorpusDir, findAppRoot, graphDataDir, rendererDir } from './session/paths';
import { PlexusSession } from './session/session';
import { registerAppScheme, serveAppProtocol } from './window/app-protocol';
import { electronPlatform } from './window/electron-platform';
import { createMainWindow } from './window/main-window';
import { buildMenuTemplate } from './window/menu';
import { denyPermissions, hardenWebContents, isTrustedUrl } from './window/security';
import { loadWindowState, trackWindowState } from './window/window-state';
import { WorkerExtractor } from './worker/extractor';

const isDev = !app.isPackaged;
const isMac = process.platform === 'darwin';
const APP_NAME = 'Plexus';

registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  // Another Plexus is running: it gets our `second-instance` event and comes to the front.
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  const appRoot = app.isPackaged ? app.getAppPath() : findAppRoot(__dirname);
  // The worker thread reads the NER model with plain fs: point it at the copy unpacked from app.asar.
  const nerModel = path.join(graphDataDir(appRoot), 'models', 'ner.json.gz');
  if (!process.env.PLEXUS_NER_MODEL && existsSync(nerModel)) process.env.PLEXUS_NER_MODEL = nerModel;
  const plexus = new PlexusSession(new WorkerExtractor());
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');

  const openWindow = async (): Promise<void> => {
    const workAreas = screen.getAllDisplays().map((d) => d.workArea);
    const icon = path.join(appRoot, 'build', 'icon.png');
    mainWindow = createMainWindow({
      title: APP_NAME,
      preload: path.join(__dirname, 'preload.js'),
      state: await loadWindowState(stateFile, workAreas),
      isDev,
      icon: existsSync(icon) ? icon : undefined,
    });
    trackWindowState(mainWindow, stateFile);
    mainWindow.on('closed', () => (mainWindow = undefined));
    // A page (re)load asks getGraph itself; pushes cover the builds that finish later.
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, shell));

  void app.whenReady().then(async () => {
    denyPermissions(session.defaultSession);
    serveAppProtocol(protocol, rendererDir(appRoot));
    const platform = electronPlatform({
      dialog,
      window: () => mainWindow,
      appRoot,
      documentsDir: app.getPath('documents'),
    });
    registerInvokeHandlers(createInvokeHandlers(plexus, platform), isTrustedUrl);
    plexus.onChange((state) => {
      if (mainWindow) sendEvent(mainWindow.webContents, 'graphChanged', state);
    });
    const send = (command: Parameters<typeof sendEvent<'menuCommand'>>[2]): void => {
      if (mainWindow) sendEvent(mainWindow.webContents, 'menuCommand', command);
    };
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ appName: APP_NAME, isMac, isDev, send })),
    );

    await openWindow();
    // Off the window's critical path: the worker builds while the page loads.
    plexus.openFolder(defaultCorpusDir(appRoot)).catch((error: Error) => {
      console.error(`Plexus: cannot open the default corpus: ${error.message}`);
    });
  });

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) void openWindow();
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('before-quit', () => plexus.dispose());
}
