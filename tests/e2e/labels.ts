/**
 * Reads what the canvas draws for labels, through the test hook: for every visible node, whether its
 * label is drawn (non-empty, not faded out, at a font Cytoscape does not drop) and the label's rendered
 * bounding box, as Cytoscape computes it for drawing and hit-testing. Used by the e2e label checks and by
 * `tests/e2e/walkthrough.ts`.
 */
import type { Page } from 'playwright-core';
import { rectsOverlap, type Rect } from '../../renderer/graph/labels';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelAudit {
  zoom: number;
  /** Canvas size (px). */
  canvas: { width: number; height: number };
  /** Rendered bounding box of everything shown (nodes and labels). */
  extent: Box;
  /** Relation names drawn now: their text and rectangle on screen (turned along the edge). */
  edgeLabels: Array<{ label: string; rect: Rect }>;
  nodes: Array<{
    id: string;
    label: string;
    drawn: boolean;
    /** Font size on screen, px. */
    screenFont: number;
    labelBox: Box | null;
    body: Box;
  }>;
}

export async function auditLabels(page: Page): Promise<LabelAudit> {
  return page.evaluate(() => {
    const cy = (window as unknown as { __plexus: { cy: import('cytoscape').Core } }).__plexus.cy;
    const zoom = cy.zoom();
    const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
      x1: b.x1,
      y1: b.y1,
      x2: b.x2,
      y2: b.y2,
    });
    const shown = cy.nodes().filter((n) => n.visible());
    // Cytoscape's parsed style (`pstyle`) is public API but missing from its type definitions.
    type Parsed = { strValue: string; pfValue: number; value: number };
    const style = (n: unknown, name: string) => (n as { pstyle(p: string): Parsed }).pstyle(name);
    const nodes = shown.map((n) => {
      const text = style(n, 'label').strValue;
      const font = style(n, 'font-size').pfValue;
      const minFont = style(n, 'min-zoomed-font-size').pfValue;
      const opacity = style(n, 'text-opacity').value * style(n, 'opacity').value;
      // Cytoscape compares the font at the zoom rounded up to a power of two (its texture level).
      const level = 2 ** Math.ceil(Math.log2(zoom * devicePixelRatio));
      const drawn = text !== '' && font * level >= minFont && opacity > 0.5;
      const labelBox = drawn
        ? box(n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))
        : null;
      const body = box(
        n.renderedBoundingBox({ includeNodes: true, includeEdges: false, includeLabels: false }),
      );
      return { id: n.id(), label: String(n.data('label')), drawn, screenFont: font * zoom, labelBox, body };
    });
    const edgeLabels = cy
      .edges()
      .filter((e) => e.visible())
      .map((e) => {
        const text = style(e, 'label').strValue;
        const font = style(e, 'font-size').pfValue;
        const level = 2 ** Math.ceil(Math.log2(zoom * devicePixelRatio));
        const drawn = text !== '' && font * level >= style(e, 'min-zoomed-font-size').pfValue;
        // Where Cytoscape last drew the label (model px), as it keeps it for hit-testing.
        const rs = (e as unknown as { _private: { rstyle: Record<string, number> } })._private.rstyle;
        if (!drawn || rs.labelX === undefined) return null;
        const pan = cy.pan();
        return {
          label: text,
          rect: {
            cx: rs.labelX * zoom + pan.x,
            cy: rs.labelY * zoom + pan.y,
            width: rs.labelWidth * zoom,
            height: rs.labelHeight * zoom,
            angle: rs.labelAngle ?? 0,
          },
        };
      })
      .filter((x) => x !== null);
    return {
      zoom,
      edgeLabels,
      canvas: { width: cy.width(), height: cy.height() },
      extent: box(shown.renderedBoundingBox({ includeEdges: false, includeLabels: true })),
      nodes,
    };
  });
}

export function overlaps(a: Box, b: Box, tolerance = 0.5): boolean {
  return (
    Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance &&
    Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance
  );
}

/** Pairs of drawn labels that overlap each other, and labels drawn over another entity's body. */
export function labelConflicts(audit: LabelAudit): { labels: string[]; bodies: string[] } {
  const drawn = audit.nodes.filter((n) => n.labelBox);
  const labels: string[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < drawn.length; i++) {
    for (let j = i + 1; j < drawn.length; j++)
      if (overlaps(drawn[i].labelBox!, drawn[j].labelBox!))
        labels.push(`"${drawn[i].label}" / "${drawn[j].label}"`);
    for (const other of audit.nodes)
      // Node bounding boxes include the border; a disc's corners are empty, so shrink a little.
      if (other.id !== drawn[i].id && overlaps(drawn[i].labelBox!, shrink(other.body, 0.15)))
        bodies.push(`"${drawn[i].label}" over "${other.label}"`);
  }
  return { labels, bodies };
}

function shrink(b: Box, share: number): Box {
  const dx = ((b.x2 - b.x1) * share) / 2;
  const dy = ((b.y2 - b.y1) * share) / 2;
  return { x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 - dx, y2: b.y2 - dy };
}

/** Pairs of relation names drawn over each other, and relation names drawn over an entity's label. */
export function edgeLabelConflicts(audit: LabelAudit): { edges: string[]; nodes: string[] } {
  const edges: string[] = [];
  const nodes: string[] = [];
  const all = audit.edgeLabels;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++)
      if (rectsOverlap(all[i].rect, all[j].rect)) edges.push(`"${all[i].label}" / "${all[j].label}"`);
    for (const n of audit.nodes) {
      if (!n.labelBox) continue;
      const b = n.labelBox;
      const rect = { cx: (b.x1 + b.x2) / 2, cy: (b.y1 + b.y2) / 2, width: b.x2 - b.x1, height: b.y2 - b.y1 };
      if (rectsOverlap(all[i].rect, rect)) nodes.push(`"${all[i].label}" over "${n.label}"`);
    }
  }
  return { edges, nodes };
}

/** Share of the canvas the drawing spans, along each axis. */
export function canvasUse(audit: LabelAudit): { x: number; y: number } {
  const e = audit.extent;
  return { x: (e.x2 - e.x1) / audit.canvas.width, y: (e.y2 - e.y1) / audit.canvas.height };
}
