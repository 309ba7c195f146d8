/**
 * PNG and JPEG export: Cytoscape rasterises the graph (current view or whole graph) at the planned scale;
 * the page composes it with an optional title and legend on one canvas. Sizes are planned against the
 * browser's canvas limits first (size.ts); if allocation still fails (memory), the scale halves and the
 * user is told.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { FONT_STACK } from '../graph/style';
import {
  DECORATION_SIZES,
  imageFrame,
  planImageSize,
  fallbackScale,
  ExportTooLargeError,
  type SizePlan,
} from './size';
import { layoutLegend, legendHeight, type LegendEntry } from './legend';
import { approximateTextWidth } from './svg';
import { shapeGeometry, traceShape } from './shapes';

export interface RasterOptions {
  format: 'png' | 'jpeg';
  scale: number;
  region: 'view' | 'full';
  /** null = transparent (PNG only). */
  background: string | null;
  title?: string;
  legend?: LegendEntry[];
  textColor: string;
}

export interface RasterResult {
  blob: Blob;
  width: number;
  height: number;
  scale: number;
  message?: string;
}

/** The drawing's size in CSS px at 1×, exactly as Cytoscape will size it. */
export function regionSize(cy: Core, region: 'view' | 'full'): { width: number; height: number } {
  if (region === 'view') return { width: Math.round(cy.width()), height: Math.round(cy.height()) };
  // The same box Cytoscape's png({ full: true }) uses.
  const bb = (cy as unknown as { mutableElements(): CollectionReturnValue }).mutableElements().boundingBox();
  return { width: Math.ceil(bb.w), height: Math.ceil(bb.h) };
}

/** What the export will produce (shown in the dialog before exporting). */
export function planRaster(
  cy: Core,
  options: Pick<RasterOptions, 'scale' | 'region' | 'title' | 'legend'>,
): SizePlan {
  const size = regionSize(cy, options.region);
  const frame = imageFrame(size.width, size.height, decorations(options, size.width));
  return planImageSize(frame.width, frame.height, options.scale);
}

function decorations(options: Pick<RasterOptions, 'title' | 'legend'>, width: number) {
  const legend = options.legend ?? [];
  return {
    title: options.title,
    legend: legend.length > 0,
    legendHeight: legendHeight(
      legend,
      width - 2 * DECORATION_SIZES.margin,
      (t) => approximateTextWidth(t) * 1.1,
    ),
  };
}

export async function exportRaster(cy: Core, options: RasterOptions): Promise<RasterResult> {
  const plan = planRaster(cy, options);
  let scale = plan.scale;
  let message = plan.message;
  for (;;) {
    try {
      const result = await rasterAt(cy, options, scale);
      return { ...result, scale, message };
    } catch (error) {
      const next = fallbackScale(scale);
      if (!next || error instanceof ExportTooLargeError) throw error;
      message = `The browser could not allocate a ${scale}× image; exported at ${next}× instead.`;
      scale = next;
    }
  }
}

async function rasterAt(
  cy: Core,
  options: RasterOptions,
  scale: number,
): Promise<Omit<RasterResult, 'scale'>> {
  const size = regionSize(cy, options.region);
  const frame = imageFrame(size.width, size.height, decorations(options, size.width));
  // maxWidth keeps Cytoscape from multiplying by the screen's pixel ratio: the output is exactly scale×.
  const graphBlob = (await cy.png({
    output: 'blob-promise',
    full: options.region === 'full',
    scale,
    maxWidth: Number.MAX_SAFE_INTEGER,
    bg: undefined,
  } as never)) as unknown as Blob;
  const graph = await createImageBitmap(graphBlob);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frame.width * scale);
  canvas.height = Math.round(frame.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx || canvas.width === 0 || canvas.height === 0) throw new Error('Canvas allocation failed.');
  const background = options.format === 'jpeg' ? (options.background ?? '#ffffff') : options.background;
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  }
  ctx.drawImage(graph, Math.round(frame.graph.x * scale), Math.round(frame.graph.y * scale));
  graph.close();
  ctx.scale(scale, scale);
  if (frame.title && options.title?.trim()) {
    ctx.fillStyle = options.textColor;
    ctx.font = `600 20px ${FONT_STACK}`;
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(options.title.trim(), frame.title.x, frame.title.y, frame.width - 2 * frame.title.x);
  }
  if (frame.legend && options.legend?.length)
    drawLegend(ctx, options.legend, frame.legend, options.textColor);
  const mime = options.format === 'png' ? 'image/png' : 'image/jpeg';
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mime, 0.92));
  if (!blob || blob.size === 0) throw new Error('The browser returned an empty image.');
  return { blob, width: canvas.width, height: canvas.height };
}

function drawLegend(
  ctx: CanvasRenderingContext2D,
  entries: LegendEntry[],
  box: { x: number; y: number; width: number; height: number },
  textColor: string,
): void {
  ctx.save();
  ctx.translate(box.x, box.y + 6);
  ctx.font = `12px ${FONT_STACK}`;
  ctx.textBaseline = 'middle';
  const { placed, omitted } = layoutLegend(
    entries,
    box.width,
    box.height - 12,
    (t) => ctx.measureText(t).width,
  );
  for (const { entry, x, y } of placed) {
    if (entry.kind === 'type') {
      ctx.fillStyle = entry.color;
      traceShape(ctx, shapeGeometry(entry.shape, x + 8, y, 14));
      ctx.fill();
    } else {
      ctx.strokeStyle = entry.kind === 'relation' ? entry.color : textColor;
      ctx.lineWidth = entry.kind === 'relation' ? 3 : 2;
      ctx.setLineDash(entry.kind === 'modality' ? entry.dash : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 20, y);
      if (entry.kind === 'modality' && entry.struck) {
        ctx.moveTo(x + 10, y - 5);
        ctx.lineTo(x + 10, y + 5);
      }
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.fillStyle = textColor;
    ctx.fillText(entry.label, x + 28, y);
  }
  if (omitted > 0) {
    ctx.textAlign = 'right';
    ctx.fillText(`+${omitted} more`, box.width, box.height - 18);
  }
  ctx.restore();
}
