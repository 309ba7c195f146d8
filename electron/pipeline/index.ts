/**
 * The extraction pipeline, in order. Each stage lives in its own module; this file is the one list that
 * wires them (compromise-style tiers):
 *
 *   read -> clean -> segment -> mentions      (per document)
 *   resolve -> relations -> events            (whole corpus, mutate a CorpusState)
 *   build graph -> analytics                  (graphology)
 *
 * Electron-free: used by the CLI, the browser-mode server, the Electron worker and the tests.
 */
import type Graph from 'graphology';
import { performance } from 'node:perf_hooks';
import { readCorpus, type ReadOptions } from './read';
import { cleanDocument } from './clean';
import { segmentDocument } from './segment';
import { findMentions } from './mentions';
import { resolveEntities } from './resolve';
import { extractRelations } from './relations';
import { linkEvents } from './events';
import { buildGraph } from '../graph/build';
import { assignMetrics } from '../graph/analytics';
import type { AnnotatedDocument, Diagnostic, Entity, RelationInstance, SourceDocument } from './types';

export interface CorpusState {
  documents: AnnotatedDocument[];
  entities: Entity[];
  relations: RelationInstance[];
  diagnostics: Diagnostic[];
}

/** Corpus-level stages, run in this order on one shared state. */
export const CORPUS_STAGES: ReadonlyArray<{ name: string; run: (state: CorpusState) => void }> = [
  { name: 'resolve', run: resolveEntities },
  { name: 'relations', run: extractRelations },
  { name: 'events', run: linkEvents },
];

export interface ExtractionStats {
  documents: number;
  words: number;
  nodes: number;
  edges: number;
  seconds: number;
}

export interface ExtractionResult extends CorpusState {
  graph: Graph;
  stats: ExtractionStats;
  /** Milliseconds spent in each stage, for benchmarks. */
  timings: Record<string, number>;
}

export type ExtractOptions = ReadOptions;

/** Reads a folder or file and extracts its knowledge graph. Per-file problems become diagnostics. */
export async function extractFromPath(
  input: string,
  options: ExtractOptions = {},
): Promise<ExtractionResult> {
  const t0 = performance.now();
  const { documents, diagnostics } = await readCorpus(input, options);
  const result = extractFromDocuments(documents);
  result.diagnostics.unshift(...diagnostics);
  result.timings.read = performance.now() - t0 - sumTimings(result.timings);
  result.stats.seconds = (performance.now() - t0) / 1000;
  return result;
}

/** Runs every stage after reading on documents already in memory. */
export function extractFromDocuments(sources: readonly SourceDocument[]): ExtractionResult {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const timed = <T>(name: string, fn: () => T): T => {
    const t = performance.now();
    const value = fn();
    timings[name] = (timings[name] ?? 0) + performance.now() - t;
    return value;
  };

  const documents = sources.map((source) => {
    const cleaned = timed('clean', () => cleanDocument(source));
    const segmented = timed('segment', () => segmentDocument(cleaned));
    return timed('mentions', () => findMentions(segmented));
  });

  const state: CorpusState = { documents, entities: [], relations: [], diagnostics: [] };
  for (const stage of CORPUS_STAGES) timed(stage.name, () => stage.run(state));

  const graph = timed('graph', () => buildGraph(state));
  timed('analytics', () => assignMetrics(graph));

  const words = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
  return {
    ...state,
    graph,
    timings,
    stats: {
      documents: documents.length,
      words,
      nodes: graph.order,
      edges: graph.size,
      seconds: (performance.now() - t0) / 1000,
    },
  };
}

function sumTimings(timings: Record<string, number>): number {
  return Object.values(timings).reduce((a, b) => a + b, 0);
}
