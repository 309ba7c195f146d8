/**
 * SVG writer (pure): a vector drawing of the graph from node positions and the same encodings as the
 * canvas (palette.ts, adapter.ts), with labels, an optional title and legend. Written by hand rather than
 * with cytoscape-svg so the output is small, deterministic, testable without a browser, and carries the
 * legend and title; every piece of text is XML-escaped (labels are untrusted data).
 */
import { DECORATION_SIZES, imageFrame } from './size';
import { layoutLegend, legendHeight, type LegendEntry } from './legend';
import { shapeGeometry, type ShapeGeometry } from './shapes';

export interface Point {
  x: number;
  y: number;
}

export interface SvgNode {
  id: string;
  label: string;
  position: Point;
  size: number;
  shape: string;
  color: string;
  showLabel: boolean;
  /** Label size in model px (default 12). */
  fontSize?: number;
  /** Where the label sits (as on the canvas): below the node unless there was no room. */
  labelPlacement?: 'below' | 'right' | 'left' | 'above';
}

export interface SvgEdge {
  id: string;
  /** Where the line starts and ends (node borders), model coordinates. */
  from: Point;
  to: Point;
  /** Bezier control points as Cytoscape computes them (none for straight edges). */
  controls?: Point[];
  color: string;
  width: number;
  dash: number[];
  arrow: boolean;
  struck: boolean;
  opacity: number;
  label?: string;
}

export interface SvgOptions {
  /** Model-coordinate box to draw. */
  bounds: { x: number; y: number; width: number; height: number };
  /** Output size of the graph drawing in px (the frame adds title/legend bands around it). */
  width: number;
  height: number;
  background: string | null;
  text: string;
  labelPlate: string;
  font: string;
  title?: string;
  legend?: LegendEntry[];
  /**
   * Draw a halo (a stroke in the background colour under the text, via paint-order) so labels stay
   * readable over edges. PDF conversion does not support paint-order, so the PDF path turns it off.
   */
  labelHalo?: boolean;
}

/** Characters XML 1.0 forbids (C0 controls except tab, newline, carriage return; U+FFFE, U+FFFF). */
function isXmlChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code === 0xfffe || code === 0xffff) return false;
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

export function escapeXml(text: string): string {
  return [...text]
    .filter(isXmlChar)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Shortens a label like the canvas does (ellipsis), by characters since the writer cannot measure text. */
export function truncateLabel(label: string, max = 30): string {
  const chars = [...label];
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

function shapeElement(g: ShapeGeometry, attrs: string): string {
  if (g.kind === 'circle') return `<circle cx="${n(g.cx)}" cy="${n(g.cy)}" r="${n(g.r)}" ${attrs}/>`;
  if (g.kind === 'rect')
    return `<rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}" rx="${n(g.rx)}" ${attrs}/>`;
  return `<polygon points="${g.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" ${attrs}/>`;
}

/** Path data through Cytoscape's control points: one quadratic segment per control point. */
export function edgePath(from: Point, to: Point, controls: readonly Point[] = []): string {
  if (controls.length === 0) return `M${n(from.x)},${n(from.y)} L${n(to.x)},${n(to.y)}`;
  let d = `M${n(from.x)},${n(from.y)}`;
  for (let i = 0; i < controls.length; i++) {
    const c = controls[i];
    const end =
      i === controls.length - 1 ? to : { x: (c.x + controls[i + 1].x) / 2, y: (c.y + controls[i + 1].y) / 2 };
    d += ` Q${n(c.x)},${n(c.y)} ${n(end.x)},${n(end.y)}`;
  }
  return d;
}

/** Point and unit direction at the middle of an edge (for the bar across negated edges). */
function midpoint(edge: SvgEdge): { p: Point; dx: number; dy: number } {
  const c = edge.controls ?? [];
  if (c.length === 1) {
    const p = {
      x: 0.25 * edge.from.x + 0.5 * c[0].x + 0.25 * edge.to.x,
      y: 0.25 * edge.from.y + 0.5 * c[0].y + 0.25 * edge.to.y,
    };
    return unit(p, edge.to.x - edge.from.x, edge.to.y - edge.from.y);
  }
  return unit(
    { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 },
    edge.to.x - edge.from.x,
    edge.to.y - edge.from.y,
  );
}

function unit(p: Point, dx: number, dy: number) {
  const len = Math.hypot(dx, dy) || 1;
  return { p, dx: dx / len, dy: dy / len };
}

export function writeSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], options: SvgOptions): string {
  const frame = imageFrame(options.width, options.height, {
    title: options.title,
    legend: !!options.legend?.length,
    legendHeight: legendHeight(options.legend ?? [], options.width - 2 * DECORATION_SIZES.margin, (t) =>
      approximateTextWidth(t),
    ),
  });
  const b = options.bounds;
  const k = Math.min(frame.graph.width / b.width, frame.graph.height / b.height);
  const ox = frame.graph.x + (frame.graph.width - b.width * k) / 2 - b.x * k;
  const oy = frame.graph.y + (frame.graph.height - b.height * k) / 2 - b.y * k;
  const font = escapeXml(options.font);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(frame.width)}" height="${n(frame.height)}" viewBox="0 0 ${n(frame.width)} ${n(frame.height)}" font-family="${font}">`,
  );
  out.push(`<title>${escapeXml(options.title?.trim() || 'Plexus graph')}</title>`);
  if (options.background)
    out.push(`<rect width="100%" height="100%" fill="${escapeXml(options.background)}"/>`);

  // One arrowhead marker per colour (markers cannot inherit the line colour in SVG 1.1).
  const colors = [...new Set(edges.filter((e) => e.arrow).map((e) => e.color))];
  if (colors.length) {
    out.push('<defs>');
    colors.forEach((color, i) =>
      out.push(
        `<marker id="arrow-${i}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${escapeXml(color)}"/></marker>`,
      ),
    );
    out.push('</defs>');
  }

  out.push(`<g transform="translate(${n(ox)},${n(oy)}) scale(${n(k)})">`);
  out.push('<g class="edges" fill="none">');
  for (const edge of edges) {
    const dash = edge.dash.length ? ` stroke-dasharray="${edge.dash.join(' ')}"` : '';
    const marker = edge.arrow ? ` marker-end="url(#arrow-${colors.indexOf(edge.color)})"` : '';
    out.push(
      `<path d="${edgePath(edge.from, edge.to, edge.controls)}" stroke="${escapeXml(edge.color)}" stroke-width="${n(edge.width)}" stroke-opacity="${n(edge.opacity)}"${dash}${marker}/>`,
    );
    if (edge.struck) {
      const { p, dx, dy } = midpoint(edge);
      const half = 6 + edge.width;
      out.push(
        `<line x1="${n(p.x - dy * half)}" y1="${n(p.y + dx * half)}" x2="${n(p.x + dy * half)}" y2="${n(p.y - dx * half)}" stroke="${escapeXml(edge.color)}" stroke-width="${n(Math.max(2, edge.width))}"/>`,
      );
    }
  }
  out.push('</g>');
  out.push('<g class="nodes">');
  for (const node of nodes) {
    const geometry = shapeGeometry(node.shape, node.position.x, node.position.y, node.size);
    out.push(
      shapeElement(
        geometry,
        `fill="${escapeXml(node.color)}" stroke="${escapeXml(options.labelPlate)}" stroke-width="1.5"`,
      ),
    );
  }
  out.push('</g>');
  const halo = options.labelHalo ?? true;
  const haloAttrs = halo
    ? ` stroke="${escapeXml(options.labelPlate)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`
    : '';
  out.push(
    `<g class="labels" font-weight="normal" text-anchor="middle" fill="${escapeXml(options.text)}"${haloAttrs}>`,
  );
  for (const node of nodes) {
    if (!node.showLabel) continue;
    const size = node.fontSize ?? 12;
    const { x, y, anchor } = labelAnchor(node, size);
    const anchorAttr = anchor === 'middle' ? '' : ` text-anchor="${anchor}"`;
    out.push(
      `<text x="${n(x)}" y="${n(y)}" font-size="${n(size)}"${anchorAttr}>${escapeXml(truncateLabel(node.label))}</text>`,
    );
  }
  out.push('</g>');
  out.push('</g>');

  if (frame.title && options.title?.trim()) {
    out.push(
      `<text x="${n(frame.title.x)}" y="${n(frame.title.y)}" font-size="20" font-weight="bold" fill="${escapeXml(options.text)}">${escapeXml(options.title.trim())}</text>`,
    );
  }
  if (frame.legend && options.legend?.length) out.push(legendSvg(options.legend, frame.legend, options.text));
  out.push('</svg>');
  return out.join('\n');
}

/** Rough text width for layout without a canvas (system sans at 12 px averages ~0.56 em per character). */
/** Baseline point and anchor of a node label for its placement (4 px from the node, as on the canvas). */
function labelAnchor(node: SvgNode, size: number): { x: number; y: number; anchor: string } {
  const { x, y } = node.position;
  const r = node.size / 2 + 4;
  switch (node.labelPlacement ?? 'below') {
    case 'below':
      return { x, y: y + r + size * 0.92, anchor: 'middle' };
    case 'above':
      return { x, y: y - r - size * 0.3, anchor: 'middle' };
    case 'right':
      return { x: x + r, y: y + size * 0.35, anchor: 'start' };
    case 'left':
      return { x: x - r, y: y + size * 0.35, anchor: 'end' };
  }
}

export const approximateTextWidth = (text: string, fontSize = 12) => [...text].length * fontSize * 0.56;

function legendSvg(
  entries: LegendEntry[],
  box: { x: number; y: number; width: number; height: number },
  text: string,
): string {
  const { placed, omitted } = layoutLegend(
    entries,
    box.width,
    box.height - DECORATION_SIZES.margin / 2,
    (t) => approximateTextWidth(t),
  );
  const parts = [
    `<g class="legend" font-size="12" fill="${escapeXml(text)}" transform="translate(${n(box.x)},${n(box.y + 6)})">`,
  ];
  for (const { entry, x, y } of placed) {
    if (entry.kind === 'type') {
      parts.push(shapeElement(shapeGeometry(entry.shape, x + 8, y, 14), `fill="${escapeXml(entry.color)}"`));
    } else if (entry.kind === 'relation') {
      parts.push(
        `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 20)}" y2="${n(y)}" stroke="${escapeXml(entry.color)}" stroke-width="3"/>`,
      );
    } else {
      const dash = entry.dash.length ? ` stroke-dasharray="${entry.dash.join(' ')}"` : '';
      parts.push(
        `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 20)}" y2="${n(y)}" stroke="${escapeXml(text)}" stroke-width="2"${dash}/>`,
      );
      if (entry.struck)
        parts.push(
          `<line x1="${n(x + 10)}" y1="${n(y - 5)}" x2="${n(x + 10)}" y2="${n(y + 5)}" stroke="${escapeXml(text)}" stroke-width="2"/>`,
        );
    }
    parts.push(`<text x="${n(x + 28)}" y="${n(y + 4)}">${escapeXml(entry.label)}</text>`);
  }
  if (omitted > 0)
    parts.push(
      `<text x="${n(box.width)}" y="${n(box.height - 14)}" text-anchor="end">+${omitted} more</text>`,
    );
  parts.push('</g>');
  return parts.join('\n');
}
