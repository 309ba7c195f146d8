/**
 * One extraction job, run in the worker thread (or in-process in tests): read a folder or uploaded files,
 * run the pipeline, and return plain data that survives `postMessage` (no graphology instance, no class).
 * Electron-free.
 */
import { extractFromDocuments, extractFromPath, type ExtractionResult } from '../pipeline/index';
import { readBuffers } from '../pipeline/read';
import type { BuildStats, DocumentView } from '../ipc/contract';
import { serializeGraph } from '../graph/io/index';
import type { SerializedGraph } from '../graph/schema';
import type { Diagnostic } from '../pipeline/types';

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

async function extractFromFiles(files: Array<{ name: string; data: Uint8Array }>): Promise<ExtractionResult> {
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
    removed: doc.removed.map(({ start, end, reason }) => ({ start, end, reason })),
  }));
  const { documents: count, words, nodes, edges, seconds } = result.stats;
  return {
    graph: serializeGraph(result.graph),
    stats: { documents: count, words, nodes, edges, seconds },
    diagnostics: result.diagnostics,
    documents,
  };
}
