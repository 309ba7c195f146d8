/** What the details panel shows: one node, one edge, or nothing. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export function selectNode(id: string): Selection {
  return { kind: 'node', id };
}

export function selectEdge(id: string): Selection {
  return { kind: 'edge', id };
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}

/** Drops a selection whose element is no longer in the graph (after a reload or a filter). */
export function pruneSelection(
  selection: Selection,
  exists: (kind: 'node' | 'edge', id: string) => boolean,
): Selection {
  if (!selection) return null;
  return exists(selection.kind, selection.id) ? selection : null;
}
