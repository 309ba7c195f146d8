/** Browser mode has no native dialogs: the page uses its own file inputs and downloads instead. */
import { UnsupportedInModeError } from '../ipc/errors';
import { readAppInfo } from '../session/app-info';
import type { ShellPlatform } from '../session/handlers';

export function browserPlatform(appRoot: string): ShellPlatform {
  return {
    pickCorpusFolder: async () => {
      throw new UnsupportedInModeError(
        'Opening a folder from disk needs the desktop app; in the browser, use "Import files" instead.',
      );
    },
    pickGraphFile: async () => {
      throw new UnsupportedInModeError(
        'The open-graph dialog needs the desktop app; in the browser, pick the file in the page instead.',
      );
    },
    saveFile: async () => ({ saved: false, unsupported: true }),
    appInfo: () => readAppInfo(appRoot, 'browser'),
  };
}
