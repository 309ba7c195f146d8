/**
 * Analytics stage: standard network metrics from graphology's library, stored as node attributes
 * (`degree`, `weightedDegree`, `pagerank`, `betweenness`, `community`).
 *
 * The knowledge graph is a directed multigraph mixing stated relations with weak co-occurrence
 * (`related_to`). Centrality and communities are computed on a collapsed simple graph: parallel edges
 * between two nodes become one edge whose weight sums the stated relations' weights plus a fraction of the
 * co-occurrence weight, so co-occurrence connects otherwise isolated nodes without outweighing what the
 * text actually states. Degree and weighted degree count every edge of the multigraph as the UI shows it.
 *
 * Betweenness (brokers between groups) is computed on the graph's backbone: stated relations plus
 * co-occurrence seen in at least two sentences. A single shared sentence is weak evidence of a tie, and
 * dropping those ties keeps Brandes' O(V·E) algorithm affordable on large corpora.
 */
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank';
import betweenness from 'graphology-metrics/centrality/betweenness';
import louvain from 'graphology-communities-louvain';

export interface NodeMetrics {
  degree: number;
  weightedDegree: number;
  pagerank: number;
  betweenness: number;
  community: number;
}

export interface MetricsOptions {
  /** Share of a `related_to` edge's weight counted in centrality and communities (stated relations: 1). */
  cooccurrenceFactor?: number;
  /** Seed of Louvain's random walk, so the same graph always gets the same communities. */
  seed?: number;
  /** Co-occurrence in at least this many sentences counts as a tie for betweenness. */
  backboneCooccurrence?: number;
}

const DEFAULTS: Required<MetricsOptions> = { cooccurrenceFactor: 0.25, seed: 42, backboneCooccurrence: 2 };

/** Computes every metric without touching the graph. */
export function computeMetrics(graph: Graph, options: MetricsOptions = {}): Map<string, NodeMetrics> {
  const { cooccurrenceFactor, seed, backboneCooccurrence } = { ...DEFAULTS, ...options };
  const result = new Map<string, NodeMetrics>();
  graph.forEachNode((node) => {
    let weighted = 0;
    graph.forEachEdge(node, (_edge, attributes) => (weighted += edgeWeight(attributes)));
    result.set(node, {
      degree: graph.degree(node),
      weightedDegree: weighted,
      pagerank: 0,
      betweenness: 0,
      community: 0,
    });
  });
  if (graph.order === 0) return result;

  const directed = collapse(graph, 'directed', cooccurrenceFactor);
  const undirected = collapse(graph, 'undirected', cooccurrenceFactor);
  const backbone = collapse(graph, 'undirected', cooccurrenceFactor, backboneCooccurrence, false);
  const ranks = pagerank(directed, { getEdgeWeight: 'weight' });
  const between = backboneBetweenness(backbone, graph.order);
  const communities = louvain(undirected, { getEdgeWeight: 'weight', rng: mulberry32(seed) });
  for (const [node, metrics] of result) {
    metrics.pagerank = ranks[node] ?? 0;
    metrics.betweenness = between[node] ?? 0;
    metrics.community = communities[node] ?? 0;
  }
  return result;
}

/** Writes the metrics as node attributes (graphology's `assign` convention). */
export function assignMetrics(graph: Graph, options: MetricsOptions = {}): void {
  for (const [node, metrics] of computeMetrics(graph, options)) graph.mergeNodeAttributes(node, metrics);
}

function edgeWeight(attributes: Record<string, unknown>): number {
  const w = attributes.weight;
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 1;
}

/**
 * A simple (non-multi) graph with summed weights; related_to edges scaled down by `factor`, and left out
 * when seen in fewer than `minCooccurrence` sentences.
 */
function collapse(
  graph: Graph,
  type: 'directed' | 'undirected',
  factor: number,
  minCooccurrence = 1,
  keepIsolated = true,
): Graph {
  const simple = new Graph({ type, multi: false, allowSelfLoops: false });
  if (keepIsolated) graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    if (attributes.relation === 'related_to' && edgeWeight(attributes) < minCooccurrence) return;
    const w = edgeWeight(attributes) * (attributes.relation === 'related_to' ? factor : 1);
    if (w <= 0) return;
    simple.updateEdge(source, target, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + w }));
  });
  return simple;
}

/**
 * Normalised betweenness over the backbone, whose isolated nodes were left out (their shortest paths go
 * nowhere, so the others' values are unchanged), rescaled to the whole graph's node count so values
 * compare with graphology's normalised betweenness of the full graph.
 */
function backboneBetweenness(backbone: Graph, order: number): Record<string, number> {
  if (backbone.order === 0 || order <= 2) return {};
  // Shortest paths count hops: a heavier edge is a stronger tie, not a longer road.
  const raw = betweenness(backbone, { getEdgeWeight: null, normalized: false });
  // Unnormalised undirected values are halved by graphology; normalised ones divide the full sum.
  const scale = 2 / ((order - 1) * (order - 2));
  const out: Record<string, number> = {};
  for (const [node, value] of Object.entries(raw)) out[node] = value * scale;
  return out;
}

/** Small deterministic PRNG (public-domain mulberry32) for reproducible communities. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
