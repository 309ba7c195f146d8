/**
 * CSV for spreadsheets and Gephi's spreadsheet import: `nodes.csv` (Id, Label, ...) and `edges.csv`
 * (Source, Target, Type, Id, Label, Weight, ...), one row per edge with its evidence sentences.
 *
 * RFC 4180 quoting (CRLF rows; quotes doubled; cells with separators, quotes or line breaks quoted), and a
 * guard against spreadsheet formula injection: a text cell starting with = + - @ (or tab / carriage return,
 * which some spreadsheets skip before evaluating) is prefixed with a single quote. Article text is untrusted:
 * a node label like `=HYPERLINK(...)` must stay text.
 */
import type Graph from 'graphology';
import { inducedSubgraph } from './subgraph';

export interface CsvFiles {
  nodes: string;
  edges: string;
}

export interface ExportCsvOptions {
  nodes?: Iterable<string>;
}

type Cell = string | number | boolean | undefined | null;

const NODE_COLUMNS = [
  'Id',
  'Label',
  'type',
  'aliases',
  'mentions',
  'docs',
  'date',
  'description',
  'degree',
  'weightedDegree',
  'pagerank',
  'betweenness',
  'community',
] as const;

const EDGE_COLUMNS = [
  'Source',
  'Target',
  'Type',
  'Id',
  'Label',
  'Weight',
  'source_label',
  'target_label',
  'relation',
  'modality',
  'evidence',
  'evidence_docs',
] as const;

/** Separator between several values in one cell (aliases, documents, evidence sentences). */
const LIST_SEPARATOR = ' | ';

export function exportCsv(graph: Graph, options: ExportCsvOptions = {}): CsvFiles {
  const view = inducedSubgraph(graph, options.nodes);
  const nodeRows: Cell[][] = [];
  view.forEachNode((node, a) => {
    nodeRows.push([
      node,
      a.label,
      a.type,
      list(a.aliases),
      a.mentions,
      list(a.docs),
      a.date,
      a.description,
      a.degree,
      a.weightedDegree,
      a.pagerank,
      a.betweenness,
      a.community,
    ]);
  });
  const edgeRows: Cell[][] = [];
  view.forEachEdge((edge, a, source, target, sa, ta, undirected) => {
    const evidence: Array<{ doc?: unknown; sentence?: unknown }> = Array.isArray(a.evidence)
      ? a.evidence
      : [];
    edgeRows.push([
      source,
      target,
      undirected || a.symmetric ? 'Undirected' : 'Directed',
      edge,
      a.relation,
      a.weight,
      sa.label,
      ta.label,
      a.relation,
      a.modality,
      evidence.map((e) => String(e.sentence ?? '')).join(LIST_SEPARATOR),
      list([...new Set(evidence.map((e) => String(e.doc ?? '')))]),
    ]);
  });
  return { nodes: toCsv(NODE_COLUMNS, nodeRows), edges: toCsv(EDGE_COLUMNS, edgeRows) };
}

export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One CSV cell: numbers as they are, text neutralised against formulas and quoted when needed. */
export function csvCell(value: Cell): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function list(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(String).join(LIST_SEPARATOR) : undefined;
}
