/**
 * Label placement (pure, screen space): which node and relation labels to draw at the current zoom, and
 * where. Greedy by importance over a uniform grid, the sigma.js idea, with two additions:
 *  - every node body is an obstacle, so a label is never drawn over another entity;
 *  - a node label that does not fit under its node tries beside and above it before giving up, so a
 *    label is hidden only when there is genuinely no room around its node (zooming in then makes room).
 * Small graphs are laid out with room for every label at the default zoom (layout/frame.ts), so this pass
 * hides nothing there; it decides what shows in large graphs and when zoomed or panned.
 * Relation labels are placed after all entity labels, along their (rotated) edge, and only where free.
 */
export type LabelPlacement = 'below' | 'right' | 'above' | 'left';

/** Preference order: under the node (the default reading position), then beside it, then above. */
export const LABEL_PLACEMENTS: readonly LabelPlacement[] = ['below', 'right', 'left', 'above'];

/** A rectangle on screen (px): centre, size and an optional rotation (radians, about the centre). */
export interface Rect {
  cx: number;
  cy: number;
  width: number;
  height: number;
  angle?: number;
}

export interface NodeLabelCandidate {
  id: string;
  /** Node centre and drawn size on screen (px). */
  x: number;
  y: number;
  size: number;
  /** Label size on screen (px) at the font it would be drawn with. */
  width: number;
  height: number;
  /** Higher is placed first. `Infinity` = pinned (selected, focused, on a path, hovered): always drawn. */
  priority: number;
}

export interface EdgeLabelCandidate {
  id: string;
  /** Label centre on screen, its size, and the edge's angle (labels are drawn along the edge). */
  rect: Rect;
  priority: number;
}

export interface PlaceOptions {
  /** Clearance kept around every label, px. */
  padding?: number;
  /** Gap between a node and its label, px. */
  margin?: number;
  /** Grid cell, px (about a few labels' height). */
  cell?: number;
  /**
   * Whether an important label with no free placement may cover less important entities (never another
   * label). Only for large graphs, where a hub's name matters more than every dot under it; small graphs
   * are laid out with room for every label, and a label over a node hides what that node is.
   */
  overMinorBodies?: boolean;
}

export interface LabelLayout {
  /** Node labels to draw and where; a node absent here shows no label. */
  nodes: Map<string, LabelPlacement>;
  /** Relation labels to draw. */
  edges: Set<string>;
}

/** Where a node's label box lies for a placement. */
export function nodeLabelRect(c: NodeLabelCandidate, placement: LabelPlacement, margin = 4): Rect {
  const r = c.size / 2 + margin;
  switch (placement) {
    case 'below':
      return { cx: c.x, cy: c.y + r + c.height / 2, width: c.width, height: c.height };
    case 'above':
      return { cx: c.x, cy: c.y - r - c.height / 2, width: c.width, height: c.height };
    case 'right':
      return { cx: c.x + r + c.width / 2, cy: c.y, width: c.width, height: c.height };
    case 'left':
      return { cx: c.x - r - c.width / 2, cy: c.y, width: c.width, height: c.height };
  }
}

function corners(r: Rect): Array<[number, number]> {
  const cos = Math.cos(r.angle ?? 0);
  const sin = Math.sin(r.angle ?? 0);
  const hw = r.width / 2;
  const hh = r.height / 2;
  return [
    [-hw, -hh],
    [hw, -hh],
    [hw, hh],
    [-hw, hh],
  ].map(([x, y]) => [r.cx + x * cos - y * sin, r.cy + x * sin + y * cos]);
}

/** Axis-aligned bounds of a (possibly rotated) rectangle, grown by `pad`. */
export function bounds(r: Rect, pad = 0): { x1: number; y1: number; x2: number; y2: number } {
  if (!r.angle) {
    return {
      x1: r.cx - r.width / 2 - pad,
      y1: r.cy - r.height / 2 - pad,
      x2: r.cx + r.width / 2 + pad,
      y2: r.cy + r.height / 2 + pad,
    };
  }
  const pts = corners(r);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return {
    x1: Math.min(...xs) - pad,
    y1: Math.min(...ys) - pad,
    x2: Math.max(...xs) + pad,
    y2: Math.max(...ys) + pad,
  };
}

/** Whether two rectangles overlap (with `padding` clearance); rotated ones by the separating-axis test. */
export function rectsOverlap(a: Rect, b: Rect, padding = 0): boolean {
  if (!a.angle && !b.angle) {
    return (
      Math.abs(a.cx - b.cx) < (a.width + b.width) / 2 + padding &&
      Math.abs(a.cy - b.cy) < (a.height + b.height) / 2 + padding
    );
  }
  const grow = (r: Rect): Rect => ({ ...r, width: r.width + padding, height: r.height + padding });
  const pa = corners(grow(a));
  const pb = corners(grow(b));
  for (const poly of [pa, pb]) {
    for (let i = 0; i < 2; i++) {
      const [x1, y1] = poly[i];
      const [x2, y2] = poly[i + 1];
      const axis = [y1 - y2, x2 - x1];
      const project = (pts: Array<[number, number]>) => pts.map(([x, y]) => x * axis[0] + y * axis[1]);
      const A = project(pa);
      const B = project(pb);
      if (Math.max(...A) <= Math.min(...B) || Math.max(...B) <= Math.min(...A)) return false;
    }
  }
  return true;
}

interface Occupant {
  rect: Rect;
  owner: string;
  /** Node bodies can be given way to by a more important label with no other room. */
  body?: { priority: number };
}

/** A uniform grid of occupied rectangles, each tagged with the node it belongs to. */
class Occupancy {
  private readonly grid = new Map<string, Occupant[]>();

  constructor(
    private readonly cell: number,
    private readonly padding: number,
  ) {}

  private keys(rect: Rect): string[] {
    const b = bounds(rect, this.padding);
    const keys: string[] = [];
    for (let x = Math.floor(b.x1 / this.cell); x <= Math.floor(b.x2 / this.cell); x++)
      for (let y = Math.floor(b.y1 / this.cell); y <= Math.floor(b.y2 / this.cell); y++)
        keys.push(`${x},${y}`);
    return keys;
  }

  /**
   * Whether `rect` overlaps anything not owned by `owner`; with `overBodiesBelow`, bodies of nodes less
   * important than that do not count.
   */
  collides(rect: Rect, owner?: string, overBodiesBelow = -Infinity): boolean {
    return this.keys(rect).some((key) =>
      (this.grid.get(key) ?? []).some(
        (other) =>
          other.owner !== owner &&
          !(other.body && other.body.priority < overBodiesBelow) &&
          rectsOverlap(rect, other.rect, this.padding),
      ),
    );
  }

  add(occupant: Occupant): void {
    for (const key of this.keys(occupant.rect)) {
      const list = this.grid.get(key);
      if (list) list.push(occupant);
      else this.grid.set(key, [occupant]);
    }
  }
}

const byPriority = <T extends { id: string; priority: number }>(a: T, b: T) =>
  b.priority - a.priority || a.id.localeCompare(b.id);

/**
 * Decides which labels to draw and where. Node labels first (most important first, each at the first
 * free placement), then relation labels in the space left. Pinned labels are always drawn (at their
 * first free placement, else below) and still occupy space.
 */
export function placeLabels(
  nodes: readonly NodeLabelCandidate[],
  edges: readonly EdgeLabelCandidate[] = [],
  options: PlaceOptions = {},
): LabelLayout {
  const padding = options.padding ?? 3;
  const margin = options.margin ?? 4;
  const space = new Occupancy(options.cell ?? 64, padding);
  // Node bodies are obstacles for every label but their own (the disc's bounding square, slightly shrunk:
  // the corners of a disc are empty).
  for (const n of nodes) {
    const body = { cx: n.x, cy: n.y, width: n.size * 0.9, height: n.size * 0.9 };
    space.add({ rect: body, owner: n.id, body: { priority: n.priority } });
  }

  const placed = new Map<string, LabelPlacement>();
  const firstFree = (c: NodeLabelCandidate, overBodiesBelow?: number) =>
    LABEL_PLACEMENTS.find((p) => !space.collides(nodeLabelRect(c, p, margin), c.id, overBodiesBelow));
  for (const c of [...nodes].sort(byPriority)) {
    // Where nothing is free, an important label may cover minor entities in large graphs (option).
    const choice =
      firstFree(c) ??
      (options.overMinorBodies ? firstFree(c, c.priority) : undefined) ??
      (c.priority === Infinity ? 'below' : undefined);
    if (!choice) continue;
    placed.set(c.id, choice);
    space.add({ rect: nodeLabelRect(c, choice, margin), owner: c.id });
  }

  const shownEdges = new Set<string>();
  for (const e of [...edges].sort(byPriority)) {
    if (e.priority !== Infinity && space.collides(e.rect)) continue;
    shownEdges.add(e.id);
    space.add({ rect: e.rect, owner: `edge:${e.id}` });
  }
  return { nodes: placed, edges: shownEdges };
}

/** A relation label's rectangle: centred on the edge's midpoint, turned along it and kept upright. */
export function edgeLabelRect(
  from: { x: number; y: number },
  to: { x: number; y: number },
  mid: { x: number; y: number },
  width: number,
  height: number,
): Rect {
  let angle = Math.atan2(to.y - from.y, to.x - from.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  return { cx: mid.x, cy: mid.y, width, height, angle };
}
