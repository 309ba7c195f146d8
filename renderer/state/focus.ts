/**
 * Focus mode: one entity and its 1- or 2-hop neighbourhood, grown or pruned node by node from the canvas.
 * A focus is a value kept in the back/forward history (`null` is the whole-graph overview).
 */
import type { KnowledgeGraph } from '../graph/model';
import type { Visibility } from './filters';

export interface Focus {
  node: string;
  depth: 1 | 2;
  /** Nodes whose neighbours the user added. */
  expanded: readonly string[];
  /** Nodes whose leaf neighbours the user hid. */
  collapsed: readonly string[];
}

export type FocusEntry = Focus | null;

export function focusOn(node: string, depth: 1 | 2 = 1): Focus {
  return { node, depth, expanded: [], collapsed: [] };
}

export function expandNode(focus: Focus, node: string): Focus {
  return {
    ...focus,
    expanded: focus.expanded.includes(node) ? focus.expanded : [...focus.expanded, node],
    collapsed: focus.collapsed.filter((n) => n !== node),
  };
}

export function collapseNode(focus: Focus, node: string): Focus {
  return {
    ...focus,
    expanded: focus.expanded.filter((n) => n !== node),
    collapsed: focus.collapsed.includes(node) ? focus.collapsed : [...focus.collapsed, node],
  };
}

export function setDepth(focus: Focus, depth: 1 | 2): Focus {
  return focus.depth === depth ? focus : { ...focus, depth };
}

export function sameFocus(a: FocusEntry, b: FocusEntry): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.node === b.node &&
    a.depth === b.depth &&
    a.expanded.join('\u0000') === b.expanded.join('\u0000') &&
    a.collapsed.join('\u0000') === b.collapsed.join('\u0000')
  );
}

/** Undirected adjacency over the visible edges only: focus never walks through a filtered-out relation. */
function visibleAdjacency(graph: KnowledgeGraph, visible: Visibility): Map<string, Set<string>> {
  const adjacency = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!adjacency.has(a)) adjacency.set(a, new Set());
    adjacency.get(a)!.add(b);
  };
  for (const edge of visible.edges) {
    const source = graph.source(edge);
    const target = graph.target(edge);
    link(source, target);
    link(target, source);
  }
  return adjacency;
}

/**
 * What a focus shows: the focused node's neighbourhood within the filtered graph, plus the neighbours of
 * expanded nodes, minus the leaves hanging only from collapsed nodes. A focus on a node the filters hide
 * still shows that node (the user asked for it) with whatever neighbours are visible.
 */
export function focusVisibility(graph: KnowledgeGraph, visible: Visibility, focus: Focus): Visibility {
  if (!graph.hasNode(focus.node)) return { nodes: new Set(), edges: new Set() };
  const adjacency = visibleAdjacency(graph, visible);
  const nodes = new Set<string>([focus.node]);
  let frontier = [focus.node];
  for (let hop = 0; hop < focus.depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of adjacency.get(node) ?? []) {
        if (!nodes.has(neighbour)) {
          nodes.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  for (const node of focus.expanded) {
    if (!graph.hasNode(node)) continue;
    nodes.add(node);
    for (const neighbour of adjacency.get(node) ?? []) nodes.add(neighbour);
  }
  for (const node of focus.collapsed) {
    for (const neighbour of adjacency.get(node) ?? []) {
      if (neighbour === focus.node || focus.expanded.includes(neighbour)) continue;
      const visibleNeighbours = [...(adjacency.get(neighbour) ?? [])].filter((n) => nodes.has(n));
      if (visibleNeighbours.every((n) => n === node)) nodes.delete(neighbour);
    }
  }
  const edges = new Set<string>();
  for (const edge of visible.edges) {
    if (nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))) edges.add(edge);
  }
  return { nodes, edges };
}

/** Whether a node in the focus view has neighbours not shown yet (offer "expand" rather than "collapse"). */
export function hasHiddenNeighbours(
  graph: KnowledgeGraph,
  visible: Visibility,
  shown: Visibility,
  node: string,
): boolean {
  if (!graph.hasNode(node)) return false;
  return graph.someEdge(node, (edge, _attrs, source, target) => {
    if (!visible.edges.has(edge)) return false;
    const other = source === node ? target : source;
    return !shown.nodes.has(other);
  });
}
