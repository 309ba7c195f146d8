import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  HIDE_UNLINKED_ABOVE,
  defaultFiltersFor,
  activeFilterCount,
  applyFilters,
  facetCounts,
  isDefault,
  resetFilters,
  setHideCooccurrence,
  setMinDegree,
  setMinWeight,
  toggleDocument,
  toggleModality,
  toggleRelation,
  toggleType,
  type FilterState,
} from '../../renderer/state/filters';
import { sampleModel } from './helpers';

const graph = sampleModel().graph;
const sorted = (s: Set<string>) => [...s].sort();

describe('applyFilters', () => {
  const cases: Array<[string, (f: FilterState) => FilterState, number, number]> = [
    // [name, update, visible nodes, visible edges]
    ['defaults hide co-occurrence only', (f) => f, 9, 8],
    ['co-occurrence shown', (f) => setHideCooccurrence(f, false), 9, 9],
    ['hide people', (f) => toggleType(f, 'person'), 6, 2],
    ['hide the "leads" relation', (f) => toggleRelation(f, 'leads'), 9, 6],
    ['hide planned statements', (f) => toggleModality(f, 'planned'), 9, 6],
    ['minimum weight 2', (f) => setMinWeight(f, 2), 9, 3],
    ['minimum degree 1 drops isolated entities', (f) => setMinDegree(f, 1), 8, 8],
    ['minimum degree 3', (f) => setMinDegree(f, 3), 2, 1],
    ['only document a.txt', (f) => toggleDocument(f, 'b.txt', ['a.txt', 'b.txt']), 5, 2],
  ];
  it.each(cases)('%s', (_name, update, nodes, edges) => {
    const visible = applyFilters(graph, update(DEFAULT_FILTERS));
    expect(visible.nodes.size).toBe(nodes);
    expect(visible.edges.size).toBe(edges);
  });

  it('never shows an edge whose end is hidden', () => {
    const visible = applyFilters(graph, toggleType(DEFAULT_FILTERS, 'place'));
    for (const edge of visible.edges) {
      expect(visible.nodes.has(graph.source(edge))).toBe(true);
      expect(visible.nodes.has(graph.target(edge))).toBe(true);
    }
    expect(visible.nodes.has('mexico')).toBe(false);
  });

  it('degree counts only edges that survive the other filters', () => {
    const f = setMinDegree(toggleRelation(DEFAULT_FILTERS, 'leads'), 1);
    expect(sorted(applyFilters(graph, f).nodes)).toEqual(
      ['cartels', 'fto', 'mexico', 'pentagon', 'sheinbaum', 'strikes', 'trump'].sort(),
    );
  });
});

describe('facetCounts', () => {
  it('counts each option as if that facet were open', () => {
    const counts = facetCounts(graph, toggleType(DEFAULT_FILTERS, 'person'));
    // People are hidden, but the type facet still tells how many there are.
    expect(counts.types.get('person')).toBe(3);
    expect(counts.types.get('place')).toBe(2);
    // Relations among the remaining entities only.
    expect(counts.relations.get('leads')).toBeUndefined();
    expect(counts.relations.get('conducts')).toBe(1);
  });

  it('reports co-occurrence edges even while hidden', () => {
    const counts = facetCounts(graph, DEFAULT_FILTERS);
    expect(counts.cooccurrence).toBe(1);
    expect(counts.relations.get('related_to')).toBe(1);
    expect(counts.modalities.get('planned')).toBe(2);
    expect(counts.modalities.has('undefined')).toBe(false);
  });

  it('counts entities per document', () => {
    const counts = facetCounts(graph, DEFAULT_FILTERS);
    expect(counts.documents.get('a.txt')).toBe(5);
    expect(counts.documents.get('b.txt')).toBe(6);
  });
});

describe('filter updates', () => {
  it('toggling twice restores the default', () => {
    const f = toggleType(toggleType(DEFAULT_FILTERS, 'event'), 'event');
    expect(isDefault(f)).toBe(true);
  });

  it('selecting every document again means "all documents"', () => {
    const all = ['a.txt', 'b.txt'];
    const f = toggleDocument(toggleDocument(DEFAULT_FILTERS, 'a.txt', all), 'a.txt', all);
    expect(f.documents).toBeNull();
  });

  it('counts active filters and resets them', () => {
    const f = setMinWeight(toggleRelation(toggleType(DEFAULT_FILTERS, 'event'), 'leads'), 3);
    expect(activeFilterCount(f)).toBe(3);
    expect(isDefault(resetFilters())).toBe(true);
  });

  it.each([
    [-5, 0],
    [2.7, 2],
    [Number.NaN, 0],
  ])('min degree %s becomes %s', (input, expected) => {
    expect(setMinDegree(DEFAULT_FILTERS, input).minDegree).toBe(expected);
  });
});

describe('defaults by graph size', () => {
  it('hides unlinked entities by default only in large graphs', () => {
    expect(defaultFiltersFor(HIDE_UNLINKED_ABOVE).minDegree).toBe(0);
    expect(defaultFiltersFor(HIDE_UNLINKED_ABOVE + 1).minDegree).toBe(1);
  });

  it('counts active filters against the graph defaults', () => {
    const defaults = defaultFiltersFor(10_000);
    expect(activeFilterCount(defaults, defaults)).toBe(0);
    expect(isDefault(setMinDegree(defaults, 0), defaults)).toBe(false);
    expect(resetFilters(defaults)).toBe(defaults);
  });
});
