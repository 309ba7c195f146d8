/**
 * Graph import/export: one entry point per format, and `exportGraph` returning ready-to-save files for the
 * IPC `exportGraph` call (the browser-mode server and Electron main share it).
 */
import type Graph from 'graphology';
import type { ExportedFile, ExportFormat } from '../../ipc/contract';
import { exportCsv } from './csv';
import { exportGexf } from './gexf';
import { exportGraphml } from './graphml';
import { exportGraphJson } from './json';

export { GraphFormatError, GraphTooLargeError } from './errors';
export { exportGraphJson, importGraphJson, graphFromSerialized, serializeGraph } from './json';
export { exportGexf, importGexf } from './gexf';
export { exportGraphml, importGraphml } from './graphml';
export { exportCsv, csvCell } from './csv';
export { inducedSubgraph } from './subgraph';
export { documentTexts, rememberDocumentTexts } from './texts';

export interface ExportOptions {
  /** Only these nodes and the edges between them (the filtered view). */
  nodes?: Iterable<string>;
  /** JSON only: embed the documents' texts. */
  includeText?: boolean;
  /** File names start with this (default `plexus-graph`). */
  basename?: string;
}

export function exportGraph(graph: Graph, format: ExportFormat, options: ExportOptions = {}): ExportedFile[] {
  const base = options.basename ?? 'plexus-graph';
  switch (format) {
    case 'json':
      return [
        {
          filename: `${base}.json`,
          mime: 'application/json',
          content: exportGraphJson(graph, {
            nodes: options.nodes,
            includeText: options.includeText,
            pretty: true,
          }),
        },
      ];
    case 'gexf':
      return [
        { filename: `${base}.gexf`, mime: 'application/gexf+xml', content: exportGexf(graph, options) },
      ];
    case 'graphml':
      return [
        {
          filename: `${base}.graphml`,
          mime: 'application/graphml+xml',
          content: exportGraphml(graph, options),
        },
      ];
    case 'csv': {
      const { nodes, edges } = exportCsv(graph, options);
      return [
        { filename: `${base}-nodes.csv`, mime: 'text/csv', content: nodes },
        { filename: `${base}-edges.csv`, mime: 'text/csv', content: edges },
      ];
    }
  }
}
