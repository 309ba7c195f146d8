/** Creates the main window: secure web preferences, remembered bounds, shown as soon as it can paint. */
import { BrowserWindow, nativeTheme } from 'electron';
import { APP_URL, secureWebPreferences } from './security';
import { MIN_HEIGHT, MIN_WIDTH, type WindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  state: WindowState;
  isDev: boolean;
  icon?: string;
  title: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new BrowserWindow({
    title: options.title,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    // Painted before the page loads, so the window never flashes white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#ffffff',
    show: false,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preload, options.isDev),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_URL);
  return window;
}
