/**
 * GraphML (yEd, Cytoscape desktop, NetworkX, igraph). graphology-graphml only parses, so the writer is
 * here: a flat document of typed `<key>` declarations and `<data>` values, nothing to stream or nest.
 * Arrays and objects travel as JSON strings; a `plexusjson` graph data value names them for the import.
 */
import Graph, { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { flattenAttributes, parseFlattenedKeys, restoreAttributes, xmlSafe, type Scalar } from './attributes';
import { GraphFormatError, GraphTooLargeError } from './errors';
import { graphFromSerialized, MAX_GRAPH_TEXT_CHARS } from './json';
import { inducedSubgraph } from './subgraph';

const FLATTENED_KEYS_DATA = 'plexusjson';
type Domain = 'graph' | 'node' | 'edge';
type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

export interface ExportGraphmlOptions {
  nodes?: Iterable<string>;
}

export function exportGraphml(graph: Graph, options: ExportGraphmlOptions = {}): string {
  const source = inducedSubgraph(graph, options.nodes);
  const json = { graph: new Set<string>(), node: new Set<string>(), edge: new Set<string>() };
  const graphData = flattenAttributes(source.getAttributes(), json.graph, xmlSafe);
  const nodes: Array<[string, Record<string, Scalar>]> = [];
  source.forEachNode((node, a) => nodes.push([node, flattenAttributes(a, json.node, xmlSafe)]));
  const edges: Array<{
    key: string;
    source: string;
    target: string;
    undirected: boolean;
    data: Record<string, Scalar>;
  }> = [];
  source.forEachEdge((key, a, s, t, _sa, _ta, undirected) =>
    edges.push({ key, source: s, target: t, undirected, data: flattenAttributes(a, json.edge, xmlSafe) }),
  );
  graphData[FLATTENED_KEYS_DATA] = JSON.stringify({
    graph: [...json.graph],
    node: [...json.node],
    edge: [...json.edge],
  });

  const keys = {
    graph: declareKeys([graphData]),
    node: declareKeys(nodes.map(([, d]) => d)),
    edge: declareKeys(edges.map((e) => e.data)),
  };
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const domain of ['graph', 'node', 'edge'] as const) {
    for (const [name, type] of keys[domain])
      out.push(
        `  <key id="${attr(keyId(domain, name))}" for="${domain}" attr.name="${attr(name)}" attr.type="${type}"/>`,
      );
  }
  out.push(`  <graph id="G" edgedefault="directed">`);
  out.push(...dataLines('graph', graphData, '    '));
  for (const [node, data] of nodes) {
    out.push(`    <node id="${attr(xmlSafe(node))}">`, ...dataLines('node', data, '      '), '    </node>');
  }
  for (const e of edges) {
    const direction = e.undirected ? ' directed="false"' : '';
    out.push(
      `    <edge id="${attr(xmlSafe(e.key))}" source="${attr(xmlSafe(e.source))}" target="${attr(xmlSafe(e.target))}"${direction}>`,
      ...dataLines('edge', e.data, '      '),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}

/** Reads a GraphML file written by `exportGraphml` and validates it like a graph JSON. */
export function importGraphml(text: string): Graph {
  if (typeof text !== 'string') throw new GraphFormatError('A graph file must be text');
  if (text.length > MAX_GRAPH_TEXT_CHARS)
    throw new GraphTooLargeError(
      `This GraphML file is ${text.length} characters long; the limit is ${MAX_GRAPH_TEXT_CHARS}`,
    );
  let parsed: Graph;
  try {
    parsed = parse(MultiGraph, text);
  } catch (error) {
    throw new GraphFormatError('This file is not valid GraphML', [(error as Error).message]);
  }
  const attributes = parsed.getAttributes() as Record<string, unknown>;
  const keys = parseFlattenedKeys(attributes[FLATTENED_KEYS_DATA]);
  delete attributes[FLATTENED_KEYS_DATA];
  delete attributes.id;
  restoreAttributes(attributes, keys.graph);
  const data = parsed.export();
  data.attributes = attributes;
  for (const node of data.nodes) restoreAttributes(node.attributes ?? {}, keys.node);
  for (const edge of data.edges) {
    restoreAttributes((edge.attributes ??= {}), keys.edge);
    if (!edge.undirected) delete edge.undirected;
  }
  return graphFromSerialized(data);
}

/** One GraphML type per attribute name: the narrowest that fits every value seen. */
function declareKeys(records: ReadonlyArray<Record<string, Scalar>>): Map<string, GraphmlType> {
  const types = new Map<string, GraphmlType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record))
      types.set(name, widen(types.get(name), typeOf(value)));
  }
  return types;
}

function typeOf(value: Scalar): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string';
}

function widen(current: GraphmlType | undefined, next: GraphmlType): GraphmlType {
  if (!current || current === next) return next;
  const numeric = new Set<GraphmlType>(['long', 'double']);
  if (numeric.has(current) && numeric.has(next)) return 'double';
  return 'string';
}

function dataLines(domain: Domain, data: Record<string, Scalar>, indent: string): string[] {
  return Object.entries(data).map(
    ([name, value]) => `${indent}<data key="${attr(keyId(domain, name))}">${text(String(value))}</data>`,
  );
}

/** Key ids are XML ids: a prefix per domain and the name with unsafe characters replaced. */
function keyId(domain: Domain, name: string): string {
  return `${domain[0]}_${xmlSafe(name)}`;
}

function attr(value: string): string {
  return text(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}
