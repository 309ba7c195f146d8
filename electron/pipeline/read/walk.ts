/**
 * Lists a corpus folder recursively: supported files only, hidden entries skipped, symlinks followed
 * once (a loop back to a folder already visited is ignored), unreadable folders reported.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SourceDocument } from '../types';
import { MANIFEST_NAME } from './metadata';

export type Format = SourceDocument['format'];

const FORMATS: Record<string, Format> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.csv': 'csv',
};

export const SUPPORTED_EXTENSIONS = Object.keys(FORMATS);

export function formatOf(name: string): Format | undefined {
  return FORMATS[path.extname(name).toLowerCase()];
}

export interface CorpusFile {
  absolute: string;
  /** Relative to the corpus folder, `/`-separated: the document id. */
  relative: string;
  format: Format;
}

export interface Listing {
  files: CorpusFile[];
  diagnostics: Diagnostic[];
  /** Files passed over because of their extension, for the "nothing to read" message. */
  unsupported: number;
}

export async function listCorpus(root: string): Promise<Listing> {
  const listing: Listing = { files: [], diagnostics: [], unsupported: 0 };
  const visited = new Set<string>();
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    const real = await fs.realpath(dir).catch(() => dir);
    if (visited.has(real)) continue;
    visited.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      listing.diagnostics.push(unreadableFolder(root, dir, error));
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const kind = await entryKind(entry, full);
      if (kind === 'dir') pending.push(full);
      else if (kind === 'file') addFile(listing, root, full);
      else if (kind === 'special' && formatOf(entry.name)) {
        listing.diagnostics.push({
          severity: 'warning',
          code: 'not-a-file',
          message: 'This is not a regular file (a device, pipe or socket) and was skipped.',
          file: relativeId(root, full),
        });
      }
    }
  }
  listing.files.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
  return listing;
}

/**
 * Files that describe a folder rather than being part of the corpus (a dataset's LICENSE.md, ATTRIBUTION, a README):
 * skipped in folders, with a note, but read when given explicitly.
 */
const FOLDER_METADATA =
  /^(license|licence|copying|readme|changelog|changes|contributing|notice|authors|attribution)(\.[a-z]+)?$/i;

function addFile(listing: Listing, root: string, full: string): void {
  const relative = relativeId(root, full);
  if (relative === MANIFEST_NAME) return;
  const format = formatOf(full);
  if (!format) {
    listing.unsupported++;
    return;
  }
  if (FOLDER_METADATA.test(path.basename(full))) {
    listing.diagnostics.push({
      severity: 'info',
      code: 'folder-metadata-skipped',
      message:
        'This looks like a licence or readme file, not an article, so it was not read; open it directly to include it.',
      file: relative,
    });
    return;
  }
  listing.files.push({ absolute: full, relative, format });
}

async function entryKind(
  entry: { isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean },
  full: string,
): Promise<'dir' | 'file' | 'special' | 'broken'> {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'special';
  try {
    const target = await fs.stat(full);
    return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'special';
  } catch {
    // Dangling link or a link loop (ELOOP): nothing to read there.
    return 'broken';
  }
}

function unreadableFolder(root: string, dir: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    severity: 'error',
    code: 'unreadable-folder',
    message:
      code === 'EACCES' || code === 'EPERM'
        ? 'This folder cannot be opened (permission denied); its files were skipped.'
        : `This folder cannot be listed (${code ?? 'unknown error'}); its files were skipped.`,
    file: relativeId(root, dir) || '.',
  };
}

export function relativeId(root: string, full: string): string {
  return path.relative(root, full).split(path.sep).join('/');
}
