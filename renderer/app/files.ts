/**
 * Opening material: in Electron the main side shows native dialogs; in a browser the page offers file
 * inputs (a folder picker, a files picker, a graph JSON picker) and drag-and-drop, then uploads.
 */
import type { Controller } from './controller';
import type { GraphState } from '../../electron/ipc/contract';
import { h } from '../ui/dom';

/** Matches the contract's per-file ceiling (~50 MB decoded): larger files are left out with a note. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 5000;

export async function fileToBase64(file: Blob): Promise<string> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

/** Which picked files to send: no hidden/system files, nothing over the size ceiling. */
export function selectUploads(files: readonly File[]): { send: File[]; skipped: string[] } {
  const send: File[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const name = relativeName(file);
    if (name.split('/').some((part) => part.startsWith('.'))) continue;
    if (file.size > MAX_UPLOAD_BYTES) skipped.push(`${name} (larger than 50 MB)`);
    else if (send.length >= MAX_UPLOAD_FILES) skipped.push(name);
    else send.push(file);
  }
  return { send, skipped };
}

const relativeName = (file: File) =>
  (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;

export interface FileOpeners {
  openCorpus(): void;
  importFiles(): void;
  openGraph(): void;
  /** Hidden inputs to mount in the page (browser mode). */
  inputs: HTMLElement[];
}

export function createFileOpeners(ctl: Controller): FileOpeners {
  const { api, actions } = ctl;
  const apply = async (call: () => Promise<GraphState>, what: string) => {
    try {
      actions.applyGraphState(await call());
    } catch (error) {
      actions.notify(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const upload = async (files: File[]) => {
    const { send, skipped } = selectUploads(files);
    if (send.length === 0) {
      actions.notify(
        skipped.length ? `No file could be sent: ${skipped.join(', ')}.` : 'No files were chosen.',
      );
      return;
    }
    if (send.length === 1 && /\.json$/i.test(send[0].name)) {
      await apply(async () => api.importGraph(await send[0].text()), 'Opening the graph');
      return;
    }
    actions.notify(`Uploading ${send.length} file${send.length === 1 ? '' : 's'}…`);
    const payload = await Promise.all(
      send.map(async (f) => ({ name: relativeName(f), data: await fileToBase64(f) })),
    );
    await apply(() => api.importFiles(payload), 'Importing the files');
    if (skipped.length)
      actions.notify(
        `Left out ${skipped.length} file${skipped.length === 1 ? '' : 's'}: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? '…' : ''}`,
      );
  };

  const input = (
    attrs: Record<string, string | boolean>,
    label: string,
    onFiles: (files: File[]) => void,
  ) => {
    const el = h('input', {
      class: 'sr-only',
      attrs: { type: 'file', tabindex: -1, 'aria-label': label, ...attrs },
    });
    el.addEventListener('change', () => {
      const files = [...(el.files ?? [])];
      el.value = '';
      if (files.length) onFiles(files);
    });
    return el;
  };
  const folderInput = input(
    { webkitdirectory: true, multiple: true, id: 'import-folder' },
    'Import a folder',
    (f) => void upload(f),
  );
  const filesInput = input(
    { multiple: true, accept: '.txt,.md,.markdown,.html,.htm,.csv,.json', id: 'import-files' },
    'Import files',
    (f) => void upload(f),
  );
  const graphInput = input(
    { accept: '.json,application/json', id: 'import-graph' },
    'Open a graph file',
    (files) => void apply(async () => api.importGraph(await files[0].text()), 'Opening the graph'),
  );

  // Drag and drop anywhere on the window.
  window.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) {
      e.preventDefault();
      document.body.classList.add('is-dropping');
    }
  });
  window.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) document.body.classList.remove('is-dropping');
  });
  window.addEventListener('drop', (e) => {
    document.body.classList.remove('is-dropping');
    const files = [...(e.dataTransfer?.files ?? [])];
    if (!files.length) return;
    e.preventDefault();
    void upload(files);
  });

  const electron = ctl.mode === 'electron';
  return {
    openCorpus: () =>
      electron ? void apply(() => api.openCorpusDialog(), 'Opening the folder') : folderInput.click(),
    importFiles: () => filesInput.click(),
    openGraph: () =>
      electron ? void apply(() => api.openGraphDialog(), 'Opening the graph') : graphInput.click(),
    inputs: [folderInput, filesInput, graphInput],
  };
}
