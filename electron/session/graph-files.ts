/**
 * The session's one door to graph import/export (`electron/graph/io/`), so the rest of the shell does not
 * care which module does the work.
 */
import Graph from 'graphology';
import type { SerializedGraph as GraphologySerialized } from 'graphology-types';
import {
  exportGraph,
  importGraphJson,
  rememberDocumentTexts,
  serializeGraph,
  GraphFormatError,
} from '../graph/io/index';
import type { SerializedGraph } from '../graph/schema';
import type { DocumentView, ExportFormat, ExportedFile } from '../ipc/contract';

export { importGraphJson, serializeGraph, GraphFormatError };

/**
 * Rebuilds the graph the worker serialised. That data is ours (not user input), so it skips the schema
 * walk that `importGraphJson` does on saved files.
 */
export function graphFromWorker(data: SerializedGraph, documents: readonly DocumentView[]): Graph {
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  graph.import({ ...data, options: undefined } as unknown as GraphologySerialized);
  rememberDocumentTexts(graph, documents);
  return graph;
}

/** A saved JSON keeps the articles' texts, so evidence stays readable when the graph is reopened. */
export function exportGraphFiles(graph: Graph, format: ExportFormat, nodes?: string[]): ExportedFile[] {
  return exportGraph(graph, format, { nodes, includeText: format === 'json' });
}
