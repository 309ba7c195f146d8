/**
 * Node shapes as geometry, shared by the SVG writer, the canvas legend in PNG exports and the HTML legend
 * icons, so every rendering of a type has the same silhouette as on the Cytoscape canvas.
 */
import type { NodeShape } from '../graph/palette';

export type ShapeGeometry =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number }
  | { kind: 'polygon'; points: Array<[number, number]> };

const round = (n: number) => Math.round(n * 100) / 100;

function regularPolygon(
  cx: number,
  cy: number,
  r: number,
  sides: number,
  rotation: number,
): Array<[number, number]> {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [round(cx + r * Math.cos(a)), round(cy + r * Math.sin(a))] as [number, number];
  });
}

/** Geometry of a node of diameter `size` centred on (cx, cy). */
export function shapeGeometry(
  shape: NodeShape | string,
  cx: number,
  cy: number,
  size: number,
): ShapeGeometry {
  const r = size / 2;
  switch (shape) {
    case 'round-rectangle':
      return {
        kind: 'rect',
        x: round(cx - r),
        y: round(cy - r * 0.8),
        width: size,
        height: round(size * 0.8),
        rx: round(size * 0.18),
      };
    case 'round-diamond':
      return { kind: 'polygon', points: regularPolygon(cx, cy, r, 4, -Math.PI / 2) };
    case 'round-hexagon':
      return { kind: 'polygon', points: regularPolygon(cx, cy, r, 6, 0) };
    case 'round-triangle':
      // Cytoscape's triangle fills the node box: apex at the top, base at the bottom.
      return {
        kind: 'polygon',
        points: [
          [round(cx), round(cy - r)],
          [round(cx + r), round(cy + r)],
          [round(cx - r), round(cy + r)],
        ],
      };
    default:
      return { kind: 'circle', cx: round(cx), cy: round(cy), r: round(r) };
  }
}

/** Traces a shape on a 2D canvas context (caller fills/strokes). */
export function traceShape(ctx: CanvasRenderingContext2D, geometry: ShapeGeometry): void {
  ctx.beginPath();
  if (geometry.kind === 'circle') ctx.arc(geometry.cx, geometry.cy, geometry.r, 0, Math.PI * 2);
  else if (geometry.kind === 'rect')
    ctx.roundRect(geometry.x, geometry.y, geometry.width, geometry.height, geometry.rx);
  else {
    geometry.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
  }
}
