/**
 * SVG and PDF export from the live canvas: node positions, sizes and edge geometry come from Cytoscape,
 * the drawing from our SVG writer (svg.ts); PDF is that SVG converted to vector PDF by svg2pdf.js + jsPDF.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { FONT_STACK } from '../graph/style';
import { MODALITY_STYLES } from '../graph/palette';
import type { LegendEntry } from './legend';
import { writeSvg, type SvgEdge, type SvgNode } from './svg';

export interface VectorOptions {
  region: 'view' | 'full';
  background: string | null;
  title?: string;
  legend?: LegendEntry[];
  text: string;
  labelPlate: string;
  /** Defaults to the page's system font stack. */
  font?: string;
  labelHalo?: boolean;
}

function svgNode(node: NodeSingular): SvgNode {
  return {
    id: node.id(),
    label: String(node.data('label') ?? ''),
    position: node.position(),
    size: Number(node.data('size')) || 30,
    shape: String(node.data('shape') ?? 'ellipse'),
    color: String(node.data('color') ?? '#888888'),
    showLabel: !node.hasClass('label-hidden'),
    fontSize: Number(node.data('fontSize')) || 12,
    labelPlacement: node.hasClass('label-right')
      ? 'right'
      : node.hasClass('label-left')
        ? 'left'
        : node.hasClass('label-above')
          ? 'above'
          : 'below',
  };
}

function svgEdge(edge: EdgeSingular): SvgEdge {
  const modality = String(edge.data('modality') || '');
  const style = MODALITY_STYLES[modality as keyof typeof MODALITY_STYLES];
  const cooc = edge.hasClass('cooc');
  const symmetric =
    cooc || edge.hasClass('undirected') || edge.hasClass('rel-cooperates_with') || edge.hasClass('rel-meets');
  const controls = edge.controlPoints?.() ?? [];
  return {
    id: edge.id(),
    from: edge.sourceEndpoint(),
    to: edge.targetEndpoint(),
    controls: controls.length ? controls : undefined,
    color: String(edge.data('color') ?? '#999999'),
    width: Number(edge.data('width')) || 1,
    dash: style?.dash ?? [],
    arrow: !symmetric,
    struck: !!style?.struck,
    opacity: Number(edge.data('opacity')) || 0.8,
  };
}

/** SVG text of what is visible: the current view's extent, or the whole visible graph. */
export function exportSvg(cy: Core, options: VectorOptions): { svg: string; width: number; height: number } {
  const nodes = cy.nodes(':visible');
  const edges = cy.edges(':visible');
  let bounds: { x: number; y: number; width: number; height: number };
  let width: number;
  let height: number;
  if (options.region === 'view') {
    const e = cy.extent();
    bounds = { x: e.x1, y: e.y1, width: e.w, height: e.h };
    width = cy.width();
    height = cy.height();
  } else {
    const bb = cy.elements(':visible').boundingBox();
    const pad = 20;
    bounds = { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad };
    // Whole graph at 1 px per model unit, but never smaller than a page-friendly 900 px wide.
    const k = Math.max(1, 900 / bounds.width);
    width = Math.round(bounds.width * k);
    height = Math.round(bounds.height * k);
  }
  const svg = writeSvg(nodes.map(svgNode), edges.map(svgEdge), {
    bounds,
    width,
    height,
    background: options.background,
    text: options.text,
    labelPlate: options.labelPlate,
    font: options.font ?? FONT_STACK,
    title: options.title,
    legend: options.legend,
    labelHalo: options.labelHalo,
  });
  const match = /^<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg);
  return { svg, width: Number(match?.[1] ?? width), height: Number(match?.[2] ?? height) };
}

/** Vector PDF of the same drawing, one page sized to it. */
export async function exportPdf(cy: Core, options: VectorOptions): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  // jsPDF embeds only its standard fonts without a font file: Helvetica is the sans-serif one.
  // The page background is painted by jsPDF itself: svg2pdf mis-sizes a full-page <rect>.
  const { svg, width, height } = exportSvg(cy, {
    ...options,
    background: null,
    font: 'helvetica',
    labelHalo: false,
  });
  const element = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  if (element.nodeName !== 'svg') throw new Error('Could not build the drawing for the PDF.');
  // svg2pdf measures text through the DOM: attach the drawing off-screen while converting.
  const holder = document.createElement('div');
  holder.className = 'offscreen';
  holder.appendChild(document.importNode(element, true));
  document.body.appendChild(holder);
  try {
    const pdf = new jsPDF({
      orientation: width >= height ? 'landscape' : 'portrait',
      unit: 'pt',
      format: [width, height],
      compress: true,
    });
    pdf.setProperties({ title: options.title?.trim() || 'Plexus graph', creator: 'Plexus' });
    pdf.setFillColor(options.background ?? '#ffffff');
    pdf.rect(0, 0, width, height, 'F');
    await svg2pdf(holder.firstElementChild as Element, pdf, { x: 0, y: 0, width, height });
    return pdf.output('blob');
  } finally {
    holder.remove();
  }
}
