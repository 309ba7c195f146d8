/**
 * Image export sizing (pure): the output size for a region, a scale and optional title/legend bands, kept
 * inside the browser's canvas limits. Chromium refuses canvases wider or taller than 32,767 px or larger
 * than 268,435,456 px² (16,384²) and then silently yields an empty image, so we check first and fall back
 * to the largest scale that fits, saying so.
 */
export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

export const CHROMIUM_CANVAS_LIMITS: CanvasLimits = { maxSide: 32_767, maxArea: 268_435_456 };

export const EXPORT_SCALES = [1, 2, 3, 4] as const;

export interface Decorations {
  title?: string;
  legend?: boolean;
  /** Legend band height (CSS px) when the legend needs more than the default two rows. */
  legendHeight?: number;
}

/** Bands around the graph drawing, in CSS px (multiplied by the scale like everything else). */
export const DECORATION_SIZES = { margin: 24, titleBand: 44, legendBand: 64 } as const;

export interface ImageFrame {
  /** Total size in CSS px (before scaling). */
  width: number;
  height: number;
  /** Where the graph drawing goes, CSS px. */
  graph: { x: number; y: number; width: number; height: number };
  title?: { x: number; y: number };
  legend?: { x: number; y: number; width: number; height: number };
}

/** Lays out the graph drawing, the title band above it and the legend band below it. */
export function imageFrame(
  graphWidth: number,
  graphHeight: number,
  decorations: Decorations = {},
): ImageFrame {
  const d = DECORATION_SIZES;
  const hasTitle = !!decorations.title?.trim();
  const hasLegend = !!decorations.legend;
  if (!hasTitle && !hasLegend) {
    return {
      width: graphWidth,
      height: graphHeight,
      graph: { x: 0, y: 0, width: graphWidth, height: graphHeight },
    };
  }
  const top = hasTitle ? d.titleBand : d.margin / 2;
  const width = graphWidth;
  const legendHeight = hasLegend ? Math.max(d.legendBand, decorations.legendHeight ?? 0) : 0;
  const frame: ImageFrame = {
    width,
    height: top + graphHeight + legendHeight,
    graph: { x: 0, y: top, width: graphWidth, height: graphHeight },
  };
  if (hasTitle) frame.title = { x: d.margin, y: d.titleBand * 0.65 };
  if (hasLegend)
    frame.legend = { x: d.margin, y: top + graphHeight, width: width - 2 * d.margin, height: legendHeight };
  return frame;
}

export interface SizePlan {
  scale: number;
  width: number;
  height: number;
  /** Set when the requested scale did not fit and a lower one was chosen. */
  reducedFrom?: number;
  message?: string;
}

export class ExportTooLargeError extends Error {
  override name = 'ExportTooLargeError';
}

/** The largest scale at which a `width` x `height` (CSS px) image fits the limits. */
export function maxScale(
  width: number,
  height: number,
  limits: CanvasLimits = CHROMIUM_CANVAS_LIMITS,
): number {
  if (width <= 0 || height <= 0) return 0;
  return Math.min(
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxArea / (width * height)),
  );
}

const px = (n: number) => `${n.toLocaleString('en-US')} × `;

/** Output pixel size at `requested` scale, or at the largest scale that fits (with a message saying so). */
export function planImageSize(
  width: number,
  height: number,
  requested: number,
  limits: CanvasLimits = CHROMIUM_CANVAS_LIMITS,
): SizePlan {
  if (!(width > 0 && height > 0))
    throw new ExportTooLargeError('There is nothing to export: the view is empty.');
  const fits = (s: number) => {
    const w = Math.round(width * s);
    const h = Math.round(height * s);
    return w <= limits.maxSide && h <= limits.maxSide && w * h <= limits.maxArea;
  };
  if (fits(requested)) {
    return { scale: requested, width: Math.round(width * requested), height: Math.round(height * requested) };
  }
  // Two decimals, rounded down, then nudged down until the rounded pixel size fits too.
  let scale = Math.floor(maxScale(width, height, limits) * 100) / 100;
  while (scale > 0 && !fits(scale)) scale = Math.round((scale - 0.01) * 100) / 100;
  if (scale < 0.1) {
    throw new ExportTooLargeError(
      `The graph is too large to draw as one image (${px(Math.round(width))}${Math.round(height).toLocaleString('en-US')} px at 1×). Export SVG or PDF instead, or zoom in and export the current view.`,
    );
  }
  const out = { width: Math.round(width * scale), height: Math.round(height * scale) };
  return {
    scale,
    ...out,
    reducedFrom: requested,
    message: `${requested}× would be ${px(Math.round(width * requested))}${Math.round(height * requested).toLocaleString('en-US')} px, beyond the browser's canvas limit; exported at ${scale}× (${px(out.width)}${out.height.toLocaleString('en-US')} px).`,
  };
}

/** The next scale to try when the browser still fails to allocate a canvas (low memory). */
export function fallbackScale(scale: number): number | undefined {
  const next = Math.round((scale / 2) * 100) / 100;
  return next >= 0.25 ? next : undefined;
}

/** File name from a title: letters, digits and dashes only, never empty. */
export function exportFileName(title: string | undefined, extension: string, now = new Date()): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const date = now.toISOString().slice(0, 10);
  return `${slug || 'plexus-graph'}-${date}.${extension}`;
}
