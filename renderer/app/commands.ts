/**
 * Commands shared by the Electron menu (`menuCommand` events), the toolbar and the keyboard, so each
 * action has one implementation whichever way it is invoked.
 */
import type { MenuCommand } from '../../electron/ipc/contract';
import type { Controller } from './controller';
import type { FileOpeners } from './files';
import { LAYOUTS, type LayoutName } from '../state/settings';
import { openDataExport, openImageExport } from '../ui/exportDialogs';
import { openAbout, openShortcuts } from '../ui/helpDialogs';

export type Command = MenuCommand | 'import-files' | 'back' | 'forward' | 'layout:rerun' | 'theme:toggle';

export function runCommand(ctl: Controller, files: FileOpeners, command: Command): void {
  const a = ctl.actions;
  if (command.startsWith('layout:') && command !== 'layout:rerun') {
    const layout = command.slice('layout:'.length) as LayoutName;
    if (!LAYOUTS.includes(layout)) return;
    if (ctl.store.get().settings.layout === layout) a.rerunLayout();
    else a.setSetting('layout', layout);
    return;
  }
  switch (command) {
    case 'open-corpus':
      return files.openCorpus();
    case 'import-files':
      return files.importFiles();
    case 'open-graph':
      return files.openGraph();
    case 'export-image':
      return openImageExport(ctl);
    case 'export-graph':
      return openDataExport(ctl);
    case 'fit':
      return a.fit();
    case 'zoom-in':
      return a.zoomIn();
    case 'zoom-out':
      return a.zoomOut();
    case 'layout:rerun':
      return a.rerunLayout();
    case 'theme:light':
      return a.setSetting('theme', 'light');
    case 'theme:dark':
      return a.setSetting('theme', 'dark');
    case 'theme:toggle':
      return a.toggleTheme();
    case 'help:shortcuts':
      return openShortcuts();
    case 'help:about':
      return void openAbout(ctl);
    case 'back':
      return a.back();
    case 'forward':
      return a.forward();
  }
}
