/**
 * GEXF (Gephi's format) through graphology-gexf. GEXF attributes are scalars, so arrays and objects travel
 * as JSON strings, and graph attributes (corpus, extractor) as `<meta>` elements; a `plexusjson` meta
 * element names the JSON-encoded keys so `importGexf` restores the exact graph.
 */
import Graph, { MultiGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import { EXTRACTOR } from '../build';
import { flattenAttributes, parseFlattenedKeys, restoreAttributes, xmlSafe, type Scalar } from './attributes';
import { GraphFormatError, GraphTooLargeError } from './errors';
import { graphFromSerialized, MAX_GRAPH_TEXT_CHARS } from './json';
import { inducedSubgraph } from './subgraph';

const FLATTENED_KEYS_META = 'plexusjson';
/** Node attributes GEXF draws natively (`viz:` elements) rather than as data columns. */
const VIZ_NAMES = new Set(['color', 'size', 'x', 'y', 'z', 'shape', 'thickness']);

export interface ExportGexfOptions {
  nodes?: Iterable<string>;
}

export function exportGexf(graph: Graph, options: ExportGexfOptions = {}): string {
  const source = inducedSubgraph(graph, options.nodes);
  const jsonKeys = { graph: new Set<string>(), node: new Set<string>(), edge: new Set<string>() };

  // The writer reads graph attributes itself: give it a copy whose attributes are flattened.
  const target = source.copy();
  const meta = flattenAttributes(source.getAttributes(), jsonKeys.graph, xmlSafe);
  meta.creator = `${EXTRACTOR.name} ${EXTRACTOR.version}`;

  const nodes = new Map<string, Record<string, Scalar>>();
  source.forEachNode((node, attributes) =>
    nodes.set(node, flattenAttributes(attributes, jsonKeys.node, xmlSafe)),
  );
  const edges = new Map<string, Record<string, Scalar>>();
  source.forEachEdge((edge, attributes) =>
    edges.set(edge, flattenAttributes(attributes, jsonKeys.edge, xmlSafe)),
  );

  meta[FLATTENED_KEYS_META] = JSON.stringify({
    graph: [...jsonKeys.graph],
    node: [...jsonKeys.node],
    edge: [...jsonKeys.edge],
  });
  target.replaceAttributes(meta);

  return write(target, {
    version: '1.3',
    formatNode: (key) => {
      const { label, ...rest } = nodes.get(key)!;
      const attributes: Record<string, Scalar> = {};
      const viz: Record<string, Scalar> = {};
      for (const [name, value] of Object.entries(rest))
        (VIZ_NAMES.has(name) ? viz : attributes)[name] = value;
      return {
        label: label === undefined ? undefined : String(label),
        attributes,
        ...(Object.keys(viz).length ? { viz } : {}),
      };
    },
    formatEdge: (key) => {
      const { weight, ...attributes } = edges.get(key)!;
      // The relation doubles as the GEXF label so Gephi shows it on the edge.
      const label = typeof attributes.relation === 'string' ? attributes.relation : undefined;
      return { label, weight: typeof weight === 'number' ? weight : undefined, attributes };
    },
  });
}

/** Reads a GEXF file written by `exportGexf` (or a compatible one) and validates it like a graph JSON. */
export function importGexf(text: string): Graph {
  if (typeof text !== 'string') throw new GraphFormatError('A graph file must be text');
  if (text.length > MAX_GRAPH_TEXT_CHARS)
    throw new GraphTooLargeError(
      `This GEXF file is ${text.length} characters long; the limit is ${MAX_GRAPH_TEXT_CHARS}`,
    );
  let parsed: Graph;
  try {
    parsed = parse(MultiGraph, text, { respectInputGraphType: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new GraphFormatError('This file is not valid GEXF', [(error as Error).message]);
  }
  const attributes = parsed.getAttributes() as Record<string, unknown>;
  const keys = parseFlattenedKeys(attributes[FLATTENED_KEYS_META]);
  delete attributes[FLATTENED_KEYS_META];
  delete attributes.creator;
  restoreAttributes(attributes, keys.graph);

  const data = parsed.export();
  data.attributes = attributes;
  for (const node of data.nodes) restoreAttributes(node.attributes ?? {}, keys.node);
  for (const edge of data.edges) {
    const a = (edge.attributes ??= {});
    restoreAttributes(a, keys.edge);
    if (a.label === a.relation) delete a.label;
    if (!edge.undirected) delete edge.undirected;
  }
  return graphFromSerialized(data);
}
