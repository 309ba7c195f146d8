// INTERIM (replaced by the ingest work): reads .txt/.md files only, recursively.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, SourceDocument } from './types';

export interface ReadOptions {
  /** Files larger than this are skipped with an error diagnostic. */
  maxFileBytes?: number;
}

export async function readCorpus(
  input: string,
  _options: ReadOptions = {},
): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  const root = path.resolve(input);
  const stat = await fs.stat(root);
  const files = stat.isDirectory() ? await listFiles(root) : [root];
  const base = stat.isDirectory() ? root : path.dirname(root);
  const documents: SourceDocument[] = [];
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    documents.push({
      id: path.relative(base, file).split(path.sep).join('/'),
      path: file,
      format: 'txt',
      text,
    });
  }
  return { documents, diagnostics: [] };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (/\.(txt|md)$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}
