import { describe, expect, it } from 'vitest';
import { edgesBetween, findShortestPaths } from '../../renderer/graph/paths';
import { DEFAULT_FILTERS, applyFilters } from '../../renderer/state/filters';
import { model, sampleModel } from './helpers';

describe('path finder', () => {
  const { graph } = sampleModel();
  const visible = applyFilters(graph, DEFAULT_FILTERS);
  const allowVisible = (e: string) => visible.edges.has(e);

  const cases: Array<[string, string, number | null, string[]]> = [
    // [from, to, hops, first path]
    ['sheinbaum', 'trump', 1, ['sheinbaum', 'trump']],
    ['hegseth', 'strikes', 2, ['hegseth', 'pentagon', 'strikes']],
    ['sheinbaum', 'cartels', 2, ['sheinbaum', 'mexico', 'cartels']],
    ['hegseth', 'trump', null, []], // only via co-occurrence, which is hidden
    ['lonely', 'trump', null, []],
  ];
  it.each(cases)('%s -> %s', (from, to, hops, first) => {
    const result = findShortestPaths(graph, from, to, { allowEdge: allowVisible });
    if (hops === null) expect(result).toBeNull();
    else {
      expect(result!.length).toBe(hops);
      expect(result!.paths[0]).toEqual(first);
    }
  });

  it('lists every shortest path and the evidence edges of each hop', () => {
    const result = findShortestPaths(graph, 'sheinbaum', 'cartels', { allowEdge: allowVisible })!;
    expect(result.paths).toEqual([
      ['sheinbaum', 'mexico', 'cartels'],
      ['sheinbaum', 'trump', 'cartels'],
    ]);
    expect(result.hops.map((h) => [h.from, h.to, h.edges.length])).toEqual([
      ['sheinbaum', 'mexico', 1],
      ['mexico', 'cartels', 1],
    ]);
    expect(result.nodes.size).toBe(4);
    expect(result.edges.size).toBe(4);
  });

  it('may use co-occurrence when allowed', () => {
    expect(findShortestPaths(graph, 'hegseth', 'trump')!.length).toBe(1);
  });

  it('caps the number of paths', () => {
    // A complete bipartite middle layer: 5 equally short paths.
    const m = model(
      [
        ['s', 'S', 'person'],
        ['t', 'T', 'person'],
        ...[1, 2, 3, 4, 5].map((i) => [`m${i}`, `M${i}`, 'place'] as [string, string, string]),
      ],
      [1, 2, 3, 4, 5].flatMap((i) => [
        ['s', `m${i}`, 'meets'] as [string, string, string],
        [`m${i}`, 't', 'meets'] as [string, string, string],
      ]),
    );
    const result = findShortestPaths(m.graph, 's', 't', { maxPaths: 3 })!;
    expect(result.paths.length).toBe(3);
    expect(result.truncated).toBe(true);
  });

  it('returns edges in both directions between two nodes, strongest first', () => {
    const m = model(
      [
        ['a', 'A', 'person'],
        ['b', 'B', 'person'],
      ],
      [
        ['a', 'b', 'supports', 'asserted', 1],
        ['b', 'a', 'criticizes', 'asserted', 3],
      ],
    );
    expect(edgesBetween(m.graph, 'a', 'b')).toEqual(['e1', 'e0']);
  });

  it('handles unknown or identical ends', () => {
    expect(findShortestPaths(graph, 'nobody', 'trump')).toBeNull();
    expect(findShortestPaths(graph, 'trump', 'trump')!.length).toBe(0);
  });
});
