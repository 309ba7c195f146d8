/**
 * One extraction job, run in the worker thread (or in-process in tests): read a folder or uploaded files,
 * run the pipeline, and return plain data that survives `postMessage` (no graphology instance, no class).
 * Electron-free.
 */
import path from 'node:path';
import { extractFromDocuments, extractFromPath, type ExtractionResult } from '../pipeline/index';
import * as read from '../pipeline/read';
import type { BuildStats, DocumentView } from '../ipc/contract';
import { serializeGraph } from '../graph/io/index';
import type { SerializedGraph } from '../graph/schema';
import type { Diagnostic, SourceDocument } from '../pipeline/types';

export type ExtractionJob =
  { kind: 'folder'; path: string } | { kind: 'files'; files: Array<{ name: string; data: Uint8Array }> };

export interface ExtractionOutcome {
  graph: SerializedGraph;
  stats: BuildStats;
  diagnostics: Diagnostic[];
  documents: DocumentView[];
}

export async function runExtractionJob(job: ExtractionJob): Promise<ExtractionOutcome> {
  const result = job.kind === 'folder' ? await extractFromPath(job.path) : await extractFromFiles(job.files);
  return toOutcome(result);
}

type ReadBuffers = (
  files: Array<{ name: string; data: Buffer }>,
) => Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }>;

async function extractFromFiles(files: Array<{ name: string; data: Uint8Array }>): Promise<ExtractionResult> {
  // `readBuffers` is being added to the reader by the ingest work; until it lands, plain UTF-8 text files.
  const readBuffers = (read as unknown as { readBuffers?: ReadBuffers }).readBuffers ?? readTextBuffers;
  // Bytes arrive from postMessage as plain Uint8Arrays; the reader wants Buffers (same memory, no copy).
  const buffers = files.map((f) => ({
    name: f.name,
    data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength),
  }));
  const { documents, diagnostics } = await readBuffers(buffers);
  const result = extractFromDocuments(documents);
  result.diagnostics.unshift(...diagnostics);
  return result;
}

/** INTERIM fallback for `readBuffers`: .txt/.md files decoded as UTF-8, anything else skipped with a reason. */
async function readTextBuffers(
  files: Array<{ name: string; data: Buffer }>,
): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  const documents: SourceDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const ext = path.extname(file.name).toLowerCase();
    if (ext !== '.txt' && ext !== '.md') {
      diagnostics.push({
        severity: 'warning',
        code: 'unsupported-format',
        message: `Skipped ${file.name}: only .txt and .md files can be read.`,
        file: file.name,
      });
      continue;
    }
    if (file.data.includes(0)) {
      diagnostics.push({
        severity: 'error',
        code: 'binary-file',
        message: `Skipped ${file.name}: it looks like a binary file, not text.`,
        file: file.name,
      });
      continue;
    }
    const text = new TextDecoder('utf-8').decode(file.data);
    documents.push({ id: file.name, path: file.name, format: ext === '.md' ? 'md' : 'txt', text });
  }
  return { documents, diagnostics };
}

function toOutcome(result: ExtractionResult): ExtractionOutcome {
  const documents: DocumentView[] = result.documents.map((doc) => ({
    id: doc.id,
    title: doc.title,
    date: doc.date,
    source: doc.source,
    url: doc.url,
    text: doc.text,
    mentions: doc.mentions
      .filter((m) => m.entity !== undefined)
      .map((m) => ({ start: m.start, end: m.end, entity: m.entity as string, type: m.type })),
  }));
  const { documents: count, words, nodes, edges, seconds } = result.stats;
  return {
    graph: serializeGraph(result.graph),
    stats: { documents: count, words, nodes, edges, seconds },
    diagnostics: result.diagnostics,
    documents,
  };
}
