/**
 * Getting a file to the user: in Electron the main process shows the save dialog and writes it
 * (`saveFile`); in a browser (or if the main side says "unsupported") the page downloads it itself.
 */
import type { PlexusApi, SaveResult } from '../../electron/ipc/contract';
import type { ApiMode } from '../api';
import { isUnsupported } from '../api';

export type SaveOutcome = { kind: 'saved'; path?: string } | { kind: 'downloaded' } | { kind: 'cancelled' };

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  const chunk = 0x8000; // String.fromCharCode has an argument limit
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** Triggers a browser download of a blob (an <a download> click; the object URL is revoked afterwards). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function saveBlob(
  api: PlexusApi,
  mode: ApiMode,
  blob: Blob,
  filename: string,
): Promise<SaveOutcome> {
  if (mode === 'electron') {
    let result: SaveResult;
    try {
      const textual = /^(text\/|application\/(json|xml)|image\/svg)/.test(blob.type);
      result = await api.saveFile({
        suggestedName: filename,
        mime: blob.type || 'application/octet-stream',
        encoding: textual ? 'utf8' : 'base64',
        data: textual ? await blob.text() : await blobToBase64(blob),
      });
    } catch (error) {
      if (!isUnsupported(error)) throw error;
      result = { saved: false, unsupported: true };
    }
    if (result.saved) return { kind: 'saved', path: result.path };
    if (!result.unsupported) return { kind: 'cancelled' };
  }
  downloadBlob(blob, filename);
  return { kind: 'downloaded' };
}
