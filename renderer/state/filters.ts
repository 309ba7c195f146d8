/**
 * Filters: which entities and relations are shown. Pure state + pure evaluation over the graphology graph.
 *
 * Options are stored as exclusions ("hidden types") so that a type or relation a newer extractor adds is
 * visible by default. Evaluation order (like Gephi's filter chain):
 *   1. edges by relation, co-occurrence, modality, weight, document
 *   2. nodes by type and document
 *   3. edges whose ends are hidden disappear
 *   4. nodes below the minimum degree (counted in what is left) disappear, with their edges
 */
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../graph/model';

export interface FilterState {
  hiddenTypes: readonly string[];
  hiddenRelations: readonly string[];
  hiddenModalities: readonly string[];
  /** Only entities and relations found in these documents; `null` means every document. */
  documents: readonly string[] | null;
  minWeight: number;
  minDegree: number;
  /** Co-occurrence (`related_to`) edges say only "same sentence": hidden by default. */
  hideCooccurrence: boolean;
}

export const DEFAULT_FILTERS: FilterState = {
  hiddenTypes: [],
  hiddenRelations: [],
  hiddenModalities: [],
  documents: null,
  minWeight: 1,
  minDegree: 0,
  hideCooccurrence: true,
};

export const COOCCURRENCE = 'related_to';

/**
 * Above this many entities, entities with no shown relation are hidden by default: in a real corpus they
 * are most of the graph (2,300 of 3,329 in the Wikinews sample) and would bury its structure. They stay
 * one slider away ("Minimum links per entity"), reachable by search, and counted in "N of M shown".
 */
export const HIDE_UNLINKED_ABOVE = 500;

export function defaultFiltersFor(entityCount: number): FilterState {
  return entityCount > HIDE_UNLINKED_ABOVE ? { ...DEFAULT_FILTERS, minDegree: 1 } : DEFAULT_FILTERS;
}

// ---- pure updates ----

function toggleIn(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export const toggleType = (f: FilterState, type: string): FilterState => ({
  ...f,
  hiddenTypes: toggleIn(f.hiddenTypes, type),
});

export const toggleRelation = (f: FilterState, relation: string): FilterState => ({
  ...f,
  hiddenRelations: toggleIn(f.hiddenRelations, relation),
});

export const toggleModality = (f: FilterState, modality: string): FilterState => ({
  ...f,
  hiddenModalities: toggleIn(f.hiddenModalities, modality),
});

/** Toggles one document; `all` lists every document so "all but one" can be expressed. */
export function toggleDocument(f: FilterState, doc: string, all: readonly string[]): FilterState {
  const current = f.documents ?? all;
  const next = toggleIn(current, doc);
  const everything = next.length === all.length && all.every((d) => next.includes(d));
  return { ...f, documents: everything ? null : next };
}

export const setOnlyDocuments = (f: FilterState, docs: readonly string[] | null): FilterState => ({
  ...f,
  documents: docs,
});

export const setMinWeight = (f: FilterState, value: number): FilterState => ({
  ...f,
  minWeight: Number.isFinite(value) ? Math.max(0, value) : 1,
});

export const setMinDegree = (f: FilterState, value: number): FilterState => ({
  ...f,
  minDegree: Number.isFinite(value) ? Math.max(0, Math.floor(value)) : 0,
});

export const setHideCooccurrence = (f: FilterState, hide: boolean): FilterState => ({
  ...f,
  hideCooccurrence: hide,
});

export const resetFilters = (defaults: FilterState = DEFAULT_FILTERS): FilterState => defaults;

export function isDefault(f: FilterState, defaults: FilterState = DEFAULT_FILTERS): boolean {
  const d = defaults;
  return (
    f.hiddenTypes.length === 0 &&
    f.hiddenRelations.length === 0 &&
    f.hiddenModalities.length === 0 &&
    f.documents === null &&
    f.minWeight === d.minWeight &&
    f.minDegree === d.minDegree &&
    f.hideCooccurrence === d.hideCooccurrence
  );
}

/** How many filters differ from the defaults (shown on the "Reset" button). */
export function activeFilterCount(f: FilterState, defaults: FilterState = DEFAULT_FILTERS): number {
  const d = defaults;
  return (
    f.hiddenTypes.length +
    f.hiddenRelations.length +
    f.hiddenModalities.length +
    (f.documents === null ? 0 : 1) +
    (f.minWeight !== d.minWeight ? 1 : 0) +
    (f.minDegree !== d.minDegree ? 1 : 0) +
    (f.hideCooccurrence !== d.hideCooccurrence ? 1 : 0)
  );
}

// ---- evaluation ----

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A facet left out of evaluation, to count what each of its options would show. */
export type Facet = 'type' | 'relation' | 'modality' | 'document' | 'cooccurrence';

interface Compiled {
  hiddenTypes: Set<string>;
  hiddenRelations: Set<string>;
  hiddenModalities: Set<string>;
  documents: Set<string> | null;
  minWeight: number;
  minDegree: number;
  hideCooccurrence: boolean;
}

function compile(f: FilterState, ignore?: Facet): Compiled {
  return {
    hiddenTypes: new Set(ignore === 'type' ? [] : f.hiddenTypes),
    hiddenRelations: new Set(ignore === 'relation' ? [] : f.hiddenRelations),
    hiddenModalities: new Set(ignore === 'modality' ? [] : f.hiddenModalities),
    documents: ignore === 'document' || f.documents === null ? null : new Set(f.documents),
    minWeight: f.minWeight,
    minDegree: f.minDegree,
    hideCooccurrence: ignore === 'cooccurrence' || ignore === 'relation' ? false : f.hideCooccurrence,
  };
}

function edgePasses(c: Compiled, attrs: EdgeAttributes): boolean {
  if (c.hiddenRelations.has(attrs.relation)) return false;
  const cooccurrence = attrs.relation === COOCCURRENCE;
  if (cooccurrence && c.hideCooccurrence) return false;
  // Co-occurrence has no modality: the modality filter does not apply to it.
  if (!cooccurrence && c.hiddenModalities.has(attrs.modality ?? 'asserted')) return false;
  if ((attrs.weight ?? 1) < c.minWeight) return false;
  if (c.documents && !(attrs.evidence ?? []).some((e) => c.documents!.has(e.doc))) return false;
  return true;
}

function nodePasses(c: Compiled, attrs: NodeAttributes): boolean {
  if (c.hiddenTypes.has(attrs.type)) return false;
  if (c.documents && !attrs.docs.some((d) => c.documents!.has(d))) return false;
  return true;
}

function evaluate(graph: KnowledgeGraph, c: Compiled): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (nodePasses(c, attrs)) nodes.add(node);
  });
  const edges = new Set<string>();
  const degree = new Map<string, number>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target) || !edgePasses(c, attrs)) return;
    edges.add(edge);
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });
  if (c.minDegree > 0) {
    for (const node of nodes) if ((degree.get(node) ?? 0) < c.minDegree) nodes.delete(node);
    for (const edge of edges) {
      if (!nodes.has(graph.source(edge)) || !nodes.has(graph.target(edge))) edges.delete(edge);
    }
  }
  return { nodes, edges };
}

export function applyFilters(graph: KnowledgeGraph, filters: FilterState): Visibility {
  return evaluate(graph, compile(filters));
}

export interface FacetCounts {
  types: Map<string, number>;
  relations: Map<string, number>;
  modalities: Map<string, number>;
  documents: Map<string, number>;
  /** Co-occurrence edges that would show if the toggle were off. */
  cooccurrence: number;
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Counts shown next to each filter option: how many entities (types, documents) or relations (relation
 * types, modalities) that option contributes given all the other filters, like faceted search.
 */
export function facetCounts(graph: KnowledgeGraph, filters: FilterState): FacetCounts {
  const counts: FacetCounts = {
    types: new Map(),
    relations: new Map(),
    modalities: new Map(),
    documents: new Map(),
    cooccurrence: 0,
  };
  const byType = evaluate(graph, compile(filters, 'type'));
  for (const node of byType.nodes) increment(counts.types, graph.getNodeAttribute(node, 'type'));

  const byRelation = evaluate(graph, compile(filters, 'relation'));
  for (const edge of byRelation.edges) {
    const relation = graph.getEdgeAttribute(edge, 'relation');
    increment(counts.relations, relation);
    if (relation === COOCCURRENCE) counts.cooccurrence++;
  }

  const byModality = evaluate(graph, compile(filters, 'modality'));
  for (const edge of byModality.edges) {
    const attrs = graph.getEdgeAttributes(edge);
    if (attrs.relation !== COOCCURRENCE) increment(counts.modalities, attrs.modality ?? 'asserted');
  }

  const byDocument = evaluate(graph, compile(filters, 'document'));
  for (const node of byDocument.nodes) {
    for (const doc of new Set(graph.getNodeAttribute(node, 'docs'))) increment(counts.documents, doc);
  }
  return counts;
}

/** The largest edge weight, to bound the weight slider. */
export function maxEdgeWeight(graph: KnowledgeGraph): number {
  let max = 1;
  graph.forEachEdge((_, attrs) => {
    if (attrs.weight > max) max = attrs.weight;
  });
  return max;
}
