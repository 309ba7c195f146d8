/**
 * Label decluttering: at the current zoom, keep a node's label only if its box does not overlap the label
 * (or node) of a more important node. Greedy by priority over a uniform grid, O(n) for n labels in view:
 * the same idea as sigma.js's label grid, so the default view reads as a map rather than an overlap soup.
 */
export interface LabelBox {
  id: string;
  /** Screen-space box of the label (px). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher wins. `Infinity` = always shown (selected, focused, on a path). */
  priority: number;
}

export interface PickOptions {
  /** Extra clearance between labels, px. */
  padding?: number;
  /** Grid cell size, px (about one label's height x a few). */
  cell?: number;
}

export function boxesOverlap(a: LabelBox, b: LabelBox, padding = 0): boolean {
  return (
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding
  );
}

/** Ids of the labels to show, most important first, none overlapping another shown one. */
export function pickLabels(boxes: readonly LabelBox[], options: PickOptions = {}): Set<string> {
  const padding = options.padding ?? 3;
  const cell = options.cell ?? 64;
  const ordered = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const grid = new Map<string, LabelBox[]>();
  const shown = new Set<string>();
  const cellsOf = (box: LabelBox): string[] => {
    const keys: string[] = [];
    const x0 = Math.floor((box.x - padding) / cell);
    const x1 = Math.floor((box.x + box.width + padding) / cell);
    const y0 = Math.floor((box.y - padding) / cell);
    const y1 = Math.floor((box.y + box.height + padding) / cell);
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) keys.push(`${x},${y}`);
    return keys;
  };
  for (const box of ordered) {
    const keys = cellsOf(box);
    const collides =
      box.priority !== Infinity &&
      keys.some((key) => (grid.get(key) ?? []).some((other) => boxesOverlap(box, other, padding)));
    if (collides) continue;
    shown.add(box.id);
    for (const key of keys) {
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key)!.push(box);
    }
  }
  return shown;
}

/** Label box under a node (labels are drawn centred below the node). */
export function labelBoxBelow(
  id: string,
  centre: { x: number; y: number },
  nodeHeight: number,
  textWidth: number,
  textHeight: number,
  priority: number,
  margin = 4,
): LabelBox {
  return {
    id,
    x: centre.x - textWidth / 2,
    y: centre.y + nodeHeight / 2 + margin,
    width: textWidth,
    height: textHeight,
    priority,
  };
}
