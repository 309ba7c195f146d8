/**
 * The implementation of every contract call over one session. Electron-free: the Electron IPC layer and
 * the browser-mode HTTP server both register exactly these handlers, after validating the arguments, and
 * differ only in their `ShellPlatform` (native dialogs versus "not in a browser").
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AppInfo, InvokeArgs, InvokeName, InvokeResult, SaveResult } from '../ipc/contract';
import type { PlexusSession } from './session';

export type InvokeHandlers = {
  [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResult<K>>;
};

export type SaveRequest = InvokeArgs<'saveFile'>[0];

/** What differs between the desktop app and browser mode. */
export interface ShellPlatform {
  /** A folder the user picked, or undefined if they cancelled. */
  pickCorpusFolder(): Promise<string | undefined>;
  /** A saved graph file the user picked, or undefined if they cancelled. */
  pickGraphFile(): Promise<string | undefined>;
  saveFile(request: SaveRequest): Promise<SaveResult>;
  appInfo(): AppInfo;
}

/** Saved graphs larger than this are refused before reading (same ceiling as `importGraph`). */
export const MAX_GRAPH_FILE_BYTES = 500_000_000;

export class GraphFileTooLargeError extends Error {
  constructor(file: string, bytes: number) {
    super(`${path.basename(file)} is ${Math.round(bytes / 1e6)} MB; graphs up to 500 MB can be opened.`);
    this.name = 'GraphFileTooLargeError';
  }
}

export function createInvokeHandlers(session: PlexusSession, platform: ShellPlatform): InvokeHandlers {
  return {
    getGraph: async () => session.getState(),
    getDocument: async (id) => session.getDocument(id),
    openCorpusDialog: async () => {
      const folder = await platform.pickCorpusFolder();
      return folder === undefined ? session.getState() : session.openFolder(folder);
    },
    importFiles: async (files) => session.importFiles(files),
    openGraphDialog: async () => {
      const file = await platform.pickGraphFile();
      if (file === undefined) return session.getState();
      const { size } = await fs.stat(file);
      if (size > MAX_GRAPH_FILE_BYTES) throw new GraphFileTooLargeError(file, size);
      return session.importGraph(await fs.readFile(file, 'utf8'), path.basename(file));
    },
    importGraph: async (text) => session.importGraph(text),
    exportGraph: async ({ format, nodes }) => session.exportGraph(format, nodes),
    saveFile: async (request) => platform.saveFile(request),
    getAppInfo: async () => platform.appInfo(),
  };
}
