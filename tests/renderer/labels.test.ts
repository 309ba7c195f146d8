import { describe, expect, it } from 'vitest';
import {
  edgeLabelRect,
  nodeLabelRect,
  placeLabels,
  rectsOverlap,
  type NodeLabelCandidate,
  type Rect,
} from '../../renderer/graph/labels';
import { screenLabelFont } from '../../renderer/canvas/labelling';

/** A node at (x, y) of size 20 with an 80×14 label. */
const node = (id: string, x: number, y: number, priority = 1, width = 80): NodeLabelCandidate => ({
  id,
  x,
  y,
  size: 20,
  width,
  height: 14,
  priority,
});

const rect = (cx: number, cy: number, width = 80, height = 14, angle = 0): Rect => ({
  cx,
  cy,
  width,
  height,
  angle,
});

describe('rectangle overlap', () => {
  it.each([
    ['side by side, touching', rect(0, 0), rect(80, 0), false],
    ['side by side, overlapping', rect(0, 0), rect(70, 0), true],
    ['stacked apart', rect(0, 0), rect(0, 20), false],
    ['crossing at right angles', rect(0, 0), rect(0, 0, 80, 14, Math.PI / 2), true],
    // A steep label next to a flat one: their bounding boxes overlap, the labels do not.
    ['diagonal beside flat', rect(0, 0, 80, 10, Math.PI / 4), rect(40, -30, 30, 10), false],
    ['diagonal over flat', rect(0, 0, 80, 10, Math.PI / 4), rect(10, 10, 30, 10), true],
  ])('%s', (_name, a, b, expected) => {
    expect(rectsOverlap(a, b)).toBe(expected);
    expect(rectsOverlap(b, a)).toBe(expected);
  });
});

describe('label placement', () => {
  const placements = (nodes: NodeLabelCandidate[]) =>
    Object.fromEntries(placeLabels(nodes, [], { padding: 2, margin: 4 }).nodes);

  it('puts every label under its node when there is room', () => {
    const grid = Array.from({ length: 20 }, (_, i) =>
      node(`n${i}`, (i % 5) * 120, Math.floor(i / 5) * 70, i),
    );
    const placed = placements(grid);
    expect(Object.keys(placed)).toHaveLength(20);
    expect(new Set(Object.values(placed))).toEqual(new Set(['below']));
  });

  it.each([
    // [what is in the way, expected placement of a's label]
    ['a node right under it', [node('b', 0, 32, 5)], 'right'],
    ['a more important label under it and its node beside', [node('b', 70, 10, 5, 200)], 'left'],
    ['nodes under and to the right', [node('b', 0, 32, 5), node('c', 60, 0, 5)], 'left'],
    [
      'nodes under and on both sides',
      [node('b', 0, 32, 5), node('c', 60, 0, 5), node('d', -60, 0, 5)],
      'above',
    ],
  ])('moves a label beside or above its node when %s', (_name, others, expected) => {
    expect(placements([node('a', 0, 0, 1), ...others]).a).toBe(expected);
  });

  it('hides the less important label only when no placement is free, and never draws over a node', () => {
    const ring = [node('b', 0, 32, 5), node('c', 60, 0, 5), node('d', -60, 0, 5), node('e', 0, -32, 5)];
    const placed = placements([node('a', 0, 0, 1), ...ring]);
    expect(placed.a).toBeUndefined();
    // Zooming in (everything twice as far apart, labels the same size on screen) makes room again.
    const zoomed = [node('a', 0, 0, 1), ...ring.map((n) => ({ ...n, x: n.x * 2, y: n.y * 2 }))];
    expect(placements(zoomed).a).toBeDefined();
  });

  it('never draws a label over another entity in a small graph; a large graph lets a hub cover minor dots', () => {
    // A hub boxed in by four minor entities: no placement around it is free of a node.
    const ring = [node('b', 0, 30, 1), node('c', 60, 0, 1), node('d', -60, 0, 1), node('e', 0, -30, 1)];
    const nodes = [node('hub', 0, 0, 50), ...ring];
    expect(placeLabels(nodes, [], { padding: 2, margin: 4 }).nodes.has('hub')).toBe(false);
    expect(placeLabels(nodes, [], { padding: 2, margin: 4, overMinorBodies: true }).nodes.has('hub')).toBe(
      true,
    );
  });

  it('always draws a pinned label (selected, focused), even over a more important one', () => {
    const placed = placements([node('big', 0, 0, 100), node('selected', 5, 2, Infinity)]);
    expect(placed.selected).toBeDefined();
  });

  it('no two drawn labels overlap, whatever the density', () => {
    const nodes = Array.from({ length: 200 }, (_, i) => node(`n${i}`, (i * 37) % 400, (i * 53) % 300, i));
    const layout = placeLabels(nodes, [], { padding: 2, margin: 4, overMinorBodies: true });
    const rects = [...layout.nodes].map(([id, where]) =>
      nodeLabelRect(
        nodes.find((n) => n.id === id)!,
        where,
        4,
      ),
    );
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) expect(rectsOverlap(rects[i], rects[j])).toBe(false);
    // The most important entity keeps its label (over minor dots if need be).
    expect(layout.nodes.has('n199')).toBe(true);
    expect(layout.nodes.size).toBeLessThan(200);
  });

  it('names a relation along its edge only where no entity or its label is', () => {
    const nodes = [node('a', 0, 0, 5), node('b', 200, 0, 5), node('c', 100, 100, 5)];
    const free = {
      id: 'ab',
      rect: edgeLabelRect({ x: 10, y: 0 }, { x: 190, y: 0 }, { x: 100, y: 0 }, 60, 12),
      priority: 1,
    };
    // Its middle falls on c's label (under c).
    const blocked = {
      id: 'ac',
      rect: edgeLabelRect({ x: 0, y: 0 }, { x: 200, y: 242 }, { x: 100, y: 121 }, 60, 12),
      priority: 2,
    };
    expect([...placeLabels(nodes, [free, blocked]).edges]).toEqual(['ab']);
  });

  it('keeps relation labels upright', () => {
    expect(edgeLabelRect({ x: 100, y: 0 }, { x: 0, y: 0 }, { x: 50, y: 0 }, 10, 10).angle).toBeCloseTo(0);
    expect(edgeLabelRect({ x: 100, y: 100 }, { x: 0, y: 0 }, { x: 50, y: 50 }, 10, 10).angle).toBeCloseTo(
      Math.PI / 4,
    );
    const vertical = edgeLabelRect({ x: 0, y: 100 }, { x: 0, y: 0 }, { x: 0, y: 50 }, 10, 10).angle!;
    expect(Math.abs(vertical)).toBeCloseTo(Math.PI / 2);
  });
});

describe('label font on screen', () => {
  const small = { enlarge: true, min: 10.5, readable: 11 };
  const large = { enlarge: false, min: 10.5, readable: 11 };
  it.each([
    ['small graph, zoomed out: enlarged to stay readable', 12, 0.5, small, 10.5],
    ['small graph, zoomed in: natural size', 12, 2, small, 24],
    ['large graph, zoomed out: not drawn', 12, 0.5, large, null],
    ['large graph, big label: natural size', 17, 1, large, 17],
  ])('%s', (_name, base, zoom, rule, expected) => {
    expect(screenLabelFont(base, zoom, rule)).toBe(expected);
  });
});
