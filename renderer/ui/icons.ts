/**
 * A small stroke icon set (24×24 grid, drawn for this app) and the entity-type glyphs, built with DOM APIs.
 * Icons are decorative (`aria-hidden`): every button that shows one also has a text label or aria-label.
 */
import { svgEl } from './dom';
import { shapeGeometry } from '../export/shapes';
import { typeStyle } from '../graph/palette';

const PATHS = {
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M16.2 16.2L21 21',
  back: 'M15 5l-7 7l7 7',
  forward: 'M9 5l7 7l-7 7',
  fit: 'M4 9V4h5 M15 4h5v5 M20 15v5h-5 M9 20H4v-5',
  zoomIn: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M16.2 16.2L21 21 M8 11h6 M11 8v6',
  zoomOut: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14z M16.2 16.2L21 21 M8 11h6',
  image: 'M4 5h16v14H4z M4 16l5-5l4 4l3-3l4 4 M15.5 8.5h.01',
  download: 'M12 4v11 M7 10l5 5l5-5 M5 20h14',
  sun: 'M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z M12 2v2 M12 20v2 M4.9 4.9l1.4 1.4 M17.7 17.7l1.4 1.4 M2 12h2 M20 12h2 M4.9 19.1l1.4-1.4 M17.7 6.3l1.4-1.4',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
  help: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14 M12 17.5h.01',
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z M12 11v6 M12 7.5h.01',
  folder: 'M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z',
  file: 'M6 3h8l4 4v14H6z M14 3v4h4',
  upload: 'M12 20V9 M7 14l5-5l5 5 M5 4h14',
  close: 'M6 6l12 12 M18 6L6 18',
  route: 'M6 18a2 2 0 1 0 0.01 0 M18 6a2 2 0 1 0 0.01 0 M6 16V11a3 3 0 0 1 3-3h6 M18 8v5a3 3 0 0 1-3 3H9',
  chart: 'M4 20h16 M7 20V11 M12 20V5 M17 20v-6',
  book: 'M4 5a2 2 0 0 1 2-2h13v15H6a2 2 0 0 0-2 2z M4 20a2 2 0 0 0 2 2h13v-4',
  details: 'M4 5h16 M4 10h16 M4 15h10 M4 20h7',
  filter: 'M4 5h16l-6 8v6l-4 2v-8z',
  layout: 'M6 6a2 2 0 1 0 0.01 0 M18 6a2 2 0 1 0 0.01 0 M12 18a2 2 0 1 0 0.01 0 M8 7l3 9 M16 7l-3 9 M8 6h8',
  focus: 'M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z M12 2v4 M12 18v4 M2 12h4 M18 12h4',
  expand: 'M12 5v14 M5 12h14',
  collapse: 'M5 12h14',
  hide: 'M3 3l18 18 M10.6 6.1A9 9 0 0 1 21 12a14 14 0 0 1-2.4 3.1 M6.6 6.6A14 14 0 0 0 3 12s3.5 6 9 6c1.6 0 3-.4 4.3-1.1',
  reset: 'M4 12a8 8 0 1 0 2.3-5.7 M4 4v4h4',
  chevronDown: 'M6 9l6 6l6-6',
  external: 'M14 4h6v6 M20 4l-9 9 M18 14v6H4V6h6',
  warning: 'M12 3l10 18H2z M12 10v5 M12 18h.01',
  keyboard: 'M3 6h18v12H3z M7 10h.01 M11 10h.01 M15 10h.01 M7 14h10',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, size = 18): SVGSVGElement {
  return svgEl(
    'svg',
    {
      viewBox: '0 0 24 24',
      width: size,
      height: size,
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1.8,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
      'aria-hidden': 'true',
      focusable: 'false',
      class: 'icon',
    },
    [svgEl('path', { d: PATHS[name] })],
  );
}

/** The entity type's node shape in its colour: the same glyph as on the canvas and in the legend. */
export function typeGlyph(type: string, size = 14, color?: string): SVGSVGElement {
  const style = typeStyle(type);
  const g = shapeGeometry(style.shape, size / 2, size / 2, size - 2);
  const fill = color ?? style.color;
  const shape =
    g.kind === 'circle'
      ? svgEl('circle', { cx: g.cx, cy: g.cy, r: g.r, fill })
      : g.kind === 'rect'
        ? svgEl('rect', { x: g.x, y: g.y, width: g.width, height: g.height, rx: g.rx, fill })
        : svgEl('polygon', { points: g.points.map((p) => p.join(',')).join(' '), fill });
  return svgEl(
    'svg',
    { viewBox: `0 0 ${size} ${size}`, width: size, height: size, 'aria-hidden': 'true', class: 'type-glyph' },
    [shape],
  );
}

/** A short line sample for a relation colour or modality dash pattern. */
export function lineGlyph(color: string, dash: number[] = [], struck = false, width = 26): SVGSVGElement {
  const children: SVGElement[] = [
    svgEl('line', {
      x1: 1,
      y1: 7,
      x2: width - 1,
      y2: 7,
      stroke: color,
      'stroke-width': 2.5,
      ...(dash.length ? { 'stroke-dasharray': dash.join(' ') } : {}),
    }),
  ];
  if (struck)
    children.push(
      svgEl('line', { x1: width / 2, y1: 2, x2: width / 2, y2: 12, stroke: color, 'stroke-width': 2.5 }),
    );
  return svgEl(
    'svg',
    { viewBox: `0 0 ${width} 14`, width, height: 14, 'aria-hidden': 'true', class: 'line-glyph' },
    children,
  );
}
