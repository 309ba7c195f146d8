/**
 * Places unconnected entities (no visible relation) on a tidy shelf under the force-directed drawing,
 * most important first, instead of letting the force layout scatter them among the connected ones.
 * Items are packed in rows by the width of their label, so every name fits: a fixed grid either wastes
 * room on short names or lets long ones collide.
 */
import { nodeBox, type LabelSize } from './overlap';

export interface ShelfItem {
  id: string;
  priority: number;
  /** Node size (model px); 30 when unknown. */
  size?: number;
  /** Room the label needs under the node; a short default when unknown. */
  label?: LabelSize;
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const SHELF_SPACING = {
  /** Horizontal and vertical clearance between items. */
  gapX: 18,
  gapY: 16,
  /** Distance between the drawing and the shelf. */
  gap: 90,
  /** Rows are at least this wide (model px), so a few items do not make a tall column. */
  minRowWidth: 640,
} as const;

const DEFAULT_LABEL: LabelSize = { width: 90, height: 20 };

/**
 * Shelf positions `gap` under `above` (the drawing's box), or from the origin. `rowWidth` sets how wide a row
 * may grow (the canvas width, when the caller fits the drawing to it); by default about as wide as the
 * drawing and wide enough that the shelf is not taller than it is wide.
 */
export function shelfPositions(
  items: readonly ShelfItem[],
  above: Box | null,
  options: { rowWidth?: number; gap?: number } = {},
): Map<string, { x: number; y: number }> {
  const s = SHELF_SPACING;
  const ordered = [...items].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const boxes = ordered.map((item) => ({
    item,
    box: nodeBox(item.id, { x: 0, y: 0 }, item.size ?? 30, item.label ?? DEFAULT_LABEL),
  }));
  // About as wide as the drawing, and wide enough that the shelf is not taller than it is wide.
  const area = boxes.reduce((sum, { box }) => sum + (box.width + s.gapX) * (box.height + s.gapY), 0);
  const rowWidth =
    options.rowWidth ?? Math.max(s.minRowWidth, above ? above.x2 - above.x1 : 0, Math.sqrt(area * 2));

  const rows: Array<typeof boxes> = [];
  let used = Infinity;
  for (const entry of boxes) {
    const w = entry.box.width + s.gapX;
    if (used + w > rowWidth && used > 0) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(entry);
    used += w;
  }

  const centre = above ? (above.x1 + above.x2) / 2 : 0;
  let top = above ? above.y2 + (options.gap ?? s.gap) : 0;
  const positions = new Map<string, { x: number; y: number }>();
  for (const row of rows) {
    const width = row.reduce((sum, { box }) => sum + box.width, 0) + (row.length - 1) * s.gapX;
    let left = centre - width / 2;
    // Node centres on one line, labels hanging under them.
    const biggest = Math.max(...row.map(({ item }) => item.size ?? 30));
    const labels = Math.max(...row.map(({ box, item }) => box.height - (item.size ?? 30)));
    for (const { item, box } of row) {
      positions.set(item.id, { x: left + box.width / 2, y: top + biggest / 2 });
      left += box.width + s.gapX;
    }
    top += biggest + labels + s.gapY;
  }
  return positions;
}
