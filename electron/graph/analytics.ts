// INTERIM (replaced by the relation work): degree only.
import type Graph from 'graphology';

export function assignMetrics(graph: Graph): void {
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'degree', graph.degree(node)));
}
