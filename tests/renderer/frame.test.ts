import { describe, expect, it } from 'vitest';
import {
  drawnFont,
  extentOf,
  frameDrawing,
  labelRoom,
  MIN_FRAMED_ZOOM,
  squeeze,
  type FrameNode,
  type FrameOptions,
} from '../../renderer/layout/frame';
import {
  anyOverlap,
  nodeBox,
  removeOverlaps,
  separateBoxes,
  type LayoutBox,
} from '../../renderer/layout/overlap';
import { seededRandom } from '../../renderer/graph/model';

const options = (over: Partial<FrameOptions> = {}): FrameOptions => ({
  canvas: { width: 790, height: 850 },
  padding: { top: 56, right: 60, bottom: 44, left: 40 },
  maxZoom: 1.25,
  minFont: 10.5,
  boxPadding: 10,
  reshape: true,
  laidOutFont: 13,
  ...over,
});

/** A force drawing as the layouts return it: wide and sparse (labels of 40–190 px, 12–17 px fonts). */
function sparseDrawing(count: number, seed = 7, spacing = { x: 260, y: 120 }): FrameNode[] {
  const random = seededRandom(seed);
  const columns = Math.ceil(Math.sqrt(count * 3));
  return Array.from({ length: count }, (_, i) => ({
    id: `n${String(i).padStart(3, '0')}`,
    x: (i % columns) * spacing.x + random() * 60,
    y: Math.floor(i / columns) * spacing.y + random() * 40,
    size: 20 + random() * 40,
    font: i < 3 ? 17 : i < 12 ? 14 : 12,
    textWidth: 40 + random() * 150,
    priority: count - i,
  }));
}

/** Node-plus-label boxes as drawn at `zoom` (labels never below the minimum font on screen). */
function drawnBoxes(nodes: FrameNode[], positions: Map<string, { x: number; y: number }>, zoom: number) {
  return nodes.map((n) => {
    const font = drawnFont(n.font, zoom, 10.5);
    return nodeBox(n.id, positions.get(n.id)!, n.size, labelRoom(n.textWidth * (font / n.font), font));
  });
}

/** Where the boxes are on screen, given the viewport. */
function onScreen(boxes: LayoutBox[], viewport: { zoom: number; pan: { x: number; y: number } }) {
  const e = extentOf(boxes)!;
  const z = viewport.zoom;
  return {
    x1: e.x1 * z + viewport.pan.x,
    y1: e.y1 * z + viewport.pan.y,
    x2: e.x2 * z + viewport.pan.x,
    y2: e.y2 * z + viewport.pan.y,
  };
}

describe('framing a drawing for the canvas', () => {
  const connected = sparseDrawing(36);
  const unlinked = sparseDrawing(24, 3).map((n) => ({ ...n, id: `u${n.id}` }));

  it('gives every label room at the zoom it is shown at, readable, inside the canvas', () => {
    const frame = frameDrawing(connected, unlinked, options());
    expect(frame.reshaped).toBe(true);
    const { zoom } = frame.viewport;
    const boxes = drawnBoxes([...connected, ...unlinked], frame.positions, zoom);
    expect(anyOverlap(boxes, 9)).toBe(false);
    const screen = onScreen(boxes, frame.viewport);
    expect(screen.x1).toBeGreaterThanOrEqual(40 - 0.5);
    expect(screen.y1).toBeGreaterThanOrEqual(56 - 0.5);
    expect(screen.x2).toBeLessThanOrEqual(790 - 60 + 0.5);
    expect(screen.y2).toBeLessThanOrEqual(850 - 44 + 0.5);
    // It fills the canvas along at least one axis (to within the search's precision).
    expect(Math.max((screen.x2 - screen.x1) / 690, (screen.y2 - screen.y1) / 750)).toBeGreaterThan(0.96);
  });

  it('shows the drawing bigger than fitting it as laid out would', () => {
    const framed = frameDrawing(connected, unlinked, options());
    const asIs = frameDrawing(connected, unlinked, options({ reshape: false }));
    expect(framed.viewport.zoom).toBeGreaterThan(asIs.viewport.zoom * 1.3);
  });

  it('keeps the entities without relations on a shelf under the drawing, rows no wider than the canvas', () => {
    const frame = frameDrawing(connected, unlinked, options());
    const zoom = frame.viewport.zoom;
    const drawing = extentOf(drawnBoxes(connected, frame.positions, zoom))!;
    const shelf = extentOf(drawnBoxes(unlinked, frame.positions, zoom))!;
    expect(shelf.y1).toBeGreaterThan(drawing.y2);
    expect((shelf.x2 - shelf.x1) * zoom).toBeLessThanOrEqual(690 + 0.5);
  });

  it('leaves a small drawing as it is, at the zoom cap, centred', () => {
    const few = sparseDrawing(3, 1, { x: 200, y: 100 });
    const frame = frameDrawing(few, [], options());
    expect(frame.viewport.zoom).toBe(1.25);
    const moved = few.map((n) => [frame.positions.get(n.id)!.x - n.x, frame.positions.get(n.id)!.y - n.y]);
    for (const [dx, dy] of moved) {
      expect(dx).toBeCloseTo(moved[0][0]);
      expect(dy).toBeCloseTo(moved[0][1]);
    }
    const screen = onScreen(drawnBoxes(few, frame.positions, 1.25), frame.viewport);
    expect((screen.x1 + screen.x2) / 2).toBeCloseTo(40 + 690 / 2, 0);
  });

  it('does not reshape a graph too dense for every label, and shows it whole', () => {
    const dense = sparseDrawing(500, 5);
    const frame = frameDrawing(dense, [], options());
    expect(frame.reshaped).toBe(false);
    for (const n of dense) expect(frame.positions.get(n.id)).toEqual({ x: n.x, y: n.y });
    const screen = onScreen(drawnBoxes(dense, frame.positions, frame.viewport.zoom), frame.viewport);
    expect(screen.x2 - screen.x1).toBeLessThanOrEqual(690 + 0.5);
  });

  it('never reshapes to a zoom where entities shrink to specks', () => {
    // Enough long labels that only a tiny zoom would give each room.
    const crowded = sparseDrawing(150, 9).map((n) => ({ ...n, textWidth: 190 }));
    const frame = frameDrawing(crowded, [], options({ canvas: { width: 500, height: 500 } }));
    if (frame.reshaped) expect(frame.viewport.zoom).toBeGreaterThanOrEqual(MIN_FRAMED_ZOOM);
    else expect(frame.positions.get('n000')).toEqual({ x: crowded[0].x, y: crowded[0].y });
  });

  it('only chooses the viewport when reshaping is not allowed (a hierarchy keeps its ranks)', () => {
    const frame = frameDrawing(connected, [], options({ reshape: false }));
    for (const n of connected) expect(frame.positions.get(n.id)).toEqual({ x: n.x, y: n.y });
    const screen = onScreen(drawnBoxes(connected, frame.positions, frame.viewport.zoom), frame.viewport);
    expect(screen.x2 - screen.x1).toBeLessThanOrEqual(690 + 0.5);
    expect(screen.y2 - screen.y1).toBeLessThanOrEqual(750 + 0.5);
  });

  it('is deterministic', () => {
    const a = frameDrawing(connected, unlinked, options());
    const b = frameDrawing(connected, unlinked, options());
    expect([...a.positions]).toEqual([...b.positions]);
    expect(a.viewport).toEqual(b.viewport);
  });

  it.each([
    // [label font, zoom, model font drawn]
    [12, 1, 12],
    [12, 0.5, 21],
    [17, 0.8, 17],
  ])('a %s px label at zoom %s is drawn at %s model px', (font, zoom, expected) => {
    expect(drawnFont(font, zoom, 10.5)).toBeCloseTo(expected);
  });
});

describe('squeezing toward a region', () => {
  const box = (id: string, x: number, y: number): LayoutBox => ({ id, x, y, width: 40, height: 20 });

  it.each([
    // [region, expected extent] for boxes spanning 440 × 220
    // (spreads of 400 × 200 between centres; the long axis shrinks at most 1.7× more than the other)
    ['a smaller square: x to 0.4, y to 0.4 × 1.7', { width: 200, height: 200 }, [200, 156]],
    ['a bigger region: nothing moves (never stretches)', { width: 1000, height: 1000 }, [440, 220]],
    [
      'a narrower, taller region: x to 0.5, y to 0.85 to keep the shape',
      { width: 240, height: 400 },
      [240, 190],
    ],
  ])('%s', (_name, region, [width, height]) => {
    const boxes = [box('a', 0, 0), box('b', 400, 0), box('c', 0, 200), box('d', 400, 200)];
    squeeze(boxes, region);
    const e = extentOf(boxes)!;
    expect(e.x2 - e.x1).toBeCloseTo(width);
    expect(e.y2 - e.y1).toBeCloseTo(height);
  });
});

describe('overlap removal on dense drawings', () => {
  const pile = (count: number): LayoutBox[] => {
    const random = seededRandom(count);
    return Array.from({ length: count }, (_, i) => ({
      id: `n${i}`,
      x: random() * count * 3,
      y: random() * count * 2,
      width: 40 + random() * 150,
      height: 30 + random() * 30,
    }));
  };

  it.each([30, 120, 300])('leaves no overlap among %s boxes', (count) => {
    const boxes = pile(count);
    removeOverlaps(boxes, 10);
    expect(anyOverlap(boxes, 9.99)).toBe(false);
  });

  it('moves nothing when nothing overlaps', () => {
    const boxes = [
      { id: 'a', x: 0, y: 0, width: 50, height: 20 },
      { id: 'b', x: 100, y: 0, width: 50, height: 20 },
    ];
    removeOverlaps(boxes, 10);
    expect(boxes.map((b) => [b.x, b.y])).toEqual([
      [0, 0],
      [100, 0],
    ]);
  });

  it('needs no more room than pushing pairs apart until done (within 15 %)', () => {
    const a = pile(120);
    const b = pile(120);
    removeOverlaps(a, 10);
    separateBoxes(b, 10, 5000);
    const area = (boxes: LayoutBox[]) => {
      const e = extentOf(boxes)!;
      return (e.x2 - e.x1) * (e.y2 - e.y1);
    };
    expect(area(a)).toBeLessThan(area(b) * 1.15);
  });
});
