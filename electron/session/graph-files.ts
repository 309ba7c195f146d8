/**
 * The session's one door to graph import/export, so the rest of the shell does not care which module does
 * the work.
 *
 * INTERIM: the relations work is adding `electron/graph/io/` (exportGraphJson, exportGexf, exportGraphml,
 * exportCsv, importGraphJson with GraphFormatError). Until it lands this file validates with the contract's
 * zod schema and writes JSON and CSV itself; then it becomes a thin re-export.
 */
import Graph from 'graphology';
import type { SerializedGraph as GraphologySerialized } from 'graphology-types';
import { serializedGraphSchema, type SerializedGraph } from '../graph/schema';
import type { ExportFormat, ExportedFile } from '../ipc/contract';

export class GraphFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFormatError';
  }
}

export class UnsupportedExportError extends Error {
  constructor(format: string) {
    super(`Export as ${format} is not available yet.`);
    this.name = 'UnsupportedExportError';
  }
}

/** Parses and validates a saved graph (untrusted text). */
export function importGraphJson(text: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new GraphFormatError(`This file is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = serializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new GraphFormatError(`This is not a Plexus graph: ${first.path.join('.')}: ${first.message}`);
  }
  return graphFromSerialized(parsed.data);
}

/** Rebuilds a graph from the worker's (already trusted) serialization. */
export function graphFromSerialized(data: SerializedGraph): Graph {
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  try {
    graph.import({ ...data, options: undefined } as unknown as GraphologySerialized);
  } catch (error) {
    throw new GraphFormatError(`This graph could not be loaded: ${(error as Error).message}`);
  }
  return graph;
}

/** The contract's JSON of a graph (what `getGraph` sends and `/api/graph` returns). */
export function serializeGraph(graph: Graph): SerializedGraph {
  return graph.export() as unknown as SerializedGraph;
}

export function exportGraphFiles(graph: Graph, format: ExportFormat, nodes?: string[]): ExportedFile[] {
  const view = nodes ? subgraph(graph, nodes) : graph;
  if (format === 'json')
    return [{ filename: 'graph.json', mime: 'application/json', content: JSON.stringify(view.export()) }];
  if (format === 'csv') return csvFiles(view);
  throw new UnsupportedExportError(format);
}

function subgraph(graph: Graph, nodes: string[]): Graph {
  const keep = new Set(nodes.filter((n) => graph.hasNode(n)));
  const sub = graph.nullCopy();
  sub.replaceAttributes(graph.getAttributes());
  for (const node of keep) sub.addNode(node, graph.getNodeAttributes(node));
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addEdgeWithKey(edge, source, target, attributes);
  });
  return sub;
}

function csvFiles(graph: Graph): ExportedFile[] {
  const nodeRows = [['id', 'label', 'type', 'mentions', 'docs']];
  graph.forEachNode((key, a) =>
    nodeRows.push([key, a.label, a.type, String(a.mentions), (a.docs ?? []).join(';')]),
  );
  const edgeRows = [['source', 'target', 'relation', 'modality', 'weight']];
  graph.forEachEdge((_key, a, source, target) =>
    edgeRows.push([source, target, a.relation, a.modality ?? '', String(a.weight)]),
  );
  const csv = (rows: string[][]): string =>
    rows
      .map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(','))
      .join('\r\n');
  return [
    { filename: 'nodes.csv', mime: 'text/csv', content: csv(nodeRows) },
    { filename: 'edges.csv', mime: 'text/csv', content: csv(edgeRows) },
  ];
}
