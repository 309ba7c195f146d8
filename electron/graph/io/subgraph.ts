import type Graph from 'graphology';

/**
 * The subgraph induced by `nodes` (a filtered view): those nodes and every edge between two of them, with
 * the same keys and attributes. Unknown keys are ignored. Without `nodes`, the graph itself.
 */
export function inducedSubgraph(graph: Graph, nodes?: Iterable<string>): Graph {
  if (!nodes) return graph;
  const keep = new Set<string>();
  for (const node of nodes) if (graph.hasNode(node)) keep.add(node);
  const sub = graph.nullCopy();
  sub.replaceAttributes(structuredClone(graph.getAttributes()));
  for (const node of keep) sub.addNode(node, structuredClone(graph.getNodeAttributes(node)));
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!keep.has(source) || !keep.has(target)) return;
    const copy = structuredClone(attributes);
    if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, copy);
    else sub.addDirectedEdgeWithKey(edge, source, target, copy);
  });
  return sub;
}
