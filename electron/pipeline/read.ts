/**
 * Stage 1, read: a folder (recursive), one file, or uploaded buffers -> SourceDocuments + diagnostics.
 * Formats: .txt, .md, .html/.htm, .csv (one document per row). Per-file problems (binary, too large,
 * unreadable, empty, bad encoding) become diagnostics and the rest of the corpus is still read; only a
 * missing input (CorpusNotFoundError) or nothing readable at all (EmptyCorpusError) throws.
 *
 * Memory is bounded per file: sizes are checked with stat before any byte is read, binary files are
 * recognised from their first KB, and at most a few files are in memory at once.
 */
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, SourceDocument } from './types';
import { SNIFF_BYTES, sniff } from './read/decode';
import { documentsFromFile, type FileInput, type FileResult } from './read/documents';
import { CorpusNotFoundError, EmptyCorpusError } from './read/errors';
import { MANIFEST_NAME, parseManifest, type Manifest } from './read/metadata';
import { formatOf, listCorpus, SUPPORTED_EXTENSIONS, type CorpusFile } from './read/walk';

export { CorpusNotFoundError, EmptyCorpusError };

export interface ReadOptions {
  /** Files larger than this are skipped with an error diagnostic, without being read (default 20 MB). */
  maxFileBytes?: number;
}

export interface ReadResult {
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Files read at the same time: enough to overlap I/O, few enough to bound memory. */
const CONCURRENCY = 4;

/** Reads a corpus folder (recursively) or a single file. */
export async function readCorpus(input: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const target = path.resolve(input);
  const stat = await fs.stat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new CorpusNotFoundError(input);
    throw new EmptyCorpusError(
      `Cannot open "${input}" (${error.code ?? error.message}); check its permissions.`,
    );
  });

  let root: string;
  let files: CorpusFile[];
  const diagnostics: Diagnostic[] = [];
  let unsupported = 0;
  if (stat.isDirectory()) {
    root = target;
    const listing = await listCorpus(root);
    files = listing.files;
    for (const d of listing.diagnostics) diagnostics.push(d);
    unsupported = listing.unsupported;
  } else if (stat.isFile()) {
    root = path.dirname(target);
    const format = formatOf(target);
    if (!format) throw new EmptyCorpusError(unsupportedMessage(path.basename(target)));
    files = [{ absolute: target, relative: path.basename(target), format }];
  } else {
    throw new EmptyCorpusError(`"${input}" is neither a folder nor a regular file.`);
  }

  const manifest = await loadManifest(root, diagnostics);
  const results = await mapLimit(files, CONCURRENCY, (file) => readOne(file, maxBytes, manifest));
  return finish(results, diagnostics, () => emptyFolderMessage(target, files.length, unsupported));
}

/**
 * Reads files uploaded in the app (name + bytes), through the same decoding and validation as files on
 * disk. A `manifest.json` among them is used as the corpus manifest.
 */
export async function readBuffers(
  files: ReadonlyArray<{ name: string; data: Buffer }>,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const diagnostics: Diagnostic[] = [];
  const manifestFile = files.find((f) => uploadId(f.name) === MANIFEST_NAME);
  const manifest = manifestFile ? manifestFrom(manifestFile.data.toString('utf8'), diagnostics) : new Map();
  const seen = new Set<string>();
  const results: FileResult[] = [];
  for (const file of files) {
    if (file === manifestFile) continue;
    const id = uniqueId(uploadId(file.name), seen);
    const format = formatOf(id);
    if (!format) {
      results.push(failed(id, 'unsupported-format', unsupportedMessage(id)));
    } else if (file.data.length > maxBytes) {
      results.push(tooLarge(id, file.data.length, maxBytes));
    } else {
      results.push(documentsFromFile({ id, path: file.name, format, bytes: file.data }, manifest));
    }
  }
  return finish(results, diagnostics, () => 'No files were uploaded.');
}

async function readOne(file: CorpusFile, maxBytes: number, manifest: Manifest): Promise<FileResult> {
  const id = file.relative;
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(file.absolute, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return tooLarge(id, size, maxBytes);
    const bytes = await readBounded(handle, size, maxBytes);
    if (!bytes) return tooLarge(id, maxBytes + 1, maxBytes);
    const input: FileInput = { id, path: file.absolute, format: file.format, bytes };
    return documentsFromFile(input, manifest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (error as Error).message);
    return failed(
      id,
      'unreadable-file',
      `This file cannot be read (${why}) and was skipped; check its permissions.`,
    );
  } finally {
    await handle?.close();
  }
}

/**
 * Reads at most `maxBytes` (the file may have grown since stat). The first KB is sniffed before the
 * rest is read, so a large binary file costs one small read. Returns undefined when over the limit.
 */
async function readBounded(
  handle: FileHandle,
  size: number,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const head = Buffer.alloc(Math.min(SNIFF_BYTES, maxBytes + 1));
  const { bytesRead: headRead } = await handle.read(head, 0, head.length, 0);
  if (sniff(head.subarray(0, headRead)).binary) return head.subarray(0, headRead);
  const chunks: Buffer[] = [head.subarray(0, headRead)];
  let total = headRead;
  let position = headRead;
  const chunkSize = Math.max(64 * 1024, Math.min(size, maxBytes) - headRead + 1);
  for (;;) {
    const chunk = Buffer.alloc(Math.min(chunkSize, maxBytes + 1 - total));
    if (chunk.length === 0) return undefined;
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    position += bytesRead;
    if (total > maxBytes) return undefined;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

async function loadManifest(root: string, diagnostics: Diagnostic[]): Promise<Manifest> {
  const file = path.join(root, MANIFEST_NAME);
  let raw: string;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile() || stat.size > DEFAULT_MAX_FILE_BYTES) return new Map();
    raw = await fs.readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  return manifestFrom(raw, diagnostics);
}

function manifestFrom(raw: string, diagnostics: Diagnostic[]): Manifest {
  const parsed = parseManifest(raw, MANIFEST_NAME);
  diagnostics.push(...parsed.diagnostics);
  return parsed.manifest;
}

function finish(results: FileResult[], diagnostics: Diagnostic[], whyEmpty: () => string): ReadResult {
  const documents = results.flatMap((r) => r.documents);
  // Loops, not push(...all): a spread of a huge corpus's diagnostics would overflow the call stack.
  for (const result of results) for (const d of result.diagnostics) diagnostics.push(d);
  if (documents.length === 0) {
    const skippedFiles = diagnostics.filter((d) => d.file && d.code !== 'invalid-manifest');
    const message =
      skippedFiles.length > 0
        ? `No readable document: all ${new Set(skippedFiles.map((d) => d.file)).size} file(s) were skipped: ${summarise(skippedFiles)}.`
        : whyEmpty();
    throw new EmptyCorpusError(message, diagnostics);
  }
  return { documents, diagnostics };
}

function summarise(diagnostics: Diagnostic[]): string {
  const shown = diagnostics.slice(0, 5).map((d) => `${d.file} (${d.code})`);
  const more = diagnostics.length > 5 ? `, and ${diagnostics.length - 5} more` : '';
  return shown.join(', ') + more;
}

function emptyFolderMessage(dir: string, files: number, unsupported: number): string {
  const types = SUPPORTED_EXTENSIONS.join(', ');
  const extra = unsupported > 0 ? ` (${unsupported} file(s) of other types were ignored)` : '';
  return files === 0 ? `No ${types} files found in ${dir}${extra}.` : `No readable document in ${dir}.`;
}

function unsupportedMessage(name: string): string {
  return `"${name}" is not a supported file type; Plexus reads ${SUPPORTED_EXTENSIONS.join(', ')} files.`;
}

function tooLarge(file: string, size: number, maxBytes: number): FileResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return failed(
    file,
    'file-too-large',
    `This file is larger than the ${mb(maxBytes)} limit (${size > maxBytes ? mb(size) : 'grew while reading'}) and was skipped; split it or raise the limit.`,
  );
}

function failed(file: string, code: string, message: string): FileResult {
  return { documents: [], diagnostics: [{ severity: 'error', code, message, file }] };
}

/** An uploaded name as a safe, `/`-separated relative id (no leading slash, no `..` segments). */
function uploadId(name: string): string {
  const parts = name
    .replace(/\\/g, '/')
    .split('/')
    // eslint-disable-next-line no-control-regex -- stripping control characters from names is the point
    .map((p) => p.replace(/[\u0000-\u001f\u007f]/g, '').trim())
    .filter((p) => p && p !== '.' && p !== '..');
  return parts.join('/') || 'unnamed.txt';
}

/** Two uploads with the same name keep both: the second becomes `name (2).ext`. */
function uniqueId(id: string, seen: Set<string>): string {
  let candidate = id;
  for (let n = 2; seen.has(candidate); n++) {
    const ext = path.posix.extname(id);
    candidate = `${id.slice(0, id.length - ext.length)} (${n})${ext}`;
  }
  seen.add(candidate);
  return candidate;
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
