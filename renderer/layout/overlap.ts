/**
 * Overlap removal for node-plus-label boxes (pure): after a force layout, pushes apart any two boxes that
 * still overlap, each by half the overlap along the axis where it is smaller, until none overlap. The
 * force layout already keeps boxes apart (it is given each node's label size); this pass removes what it
 * leaves, so at the zoom the layout was made for every label has room. Rejected: graphology-layout-noverlap
 * (used for large graphs), which treats nodes as circles: a label is a wide, flat rectangle under its node.
 */
export interface LayoutBox {
  id: string;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Room a node's label takes under it (model px). */
export interface LabelSize {
  width: number;
  height: number;
}

/** Gap between a node and its label (the stylesheet's text-margin-y plus the label plate). */
export const LABEL_GAP = 6;

/** The box a node and the label under it occupy, from the node's centre. */
export function nodeBox(
  id: string,
  centre: { x: number; y: number },
  size: number,
  label?: LabelSize,
): LayoutBox {
  if (!label) return { id, x: centre.x, y: centre.y, width: size, height: size };
  const height = size + LABEL_GAP + label.height;
  return { id, x: centre.x, y: centre.y - size / 2 + height / 2, width: Math.max(size, label.width), height };
}

/** The node's centre back from its box. */
export function nodeCentre(box: LayoutBox, size: number): { x: number; y: number } {
  return { x: box.x, y: box.y - box.height / 2 + size / 2 };
}

/**
 * Moves boxes (in place) until no two overlap with `padding` between them, or `maxPasses` sweeps are
 * done. Deterministic: the same boxes in the same order give the same result. Returns the passes used.
 */
export function separateBoxes(boxes: LayoutBox[], padding = 10, maxPasses = 80): number {
  for (let pass = 1; pass <= maxPasses; pass++) {
    // Sweep along x: only boxes whose x-ranges meet can overlap.
    const order = [...boxes].sort(
      (a, b) => a.x - a.width / 2 - (b.x - b.width / 2) || a.id.localeCompare(b.id),
    );
    let moved = false;
    for (let i = 0; i < order.length; i++) {
      const a = order[i];
      for (let j = i + 1; j < order.length; j++) {
        const b = order[j];
        if (b.x - b.width / 2 >= a.x + a.width / 2 + padding) break;
        if (pushApart(a, b, padding)) moved = true;
      }
    }
    if (!moved) return pass;
  }
  return maxPasses;
}

/** Pushes two overlapping boxes apart along the axis of least overlap; false when they do not overlap. */
function pushApart(a: LayoutBox, b: LayoutBox, padding: number): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const ox = (a.width + b.width) / 2 + padding - Math.abs(dx);
  const oy = (a.height + b.height) / 2 + padding - Math.abs(dy);
  if (ox <= 0 || oy <= 0) return false;
  // Exactly coincident boxes part along x, in id order (deterministic).
  const sign = (d: number) => (d > 0 ? 1 : d < 0 ? -1 : a.id < b.id ? 1 : -1);
  if (ox < oy) {
    const s = sign(dx) * (ox / 2 + 0.01);
    a.x -= s;
    b.x += s;
  } else {
    const s = sign(dy) * (oy / 2 + 0.01);
    a.y -= s;
    b.y += s;
  }
  return true;
}

/** Whether any two boxes overlap (with `padding`): for tests and checks. */
export function anyOverlap(boxes: readonly LayoutBox[], padding = 0): boolean {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (
        Math.abs(a.x - b.x) < (a.width + b.width) / 2 + padding - 1e-6 &&
        Math.abs(a.y - b.y) < (a.height + b.height) / 2 + padding - 1e-6
      )
        return true;
    }
  return false;
}
