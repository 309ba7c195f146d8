/**
 * Graph JSON: graphology's own serialization with the contract's attributes (`../schema.ts`).
 * Export writes it; import treats the text as untrusted: size limits, JSON syntax, the zod schema, then the
 * graph's own consistency (unique keys, edge ends exist, evidence offsets inside the included texts).
 */
import Graph from 'graphology';
import type { SerializedGraph as GraphologySerialized } from 'graphology-types';
import { serializedGraphSchema, type SerializedGraph } from '../schema';
import { GraphFormatError, GraphTooLargeError } from './errors';
import { inducedSubgraph } from './subgraph';
import { documentTexts } from './texts';

/** Same ceiling as the IPC contract's `importGraph` argument. */
export const MAX_GRAPH_TEXT_CHARS = 500_000_000;
export const MAX_NODES = 1_000_000;
export const MAX_EDGES = 5_000_000;
/** How many problems an error message lists before "and N more". */
const MAX_LISTED_ISSUES = 5;

export interface ExportJsonOptions {
  /** Only these nodes and the edges between them (a filtered view). */
  nodes?: Iterable<string>;
  /** Embed each document's full text in `corpus[].text` (from the build, or a loaded file that had it). */
  includeText?: boolean;
  /** Indent the output for humans and diffs. */
  pretty?: boolean;
}

/** The contract's serialized form of a graph, optionally restricted and with texts. */
export function serializeGraph(graph: Graph, options: ExportJsonOptions = {}): SerializedGraph {
  const texts = options.includeText ? documentTexts(graph) : undefined;
  const data = inducedSubgraph(graph, options.nodes).export() as unknown as SerializedGraph;
  const corpus = Array.isArray(data.attributes?.corpus) ? data.attributes.corpus : [];
  data.attributes = {
    ...data.attributes,
    corpus: corpus.map((doc) => {
      const { text: _text, ...rest } = doc;
      const text = texts?.get(doc.id);
      return text === undefined ? rest : { ...rest, text };
    }),
  };
  return data;
}

export function exportGraphJson(graph: Graph, options: ExportJsonOptions = {}): string {
  return JSON.stringify(serializeGraph(graph, options), null, options.pretty ? 2 : undefined);
}

/** Parses and validates a saved graph JSON; throws `GraphFormatError` (or `GraphTooLargeError`). */
export function importGraphJson(text: string): Graph {
  if (typeof text !== 'string') throw new GraphFormatError('A graph file must be text');
  if (text.length > MAX_GRAPH_TEXT_CHARS)
    throw new GraphTooLargeError(
      `This graph file is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_GRAPH_TEXT_CHARS.toLocaleString('en')}`,
    );
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GraphFormatError('This file is not valid JSON', [(error as Error).message]);
  }
  return graphFromSerialized(data);
}

/** Validates already-parsed data against the contract and builds the graph. */
export function graphFromSerialized(data: unknown): Graph {
  checkCounts(data);
  const parsed = serializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    throw new GraphFormatError('This is not a Plexus graph', listed(issues));
  }
  const graphData = parsed.data;
  const problems = consistencyProblems(graphData);
  if (problems.length) throw new GraphFormatError('This graph is inconsistent', listed(problems));

  const hasUndirected = graphData.edges.some((e) => e.undirected);
  const hasSelfLoops = graphData.edges.some((e) => e.source === e.target);
  const graph = new Graph({
    multi: true,
    type: hasUndirected ? 'mixed' : 'directed',
    allowSelfLoops: hasSelfLoops,
  });
  try {
    graph.import({ ...graphData, options: undefined } as unknown as GraphologySerialized);
  } catch (error) {
    throw new GraphFormatError('This graph could not be loaded', [(error as Error).message]);
  }
  return graph;
}

/** Rejects absurd sizes before the (comparatively slow) schema validation walks everything. */
function checkCounts(data: unknown): void {
  if (!data || typeof data !== 'object') return;
  const { nodes, edges } = data as { nodes?: unknown; edges?: unknown };
  if (Array.isArray(nodes) && nodes.length > MAX_NODES)
    throw new GraphTooLargeError(`This graph has ${nodes.length} nodes; the limit is ${MAX_NODES}`);
  if (Array.isArray(edges) && edges.length > MAX_EDGES)
    throw new GraphTooLargeError(`This graph has ${edges.length} edges; the limit is ${MAX_EDGES}`);
}

function consistencyProblems(data: SerializedGraph): string[] {
  const problems: string[] = [];
  const nodes = new Set<string>();
  data.nodes.forEach((n, i) => {
    if (nodes.has(n.key)) problems.push(`nodes[${i}].key: duplicate node "${n.key}"`);
    nodes.add(n.key);
  });
  const texts = new Map<string, string>();
  for (const doc of data.attributes.corpus) if (doc.text !== undefined) texts.set(doc.id, doc.text);
  const edgeKeys = new Set<string>();
  data.edges.forEach((e, i) => {
    if (e.key !== undefined) {
      if (edgeKeys.has(e.key)) problems.push(`edges[${i}].key: duplicate edge "${e.key}"`);
      edgeKeys.add(e.key);
    }
    if (!nodes.has(e.source)) problems.push(`edges[${i}].source: no node "${e.source}"`);
    if (!nodes.has(e.target)) problems.push(`edges[${i}].target: no node "${e.target}"`);
    (e.attributes.evidence ?? []).forEach((ev, j) => {
      const where = `edges[${i}].attributes.evidence[${j}]`;
      if (ev.end < ev.start) problems.push(`${where}: end ${ev.end} is before start ${ev.start}`);
      const text = texts.get(ev.doc);
      if (text !== undefined && text.slice(ev.start, ev.end) !== ev.sentence)
        problems.push(`${where}: the sentence is not at offsets ${ev.start}-${ev.end} of "${ev.doc}"`);
    });
  });
  return problems;
}

function listed(issues: string[]): string[] {
  if (issues.length <= MAX_LISTED_ISSUES) return issues;
  return [...issues.slice(0, MAX_LISTED_ISSUES), `and ${issues.length - MAX_LISTED_ISSUES} more`];
}

/** `["edges", 3, "attributes", "relation"]` -> `edges[3].attributes.relation`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}
