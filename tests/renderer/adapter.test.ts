import { describe, expect, it } from 'vitest';
import {
  edgeLabel,
  edgeWidth,
  nodeColor,
  sizeScale,
  toElements,
  EDGE_WIDTH_RANGE,
  NODE_SIZE_RANGE,
} from '../../renderer/graph/adapter';
import {
  ensureCommunities,
  ensureMetric,
  loadGraphModel,
  MAX_NODES_FOR_LOCAL_BETWEENNESS,
} from '../../renderer/graph/model';
import { TYPE_STYLES, communityColor, relationColor } from '../../renderer/graph/palette';
import { buildStylesheet } from '../../renderer/graph/style';
import { model, sampleModel, serialized } from './helpers';

describe('graph JSON -> model', () => {
  it('skips edges with a missing end and duplicate keys instead of failing', () => {
    const json = serialized(
      [
        ['a', 'A', 'person'],
        ['a', 'A again', 'person'],
      ],
      [['a', 'ghost', 'supports']],
    );
    const m = loadGraphModel(json);
    expect(m.graph.order).toBe(1);
    expect(m.graph.size).toBe(0);
    expect(m.skipped).toHaveLength(2);
  });

  it('keys unkeyed edges and recomputes degree', () => {
    const json = serialized(
      [
        ['a', 'A', 'person'],
        ['b', 'B', 'place'],
      ],
      [['a', 'b', 'located_in']],
    );
    delete json.edges[0].key;
    const m = loadGraphModel(json);
    expect(m.graph.edges()).toEqual(['e0']);
    expect(m.graph.getNodeAttribute('a', 'degree')).toBe(1);
  });

  it('computes missing PageRank, betweenness and communities in the page', () => {
    const m = sampleModel();
    expect(m.metrics.pagerank).toBe(false);
    expect(ensureMetric(m, 'pagerank')).toEqual({ ok: true });
    expect(ensureMetric(m, 'betweenness')).toEqual({ ok: true });
    ensureCommunities(m);
    m.graph.forEachNode((_, a) => {
      expect(a.pagerank).toBeGreaterThan(0);
      expect(a.betweenness).toBeGreaterThanOrEqual(0);
      expect(Number.isInteger(a.community)).toBe(true);
    });
    // Mexico bridges Sheinbaum and the cartels: it must out-rank a leaf.
    expect(m.graph.getNodeAttribute('mexico', 'betweenness')).toBeGreaterThan(
      m.graph.getNodeAttribute('fto', 'betweenness')!,
    );
  });

  it('declines betweenness on graphs too large for the page', () => {
    const rows = Array.from(
      { length: MAX_NODES_FOR_LOCAL_BETWEENNESS + 1 },
      (_, i) => [`n${i}`, `N${i}`, 'person'] as [string, string, string],
    );
    const result = ensureMetric(model(rows, []), 'betweenness');
    expect(result.ok).toBe(false);
  });
});

describe('scales', () => {
  it.each([
    [0, NODE_SIZE_RANGE.min],
    [100, NODE_SIZE_RANGE.max],
    [25, (NODE_SIZE_RANGE.min + NODE_SIZE_RANGE.max) / 2],
    [1000, NODE_SIZE_RANGE.max],
  ])('node size for %s on 0..100 is %s (square root)', (value, expected) => {
    expect(sizeScale([0, 50, 100])(value)).toBeCloseTo(expected, 1);
  });

  it('uses one middle size when every value is equal', () => {
    const s = sizeScale([3, 3, 3]);
    expect(s(3)).toBe(s(0));
  });

  it.each([
    [1, 1, EDGE_WIDTH_RANGE.min],
    [1, 10, EDGE_WIDTH_RANGE.min],
    [10, 10, EDGE_WIDTH_RANGE.max],
    [100, 10, EDGE_WIDTH_RANGE.max],
  ])('edge of weight %s (max %s) is %s px', (weight, max, expected) => {
    expect(edgeWidth(weight, max)).toBe(expected);
  });

  it('edge width grows with weight', () => {
    expect(edgeWidth(3, 10)).toBeGreaterThan(edgeWidth(2, 10));
  });
});

describe('adapter', () => {
  const m = sampleModel();
  const elements = toElements(m, { sizeBy: 'mentions', colorBy: 'type' });
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');

  it('makes one element per node and edge', () => {
    expect(nodes).toHaveLength(m.graph.order);
    expect(edges).toHaveLength(m.graph.size);
  });

  it('encodes type as colour, shape and class', () => {
    const trump = nodes.find((n) => n.data.id === 'trump')!;
    expect(trump.data).toMatchObject({
      label: 'Donald Trump',
      color: TYPE_STYLES.person.color,
      shape: 'ellipse',
    });
    expect(trump.classes).toBe('type-person');
    const mostMentioned = Math.max(...nodes.map((n) => n.data.size as number));
    expect(trump.data.size).toBe(mostMentioned);
  });

  it('encodes relation, modality and co-occurrence', () => {
    const opposes = edges.find((e) => e.data.relation === 'opposes')!;
    expect(opposes.data).toMatchObject({
      source: 'sheinbaum',
      target: 'trump',
      label: 'opposes (reported)',
      color: relationColor('opposes'),
    });
    expect(opposes.classes).toBe('rel-opposes mod-reported');
    const cooc = edges.find((e) => e.data.relation === 'related_to')!;
    expect(cooc.classes).toBe('rel-related_to cooc');
    expect(cooc.data.modality).toBe('');
  });

  it('colours by community when asked', () => {
    ensureCommunities(m);
    const byCommunity = toElements(m, { sizeBy: 'degree', colorBy: 'community' });
    const trump = byCommunity.find((e) => e.data.id === 'trump')!;
    expect(trump.data.color).toBe(communityColor(m.graph.getNodeAttribute('trump', 'community')));
    expect(nodeColor({ ...m.graph.getNodeAttributes('trump'), community: undefined }, 'community')).toBe(
      communityColor(undefined),
    );
  });

  it.each([
    ['threatens', 'asserted', 'threatens'],
    ['cooperates_with', 'planned', 'cooperates with (planned)'],
    ['related_to', undefined, 'co-occurs'],
  ])('labels %s/%s as "%s"', (relation, modality, expected) => {
    expect(edgeLabel(relation, modality)).toBe(expected);
  });
});

describe('stylesheet', () => {
  it('dashes reported edges, strikes negated ones and hides filtered elements', () => {
    const sheet = buildStylesheet({ theme: 'dark', edgeLabels: 'auto' }) as Array<{
      selector: string;
      style: Record<string, unknown>;
    }>;
    const bySelector = (s: string) => sheet.find((r) => r.selector === s)?.style;
    expect(bySelector('edge.mod-reported')).toMatchObject({ 'line-style': 'dashed' });
    expect(bySelector('edge.mod-negated')).toMatchObject({ 'mid-target-arrow-shape': 'tee' });
    expect(bySelector('.filtered')).toEqual({ display: 'none' });
    expect(bySelector('node')).toMatchObject({ 'text-wrap': 'ellipsis' });
  });

  it('drops edge labels entirely in "never" mode', () => {
    const sheet = buildStylesheet({ theme: 'light', edgeLabels: 'never' }) as Array<{
      selector: string;
      style: Record<string, unknown>;
    }>;
    expect(sheet.find((r) => r.selector === 'edge')!.style.label).toBe('');
  });
});
