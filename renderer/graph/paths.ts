/**
 * Path finder: every shortest path (up to a cap) between two entities, ignoring edge direction (a chain
 * "A threatens B, C criticizes B" connects A and C), through the relations the caller allows.
 *
 * graphology-shortest-path gives the breadth-first distances from both ends; an edge u-v lies on a shortest
 * path exactly when dist(from,u) + 1 + dist(v,to) = dist(from,to), which lets us enumerate all of them
 * without a combinatorial search.
 */
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import type { KnowledgeGraph } from './model';
import { undirectedProjection } from './model';

export interface PathHop {
  from: string;
  to: string;
  /** Every allowed edge between the two entities, in either direction. */
  edges: string[];
}

export interface PathResult {
  /** Number of hops. */
  length: number;
  /** Node sequences, each from `from` to `to`. */
  paths: string[][];
  /** True when more shortest paths exist than were listed. */
  truncated: boolean;
  nodes: Set<string>;
  edges: Set<string>;
  /** Hops of the first path, with their edges, for the evidence list. */
  hops: PathHop[];
}

export interface PathOptions {
  /** Edge keys the path may use (e.g. the filtered view); default: every edge. */
  allowEdge?: (edge: string) => boolean;
  maxPaths?: number;
}

export function findShortestPaths(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: PathOptions = {},
): PathResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const allowEdge = options.allowEdge ?? (() => true);
  const maxPaths = options.maxPaths ?? 10;
  if (from === to) {
    return {
      length: 0,
      paths: [[from]],
      truncated: false,
      nodes: new Set([from]),
      edges: new Set(),
      hops: [],
    };
  }
  const projection = undirectedProjection(graph, (edge) => allowEdge(edge));
  const fromDist = singleSourceLength(projection, from);
  const toDist = singleSourceLength(projection, to);
  const length = fromDist[to];
  if (length === undefined) return null;

  const onPath = (node: string) =>
    fromDist[node] !== undefined && fromDist[node] + (toDist[node] ?? Infinity) === length;
  const paths: string[][] = [];
  let truncated = false;
  const walk = (node: string, trail: string[]) => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    if (node === to) {
      paths.push(trail);
      return;
    }
    const next = projection
      .neighbors(node)
      .filter((n) => fromDist[n] === fromDist[node] + 1 && onPath(n))
      .sort();
    for (const neighbour of next) walk(neighbour, [...trail, neighbour]);
  };
  walk(from, [from]);

  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const path of paths) {
    path.forEach((node) => nodes.add(node));
    for (let i = 0; i + 1 < path.length; i++) {
      for (const edge of edgesBetween(graph, path[i], path[i + 1], allowEdge)) edges.add(edge);
    }
  }
  const first = paths[0];
  const hops = first.slice(0, -1).map((node, i) => ({
    from: node,
    to: first[i + 1],
    edges: edgesBetween(graph, node, first[i + 1], allowEdge),
  }));
  return { length, paths, truncated, nodes, edges, hops };
}

/** Allowed edges joining two nodes in either direction, strongest first. */
export function edgesBetween(
  graph: KnowledgeGraph,
  a: string,
  b: string,
  allowEdge: (edge: string) => boolean = () => true,
): string[] {
  return [...graph.edges(a, b), ...graph.edges(b, a)]
    .filter((edge, i, all) => all.indexOf(edge) === i && allowEdge(edge))
    .sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight'));
}
