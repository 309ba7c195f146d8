import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { assignMetrics, computeMetrics } from '../../../electron/graph/analytics';
import { nodeAttributesSchema } from '../../../electron/graph/schema';

function node(graph: Graph, key: string) {
  graph.addNode(key, { label: key, type: 'organization', aliases: [key], mentions: 1, docs: ['d'] });
}

function edge(graph: Graph, s: string, t: string, relation = 'supports', weight = 1) {
  graph.addEdge(s, t, { relation, weight, modality: 'asserted', evidence: [] });
}

/** Two triangles joined by one bridge node: a-b-c, x-y-z, c-hub-x. */
function twoClusters(): Graph {
  const graph = new Graph({ multi: true, type: 'directed' });
  for (const k of ['a', 'b', 'c', 'x', 'y', 'z', 'hub']) node(graph, k);
  for (const [s, t] of [
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['x', 'y'],
    ['y', 'z'],
    ['z', 'x'],
    ['c', 'hub'],
    ['hub', 'x'],
  ])
    edge(graph, s, t);
  return graph;
}

describe('computeMetrics', () => {
  it('gives the bridge the highest betweenness and splits two clusters into two communities', () => {
    const metrics = computeMetrics(twoClusters());
    const top = [...metrics].sort((p, q) => q[1].betweenness - p[1].betweenness)[0][0];
    expect(top).toBe('hub');
    expect(metrics.get('hub')!.betweenness).toBeGreaterThan(0);
    expect(metrics.get('hub')!.betweenness).toBeLessThanOrEqual(1);
    const community = (k: string) => metrics.get(k)!.community;
    expect(community('a')).toBe(community('b'));
    expect(community('x')).toBe(community('y'));
    expect(community('a')).not.toBe(community('y'));
  });

  it('counts parallel edges in degree and their weights in weighted degree', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    node(graph, 'p');
    node(graph, 'q');
    edge(graph, 'p', 'q', 'supports', 3);
    edge(graph, 'p', 'q', 'related_to', 2);
    const m = computeMetrics(graph).get('p')!;
    expect(m.degree).toBe(2);
    expect(m.weightedDegree).toBe(5);
  });

  it('ranks the node everyone points at first', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    for (const k of ['center', 'a', 'b', 'c', 'd']) node(graph, k);
    for (const k of ['a', 'b', 'c', 'd']) edge(graph, k, 'center');
    const metrics = computeMetrics(graph);
    const ranks = [...metrics].map(([k, m]) => [k, m.pagerank] as const).sort((p, q) => q[1] - p[1]);
    expect(ranks[0][0]).toBe('center');
    expect(ranks.reduce((sum, [, r]) => sum + r, 0)).toBeCloseTo(1, 5);
  });

  it('is deterministic: the same graph always gets the same communities', () => {
    const first = computeMetrics(twoClusters());
    const second = computeMetrics(twoClusters());
    expect([...second]).toEqual([...first]);
  });

  it('computes betweenness on the backbone: stated relations and co-occurrence seen twice or more', () => {
    const graph = twoClusters();
    for (const k of ['lonely', 'weak']) node(graph, k);
    edge(graph, 'weak', 'a', 'related_to', 1); // one shared sentence: not a tie for betweenness
    edge(graph, 'z', 'hub', 'related_to', 2);
    const backbone = new Graph({ type: 'undirected' });
    graph.forEachNode((n) => backbone.addNode(n));
    graph.forEachEdge((_e, a, s, t) => {
      if (a.relation !== 'related_to' || a.weight >= 2) backbone.mergeEdge(s, t);
    });
    const expected = betweenness(backbone, { normalized: true });
    const metrics = computeMetrics(graph);
    for (const [n, m] of metrics) expect(m.betweenness).toBeCloseTo(expected[n], 10);
    expect(metrics.get('weak')!.betweenness).toBe(0);
  });

  it('copes with an empty graph and with isolated nodes', () => {
    expect(computeMetrics(new Graph()).size).toBe(0);
    const graph = new Graph({ multi: true });
    node(graph, 'alone');
    expect(computeMetrics(graph).get('alone')).toMatchObject({
      degree: 0,
      weightedDegree: 0,
      betweenness: 0,
    });
  });
});

describe('assignMetrics', () => {
  it('writes the metrics as node attributes that satisfy the schema', () => {
    const graph = twoClusters();
    assignMetrics(graph);
    graph.forEachNode((_n, a) => {
      expect(nodeAttributesSchema.safeParse(a).success).toBe(true);
      for (const key of ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community'])
        expect(typeof a[key]).toBe('number');
    });
  });
});
