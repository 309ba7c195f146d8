/** Resolves request paths to files of the built page, refusing anything outside its folder. */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup =
  | { kind: 'file'; file: string; size: number }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; reason: string };

/**
 * Maps a URL path (`/app.js`, `/` -> `index.html`) to a regular file under `root`. Refuses encoded
 * traversal (`..`, `%2e%2e`), backslashes, NUL bytes, dot-files and symbolic links leading outside `root`.
 */
export async function lookupStaticFile(root: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'forbidden', reason: 'malformed URL encoding' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden', reason: 'bad character' };
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s.startsWith('.')))
    return { kind: 'forbidden', reason: 'path traversal or hidden file' };
  const relative = segments.length ? segments.join('/') : 'index.html';

  let realRoot: string;
  let real: string;
  try {
    realRoot = await fs.realpath(root);
    real = await fs.realpath(path.join(realRoot, relative));
  } catch {
    return { kind: 'not-found' };
  }
  if (real !== realRoot && !real.startsWith(realRoot + path.sep))
    return { kind: 'forbidden', reason: 'outside the page folder' };
  const stat = await fs.stat(real);
  if (!stat.isFile()) return { kind: 'not-found' };
  return { kind: 'file', file: real, size: stat.size };
}
