/**
 * Frames a drawing for the canvas it is shown in (pure, model px): finds the largest zoom at which the
 * whole drawing fits the canvas with every label at a readable size and with room of its own, squeezing
 * the force-directed part toward the canvas's shape when allowed, and returns the positions and viewport.
 *
 * Why: a force layout knows nothing of the window. Left alone it returned a wide drawing with generous
 * gaps; fitted into the (taller than wide) canvas between the panels everything became small (zoom 0.45
 * on the seed graph at 1440×900), and labels, enlarged to stay readable, outgrew the room the layout had
 * kept for them, so the label pass had to hide them.
 *
 * How, for a candidate zoom z: labels are sized as they will be drawn (never below `minFont` on screen, so
 * below z = 1 a label takes more model room); the unlinked entities' shelf is packed into rows as wide as
 * the canvas; the connected drawing is squeezed (never stretched) toward the region above the shelf, the
 * long axis up to ASPECT_MAX times more than the other, and its node-plus-label boxes are pulled apart
 * again. z fits when the result fits the canvas at z. Fitting is monotone enough in z for a binary
 * search (in log scale) to find the largest z that fits; the viewport then centres the result.
 * Rejected: shrinking to a fixed density (ignores the window: a wide screen and a narrow one want
 * different shapes); stretching sparse drawings to fill the canvas (a five-entity focus would get edges
 * across the screen and a zoom cap does that job); fcose's own `boundingBox` (it only scales the result).
 */
import { nodeBox, nodeCentre, removeOverlaps, type LabelSize, type LayoutBox } from './overlap';
import { SHELF_SPACING, shelfPositions, type ShelfItem } from './shelf';

/** Room Cytoscape gives a label beyond its text, each side: the plate's 2 px padding and its 2 px margin of error. */
export const LABEL_PLATE = 4;
/** The long axis of a drawing may be squeezed at most this many times more than the other (keeps its shape recognisable). */
export const ASPECT_MAX = 1.7;
/** Squeeze-and-separate tries per zoom: enough to absorb what separating adds back. */
const SQUEEZE_ROUNDS = 3;
/** A drawing is reshaped only if that lets it be shown at this zoom or more (nodes 5 px and up). */
export const MIN_FRAMED_ZOOM = 0.25;
/** Labels covering more than this share of the canvas cannot all be given room (packing leaves gaps). */
const MAX_DENSITY = 0.4;
/** The connected drawing keeps at least this share of the canvas height, however tall the shelf. */
const MIN_DRAWING_SHARE = 0.45;

/** The box a label occupies, from its text width at `font` (model px). */
export function labelRoom(textWidth: number, font: number): LabelSize {
  return { width: textWidth + 2 * LABEL_PLATE, height: font + 2 * LABEL_PLATE };
}

/** Model font a label is drawn at when the view is at `zoom` (small fonts are enlarged to `minFont` on screen). */
export function drawnFont(font: number, zoom: number, minFont: number): number {
  return Math.max(font, minFont / zoom);
}

export interface FrameNode {
  id: string;
  /** Position from the layout (ignored for entities on the shelf). */
  x: number;
  y: number;
  size: number;
  /** The label's own font (model px) and its text width at that font, after ellipsis. */
  font: number;
  textWidth: number;
  priority: number;
}

export interface FrameOptions {
  canvas: { width: number; height: number };
  /** Screen px kept free around the drawing (clear of controls floating over the canvas). */
  padding: Insets;
  maxZoom: number;
  minZoom?: number;
  /** Smallest font a label is drawn at on screen. */
  minFont: number;
  /** Clearance between node-plus-label boxes, model px. */
  boxPadding: number;
  /** May the connected drawing be squeezed and its boxes moved apart (force layouts)? Else only the viewport is chosen. */
  reshape: boolean;
  /** Label font (model px) the layout kept room for, when it did (reshape). */
  laidOutFont?: number;
}

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
}

export interface Frame {
  positions: Map<string, { x: number; y: number }>;
  viewport: Viewport;
  /** Whether the drawing was reshaped to give every label room (false: kept as laid out, too dense or not allowed). */
  reshaped: boolean;
}

interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function extentOf(boxes: readonly LayoutBox[]): Extent | null {
  if (boxes.length === 0) return null;
  const e = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const b of boxes) {
    e.x1 = Math.min(e.x1, b.x - b.width / 2);
    e.x2 = Math.max(e.x2, b.x + b.width / 2);
    e.y1 = Math.min(e.y1, b.y - b.height / 2);
    e.y2 = Math.max(e.y2, b.y + b.height / 2);
  }
  return e;
}

function union(a: Extent | null, b: Extent | null): Extent | null {
  if (!a || !b) return a ?? b;
  return {
    x1: Math.min(a.x1, b.x1),
    y1: Math.min(a.y1, b.y1),
    x2: Math.max(a.x2, b.x2),
    y2: Math.max(a.y2, b.y2),
  };
}

/**
 * Moves box centres (in place) toward the middle so the boxes' extent approaches `region`. Never
 * stretches; the axis that must shrink most may shrink at most ASPECT_MAX times more than the other.
 */
export function squeeze(boxes: LayoutBox[], region: { width: number; height: number }): void {
  const extent = extentOf(boxes);
  if (!extent || boxes.length < 2) return;
  const xs = boxes.map((b) => b.x);
  const ys = boxes.map((b) => b.y);
  const spread = { x: Math.max(...xs) - Math.min(...xs), y: Math.max(...ys) - Math.min(...ys) };
  // The extent is the centres' spread plus half a box at each edge: only the spread can shrink.
  const factor = (regionSize: number, extentSize: number, spreadSize: number) =>
    spreadSize <= 0 ? 1 : Math.min(1, Math.max(0.02, (regionSize - (extentSize - spreadSize)) / spreadSize));
  let fx = factor(region.width, extent.x2 - extent.x1, spread.x);
  let fy = factor(region.height, extent.y2 - extent.y1, spread.y);
  fx = Math.min(fx, fy * ASPECT_MAX);
  fy = Math.min(fy, fx * ASPECT_MAX);
  const cx = (Math.max(...xs) + Math.min(...xs)) / 2;
  const cy = (Math.max(...ys) + Math.min(...ys)) / 2;
  for (const b of boxes) {
    b.x = cx + (b.x - cx) * fx;
    b.y = cy + (b.y - cy) * fy;
  }
}

/**
 * Squeezes the boxes toward `region` and pulls them apart again; separating spreads them, so when the
 * result overflows, the squeeze aims that much smaller and tries again (from the same start).
 */
function squeezeToFit(boxes: LayoutBox[], region: { width: number; height: number }, padding: number): void {
  const start = boxes.map((b) => ({ x: b.x, y: b.y }));
  const target = { ...region };
  for (let round = 0; round < SQUEEZE_ROUNDS; round++) {
    if (round > 0) boxes.forEach((b, i) => Object.assign(b, start[i]));
    squeeze(boxes, target);
    removeOverlaps(boxes, padding);
    const e = extentOf(boxes)!;
    const over = { x: (e.x2 - e.x1) / region.width, y: (e.y2 - e.y1) / region.height };
    if (over.x <= 1.001 && over.y <= 1.001) return;
    if (over.x > 1) target.width /= over.x;
    if (over.y > 1) target.height /= over.y;
  }
}

interface Attempt {
  positions: Map<string, { x: number; y: number }>;
  extent: Extent | null;
  fits: boolean;
}

export function frameDrawing(
  connected: readonly FrameNode[],
  unlinked: readonly FrameNode[],
  options: FrameOptions,
): Frame {
  const avail = {
    width: Math.max(1, options.canvas.width - options.padding.left - options.padding.right),
    height: Math.max(1, options.canvas.height - options.padding.top - options.padding.bottom),
  };
  const fitZoom = (e: Extent | null) =>
    e ? Math.min(avail.width / Math.max(1, e.x2 - e.x1), avail.height / Math.max(1, e.y2 - e.y1)) : Infinity;
  const label = (n: FrameNode, zoom: number) => {
    const font = drawnFont(n.font, zoom, options.minFont);
    return labelRoom(n.textWidth * (font / n.font), font);
  };

  const attempt = (zoom: number, reshape: boolean): Attempt => {
    // Below the zoom the layout kept label room for, labels are drawn bigger in model px: spread the
    // drawing as much first, so that squeezing starts from a drawing with room for its labels.
    const spread = reshape ? Math.max(1, options.minFont / zoom / (options.laidOutFont ?? Infinity)) : 1;
    const boxes = connected.map((n) =>
      nodeBox(n.id, { x: n.x * spread, y: n.y * spread }, n.size, label(n, zoom)),
    );
    const shelf: ShelfItem[] = unlinked.map((n) => ({
      id: n.id,
      priority: n.priority,
      size: n.size,
      label: label(n, zoom),
    }));
    const rowWidth = avail.width / zoom;
    const shelfBoxes = (positions: Map<string, { x: number; y: number }>) =>
      shelf.map((s) => nodeBox(s.id, positions.get(s.id)!, s.size!, s.label));
    if (reshape && boxes.length > 1) {
      const trial = extentOf(shelfBoxes(shelfPositions(shelf, null, { rowWidth })));
      const shelfHeight = trial ? trial.y2 - trial.y1 + SHELF_SPACING.gap : 0;
      const height = avail.height / zoom;
      const region = { width: rowWidth, height: Math.max(height - shelfHeight, height * MIN_DRAWING_SHARE) };
      squeezeToFit(boxes, region, options.boxPadding);
    }
    const drawing = extentOf(boxes);
    const shelved = shelfPositions(shelf, drawing, { rowWidth });
    const positions = new Map<string, { x: number; y: number }>();
    const moved = reshape && boxes.length > 1;
    connected.forEach((n, i) =>
      positions.set(n.id, moved ? nodeCentre(boxes[i], n.size) : { x: n.x, y: n.y }),
    );
    for (const [id, p] of shelved) positions.set(id, p);
    const extent = union(drawing, extentOf(shelfBoxes(shelved)));
    return { positions, extent, fits: fitZoom(extent) >= zoom * 0.999 };
  };

  const finish = (result: Attempt, reshaped: boolean): Frame => {
    const e = result.extent ?? { x1: 0, y1: 0, x2: 0, y2: 0 };
    const zoom = Math.max(options.minZoom ?? 0.05, Math.min(options.maxZoom, fitZoom(result.extent)));
    return {
      positions: result.positions,
      viewport: {
        zoom,
        pan: {
          x: options.padding.left + avail.width / 2 - zoom * ((e.x1 + e.x2) / 2),
          y: options.padding.top + avail.height / 2 - zoom * ((e.y1 + e.y2) / 2),
        },
      },
      reshaped,
    };
  };

  /** The attempt at the largest zoom that fits, to about 1.5 % (geometric bisection: zoom is a ratio). */
  const search = (reshape: boolean): Attempt | null => {
    let hi = options.maxZoom;
    const top = attempt(hi, reshape);
    if (top.fits) return top;
    // Reshaping aims at a readable picture: below MIN_FRAMED_ZOOM entities shrink to specks.
    let lo = Math.max(options.minZoom ?? 0.05, reshape ? MIN_FRAMED_ZOOM : 0);
    let best = attempt(lo, reshape);
    if (!best.fits) return null;
    while (hi / lo > 1.015) {
      const mid = Math.sqrt(lo * hi);
      const result = attempt(mid, reshape);
      if (result.fits) {
        lo = mid;
        best = result;
      } else hi = mid;
    }
    return best;
  };

  if (options.reshape && !tooDense(connected, unlinked, avail, options)) {
    const framed = search(true);
    if (framed) return finish(framed, true);
  }
  // As laid out: the viewport that shows it whole (labels that find no room are hidden, least important first).
  return finish(search(false) ?? attempt(options.minZoom ?? 0.05, false), false);
}

/**
 * Whether the labels alone, at the smallest readable size, would cover more than MAX_DENSITY of the
 * canvas: then no arrangement gives every label room, and the drawing is kept as laid out.
 */
function tooDense(
  connected: readonly FrameNode[],
  unlinked: readonly FrameNode[],
  avail: { width: number; height: number },
  options: FrameOptions,
): boolean {
  let area = 0;
  for (const n of [...connected, ...unlinked]) {
    const room = labelRoom(n.textWidth * (options.minFont / n.font), options.minFont);
    area += room.width * room.height;
  }
  return area > avail.width * avail.height * MAX_DENSITY;
}
