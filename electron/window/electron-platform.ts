/** The desktop side of the invoke handlers: native open/save dialogs and writing the chosen file. */
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { readAppInfo } from '../session/app-info';
import { writeFileAtomically } from '../session/atomic-write';
import type { SaveRequest, ShellPlatform } from '../session/handlers';

export interface ElectronPlatformDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window dialogs attach to (undefined while none is open). */
  window: () => BrowserWindow | undefined;
  appRoot: string;
  /** Default folder of the save dialog (the user's Documents). */
  documentsDir: string;
}

const FILTERS: Readonly<Record<string, FileFilter>> = {
  json: { name: 'Graph JSON', extensions: ['json'] },
  gexf: { name: 'GEXF (Gephi)', extensions: ['gexf'] },
  graphml: { name: 'GraphML', extensions: ['graphml'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

export function saveFilters(suggestedName: string): FileFilter[] {
  const known = FILTERS[path.extname(suggestedName).slice(1).toLowerCase()];
  return [...(known ? [known] : []), { name: 'All Files', extensions: ['*'] }];
}

export function electronPlatform(deps: ElectronPlatformDeps): ShellPlatform {
  const { dialog, window } = deps;
  // Electron's overloads differ only by the parent window; passing it keeps dialogs modal to our window.
  const open = (options: Electron.OpenDialogOptions) => {
    const parent = window();
    return parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);
  };
  return {
    pickCorpusFolder: async () => {
      const { canceled, filePaths } = await open({
        title: 'Open a folder of articles',
        properties: ['openDirectory'],
      });
      return canceled ? undefined : filePaths[0];
    },
    pickGraphFile: async () => {
      const { canceled, filePaths } = await open({
        title: 'Open a saved graph',
        properties: ['openFile'],
        filters: [FILTERS.json, { name: 'All Files', extensions: ['*'] }],
      });
      return canceled ? undefined : filePaths[0];
    },
    saveFile: async (request: SaveRequest) => {
      const options: Electron.SaveDialogOptions = {
        defaultPath: path.join(deps.documentsDir, request.suggestedName),
        filters: saveFilters(request.suggestedName),
      };
      const parent = window();
      const { canceled, filePath } = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return { saved: false };
      await writeFileAtomically(filePath, Buffer.from(request.data, request.encoding));
      return { saved: true, path: filePath };
    },
    appInfo: () => readAppInfo(deps.appRoot, 'electron'),
  };
}
