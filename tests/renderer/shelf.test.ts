import { describe, expect, it } from 'vitest';
import { SHELF_SPACING, shelfPositions, type ShelfItem } from '../../renderer/layout/shelf';
import { anyOverlap, nodeBox, separateBoxes, type LayoutBox } from '../../renderer/layout/overlap';

/** Label widths like real names: short places to long agency names. */
const WIDTHS = [40, 180, 70, 120, 95, 60, 150, 85, 110, 45, 130, 75, 160, 55];
const items: ShelfItem[] = WIDTHS.map((width, i) => ({
  id: `n${String(i).padStart(2, '0')}`,
  priority: i,
  size: 20 + (i % 3) * 6,
  label: { width, height: 18 },
}));
const boxesOf = (pos: Map<string, { x: number; y: number }>): LayoutBox[] =>
  items.map((it) => nodeBox(it.id, pos.get(it.id)!, it.size!, it.label));

describe('shelf for unconnected entities', () => {
  it('puts every item below the drawing, in rows, most important first', () => {
    const box = { x1: 0, y1: 0, x2: 600, y2: 400 };
    const pos = shelfPositions(items, box);
    expect(pos.size).toBe(14);
    for (const b of boxesOf(pos)) expect(b.y - b.height / 2).toBeGreaterThanOrEqual(400 + SHELF_SPACING.gap);
    // n13 is the most important: first row, leftmost.
    const first = pos.get('n13')!;
    const firstRow = [...pos.values()].filter((p) => p.y === first.y);
    expect(Math.min(...firstRow.map((p) => p.x))).toBe(first.x);
    expect(Math.min(...[...pos.values()].map((p) => p.y))).toBe(first.y);
  });

  it('never lets two items or their labels overlap', () => {
    expect(anyOverlap(boxesOf(shelfPositions(items, null)), SHELF_SPACING.gapX - 1)).toBe(false);
  });

  it('centres the shelf under the drawing', () => {
    const three = shelfPositions(items.slice(0, 3), { x1: 100, y1: 0, x2: 300, y2: 50 });
    const boxes = items.slice(0, 3).map((it) => nodeBox(it.id, three.get(it.id)!, it.size!, it.label));
    const left = Math.min(...boxes.map((b) => b.x - b.width / 2));
    const right = Math.max(...boxes.map((b) => b.x + b.width / 2));
    expect((left + right) / 2).toBeCloseTo(200);
  });
});

describe('overlap removal for node-plus-label boxes', () => {
  const box = (id: string, x: number, y: number, width = 100, height = 40): LayoutBox => ({
    id,
    x,
    y,
    width,
    height,
  });

  it.each([
    ['two overlapping side by side', [box('a', 0, 0), box('b', 50, 5)]],
    ['two on the same spot', [box('a', 0, 0), box('b', 0, 0)]],
    ['a pile of ten', Array.from({ length: 10 }, (_, i) => box(`n${i}`, i * 3, i * 2, 60 + i * 10))],
    [
      'a crowded grid (every box overlaps its neighbours)',
      Array.from({ length: 24 }, (_, i) => box(`n${i}`, (i % 6) * 80, Math.floor(i / 6) * 30)),
    ],
  ])('separates %s', (_name, boxes) => {
    separateBoxes(boxes, 10);
    expect(anyOverlap(boxes, 10)).toBe(false);
  });

  it('leaves boxes that do not overlap where they are', () => {
    const boxes = [box('a', 0, 0), box('b', 200, 0), box('c', 0, 100)];
    expect(separateBoxes(boxes, 10)).toBe(1);
    expect(boxes.map((b) => [b.x, b.y])).toEqual([
      [0, 0],
      [200, 0],
      [0, 100],
    ]);
  });

  it('moves along the axis of least overlap', () => {
    const boxes = [box('a', 0, 0, 100, 20), box('b', 90, 2, 100, 20)];
    separateBoxes(boxes, 0);
    expect(boxes[0].y).toBe(0);
    expect(boxes[1].x - boxes[0].x).toBeGreaterThanOrEqual(100);
  });

  it('is deterministic', () => {
    const make = () => Array.from({ length: 30 }, (_, i) => box(`n${i}`, (i * 17) % 90, (i * 29) % 70));
    const a = make();
    const b = make();
    separateBoxes(a);
    separateBoxes(b);
    expect(a).toEqual(b);
  });

  it('keeps a node and its label together: the label hangs under the node', () => {
    const b = nodeBox('n', { x: 10, y: 20 }, 30, { width: 120, height: 18 });
    expect(b.width).toBe(120);
    expect(b.y - b.height / 2).toBe(20 - 15);
  });
});

describe('spiral start positions', () => {
  it('places index 0 near the centre and spreads the rest without collisions', async () => {
    const { spiralPosition } = await import('../../renderer/layout/spiral');
    const points = Array.from({ length: 500 }, (_, i) => spiralPosition(i, 40));
    expect(Math.hypot(points[0].x, points[0].y)).toBeLessThan(40);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(closest, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    expect(closest).toBeGreaterThan(20);
  });
});
