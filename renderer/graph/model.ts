/**
 * The renderer's copy of the knowledge (topology + data): the graph JSON loaded into graphology, with every
 * edge keyed and every node's metrics present. Display lives elsewhere (adapter.ts, style.ts): this module
 * never knows about Cytoscape.
 *
 * The JSON comes from the main side, which validates it, but the page still treats it as untrusted data:
 * edges with missing ends or duplicate keys are skipped and counted, never fatal.
 */
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';
import type {
  CorpusDocumentJson,
  EdgeAttributes,
  NodeAttributes,
  SerializedGraph,
} from '../../electron/graph/schema';

export type { CorpusDocumentJson, EdgeAttributes, NodeAttributes, SerializedGraph };

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes>;

export const SIZE_METRICS = ['degree', 'pagerank', 'betweenness', 'mentions'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const METRIC_LABELS: Record<SizeMetric, string> = {
  degree: 'Degree',
  pagerank: 'PageRank',
  betweenness: 'Betweenness',
  mentions: 'Mentions',
};

/** Betweenness is O(V·E): above this size the page does not compute it itself (the main side may). */
export const MAX_NODES_FOR_LOCAL_BETWEENNESS = 3000;

export interface GraphModel {
  graph: KnowledgeGraph;
  documents: Map<string, CorpusDocumentJson>;
  /** Items the page could not load (edge with an unknown end, duplicate key...), for the diagnostics banner. */
  skipped: string[];
  /** Whether each metric is available on every node. */
  metrics: Record<SizeMetric, boolean>;
  /** Whether every node has a community. */
  hasCommunities: boolean;
}

export function loadGraphModel(serialized: SerializedGraph): GraphModel {
  const graph: KnowledgeGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const skipped: string[] = [];
  graph.replaceAttributes({ ...(serialized.attributes ?? {}) } as never);

  for (const node of serialized.nodes ?? []) {
    if (graph.hasNode(node.key)) {
      skipped.push(`Duplicate node "${node.key}" ignored.`);
      continue;
    }
    const attrs = { ...node.attributes };
    attrs.aliases = Array.isArray(attrs.aliases) ? attrs.aliases : [];
    attrs.docs = Array.isArray(attrs.docs) ? attrs.docs : [];
    attrs.label = attrs.label || node.key;
    graph.addNode(node.key, attrs);
  }

  (serialized.edges ?? []).forEach((edge, index) => {
    const key = edge.key ?? `e${index}`;
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      skipped.push(`Edge "${key}" refers to a missing entity and was ignored.`);
      return;
    }
    if (graph.hasEdge(key)) {
      skipped.push(`Duplicate edge "${key}" ignored.`);
      return;
    }
    const attrs = { ...edge.attributes, evidence: edge.attributes.evidence ?? [] };
    attrs.weight =
      Number.isFinite(attrs.weight) && attrs.weight > 0 ? attrs.weight : attrs.evidence.length || 1;
    if (edge.undirected) graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, attrs);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attrs);
  });

  const documents = new Map<string, CorpusDocumentJson>();
  for (const doc of serialized.attributes?.corpus ?? []) documents.set(doc.id, doc);

  const model: GraphModel = {
    graph,
    documents,
    skipped,
    metrics: { degree: false, pagerank: false, betweenness: false, mentions: true },
    hasCommunities: false,
  };
  // Degree is cheap and always recomputed here so it matches the graph the page actually shows.
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
  model.metrics.degree = true;
  model.metrics.pagerank = everyNodeHas(graph, 'pagerank');
  model.metrics.betweenness = everyNodeHas(graph, 'betweenness');
  model.hasCommunities = everyNodeHas(graph, 'community');
  return model;
}

function everyNodeHas(graph: KnowledgeGraph, attribute: keyof NodeAttributes): boolean {
  if (graph.order === 0) return false;
  return graph.everyNode(
    (_, attrs) => typeof attrs[attribute] === 'number' && Number.isFinite(attrs[attribute]),
  );
}

/**
 * Undirected simple graph with summed weights: what community detection and betweenness expect
 * (they refuse multi or mixed graphs), and what "connected" means for paths and neighbourhoods.
 */
export function undirectedProjection(
  graph: KnowledgeGraph,
  keepEdge: (edge: string, attrs: EdgeAttributes) => boolean = () => true,
): Graph {
  const simple = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((edge, attrs, source, target) => {
    if (source === target || !keepEdge(edge, attrs)) return;
    const weight = attrs.weight || 1;
    if (simple.hasEdge(source, target))
      simple.updateEdgeAttribute(source, target, 'weight', (w: number) => w + weight);
    else simple.addEdge(source, target, { weight });
  });
  return simple;
}

export type MetricOutcome = { ok: true } | { ok: false; reason: string };

/** Makes a size metric available on every node, computing it in the page when the graph lacks it. */
export function ensureMetric(model: GraphModel, metric: SizeMetric): MetricOutcome {
  if (model.metrics[metric]) return { ok: true };
  const { graph } = model;
  if (metric === 'pagerank') {
    const values = safePagerank(graph);
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'pagerank', values[node] ?? 0));
  } else if (metric === 'betweenness') {
    if (graph.order > MAX_NODES_FOR_LOCAL_BETWEENNESS) {
      return {
        ok: false,
        reason: `Betweenness is not computed in the viewer above ${MAX_NODES_FOR_LOCAL_BETWEENNESS.toLocaleString('en-US')} entities; sizing by degree instead.`,
      };
    }
    const values = betweenness(undirectedProjection(graph), { getEdgeWeight: null, normalized: true });
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'betweenness', values[node] ?? 0));
  }
  model.metrics[metric] = true;
  return { ok: true };
}

function safePagerank(graph: KnowledgeGraph): Record<string, number> {
  if (graph.size === 0) {
    const uniform: Record<string, number> = {};
    graph.forEachNode((node) => (uniform[node] = 1 / Math.max(1, graph.order)));
    return uniform;
  }
  try {
    return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200 });
  } catch {
    // Failure to converge on odd topologies: fall back to a weaker, always-defined ranking.
    const byDegree: Record<string, number> = {};
    graph.forEachNode((node) => (byDegree[node] = graph.degree(node) / Math.max(1, 2 * graph.size)));
    return byDegree;
  }
}

/** Louvain communities on the undirected projection, unless the graph already carries them. */
export function ensureCommunities(model: GraphModel): void {
  if (model.hasCommunities) return;
  const { graph } = model;
  const projection = undirectedProjection(graph, (_, attrs) => attrs.relation !== 'related_to');
  // Without typed edges fall back to co-occurrence, which is still better than no grouping at all.
  const source = projection.size > 0 ? projection : undirectedProjection(graph);
  const communities = louvain(source, { getEdgeWeight: 'weight', rng: seededRandom(42) });
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'community', communities[node] ?? -1));
  model.hasCommunities = true;
}

/** Deterministic PRNG (mulberry32) so communities and their colours are stable between runs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function metricValue(attrs: NodeAttributes, metric: SizeMetric): number {
  const value = attrs[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Title of a document for lists, falling back to its id (the file path). */
export function documentTitle(model: GraphModel, id: string): string {
  return model.documents.get(id)?.title?.trim() || id;
}
