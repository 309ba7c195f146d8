/**
 * The application menu as a plain template (tested without Electron). Items that the page implements
 * (open, export, layouts, zoom, theme, help) are sent to it as `menuCommand` events; the page runs the
 * same code as for its own buttons and shortcuts. Only Quit, Reload, DevTools and editing use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../ipc/contract';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** DevTools only in development. */
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

const LAYOUTS: ReadonlyArray<[MenuCommand, string]> = [
  ['layout:force', 'Force-Directed'],
  ['layout:concentric', 'Concentric'],
  ['layout:hierarchy', 'Hierarchy'],
  ['layout:circle', 'Circle'],
  ['layout:grid', 'Grid'],
  ['layout:timeline', 'Timeline'],
];

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, send } = options;
  const command = (label: string, id: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(id),
  });
  const about = command(`About ${appName}`, 'help:about');

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Open Corpus Folder…', 'open-corpus', 'CmdOrCtrl+O'),
      command('Open Graph…', 'open-graph', 'CmdOrCtrl+Shift+O'),
      { type: 'separator' },
      command('Export Image…', 'export-image', 'CmdOrCtrl+Shift+E'),
      command('Export Graph…', 'export-graph', 'CmdOrCtrl+E'),
      ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { label: 'Layout', submenu: LAYOUTS.map(([id, label], i) => command(label, id, `CmdOrCtrl+${i + 1}`)) },
      { type: 'separator' },
      command('Fit Graph', 'fit', 'CmdOrCtrl+0'),
      command('Zoom In', 'zoom-in', 'CmdOrCtrl+Plus'),
      command('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
      { type: 'separator' },
      command('Light Theme', 'theme:light'),
      command('Dark Theme', 'theme:dark'),
      { type: 'separator' },
      { role: 'reload' },
      ...(isDev ? [{ role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('Keyboard Shortcuts', 'help:shortcuts', 'CmdOrCtrl+/'), ...(isMac ? [] : [about])],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: `Quit ${appName}` },
    ],
  };
  return isMac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
