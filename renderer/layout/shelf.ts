/**
 * Places unconnected entities (no visible relation) on a tidy shelf under the force-directed drawing,
 * most important first, instead of letting the force layout scatter them among the connected ones.
 */
export interface ShelfItem {
  id: string;
  priority: number;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const SHELF_SPACING = { column: 120, row: 64, gap: 90, minColumns: 6 } as const;

export function shelfPositions(
  items: readonly ShelfItem[],
  above: Box | null,
): Map<string, { x: number; y: number }> {
  const s = SHELF_SPACING;
  const ordered = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const width = above ? above.x2 - above.x1 : 0;
  const columns = Math.max(
    s.minColumns,
    Math.floor(width / s.column) + 1,
    Math.ceil(Math.sqrt(ordered.length * 2)),
  );
  const rowWidth = (Math.min(columns, ordered.length) - 1) * s.column;
  const centre = above ? (above.x1 + above.x2) / 2 : 0;
  const top = above ? above.y2 + s.gap : 0;
  const positions = new Map<string, { x: number; y: number }>();
  ordered.forEach((item, i) => {
    positions.set(item.id, {
      x: centre - rowWidth / 2 + (i % columns) * s.column,
      y: top + Math.floor(i / columns) * s.row,
    });
  });
  return positions;
}
