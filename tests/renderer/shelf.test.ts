import { describe, expect, it } from 'vitest';
import { SHELF_SPACING, shelfPositions } from '../../renderer/layout/shelf';

describe('shelf for unconnected entities', () => {
  const items = Array.from({ length: 14 }, (_, i) => ({ id: `n${String(i).padStart(2, '0')}`, priority: i }));

  it('puts every item below the drawing, in rows, most important first', () => {
    const box = { x1: 0, y1: 0, x2: 600, y2: 400 };
    const pos = shelfPositions(items, box);
    expect(pos.size).toBe(14);
    for (const p of pos.values()) expect(p.y).toBeGreaterThanOrEqual(400 + SHELF_SPACING.gap);
    // n13 is the most important: first row, first column.
    const first = pos.get('n13')!;
    expect(first.y).toBe(400 + SHELF_SPACING.gap);
    expect(Math.min(...[...pos.values()].map((p) => p.x))).toBe(first.x);
  });

  it('never overlaps two items', () => {
    const pos = [...shelfPositions(items, null).values()];
    const keys = new Set(pos.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(pos.length);
  });

  it('centres the shelf under the drawing', () => {
    const pos = [...shelfPositions(items.slice(0, 3), { x1: 100, y1: 0, x2: 300, y2: 50 }).values()];
    const xs = pos.map((p) => p.x);
    expect((Math.min(...xs) + Math.max(...xs)) / 2).toBe(200);
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
