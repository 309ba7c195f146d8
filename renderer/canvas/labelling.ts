/**
 * Applies the label decisions of graph/labels.ts to the canvas: measures labels at the current zoom,
 * enlarges fonts that would be too small to read (style bypass), and marks each node with where its label
 * goes (`label-right`, `label-left`, `label-above`; below by default) or `label-hidden`, and each relation
 * whose name does not fit with `label-hidden`. Also tells layouts each label's font and text width.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { FONT_STACK, EDGE_LABEL_ZOOM, EDGE_FONT_PX } from '../graph/style';
import {
  edgeLabelRect,
  placeLabels,
  type EdgeLabelCandidate,
  type LabelPlacement,
  type NodeLabelCandidate,
} from '../graph/labels';
import type { EdgeLabelMode } from '../state/settings';
import { labelRoom } from '../layout/frame';

/** Model font of a label when the node carries no `fontSize`. */
export const LABEL_FONT_PX = 12;
/** Longest label in model px at the base font (the stylesheet ellipsises beyond). */
export const LABEL_MAX_WIDTH = 190;
/** Smallest font a label is drawn at on screen; smaller ones are enlarged (or, in large graphs, dropped). */
export const MIN_LABEL_PX = 10.5;
/** Large graphs: fonts below this are not drawn (the stylesheet's min-zoomed-font-size), except majors. */
const MIN_READABLE_PX_LARGE = 11;
/**
 * Large graphs: the most important entities in view keep a readable label at any zoom, about one per
 * MAJOR_LABEL_AREA px² of canvas (25 to 200; placement then drops those with no room). A fixed 25 left
 * a 1,100-entity overview at 1920×1080 with about 20 names.
 */
const MAJOR_LABEL_AREA = 6000;
const MAJOR_LABELS = { min: 25, max: 200 } as const;
const MAJOR_MIN_PX = 11.5;
/** Up to this many shown entities every label is enlarged to stay readable; beyond, only the majors. */
export const READABLE_ALL_MAX = 600;
/** Added to the priority of a hovered entity's relations (above any evidence count). */
const HOVER_LINK_PRIORITY = 1e6;
/** Relation labels are placed only when at most this many would be drawn (beyond, placing costs too much). */
const EDGE_LABELS_MAX = 1500;
/** Screen px between a node and its label box (Cytoscape's label box starts at the node's edge). */
const LABEL_MARGIN_PX = 1;

const PLACEMENT_CLASSES: Record<LabelPlacement, string | null> = {
  below: null,
  right: 'label-right',
  left: 'label-left',
  above: 'label-above',
};

/**
 * The font a node label is drawn at on screen (px), or null when it is not drawn: its model font times
 * the zoom, enlarged to `min` when `enlarge`, and dropped below `readable` otherwise.
 */
export function screenLabelFont(
  base: number,
  zoom: number,
  rule: { enlarge: boolean; min: number; readable: number },
): number | null {
  const natural = base * zoom;
  if (rule.enlarge) return Math.max(natural, rule.min);
  return natural >= rule.readable ? natural : null;
}

export interface LabelScene {
  cy: Core;
  isShown(id: string): boolean;
  /** Nodes whose label must show (selected, focus root, on a path, hovered). */
  isPinned(node: NodeSingular): boolean;
  /** A path or other highlight is on: only pinned labels show. */
  highlighted: boolean;
  edgeLabels: EdgeLabelMode;
}

export class Labeller {
  /** Nodes whose label font is enlarged for the current zoom (style bypass), by id. */
  private readonly boosted = new Map<string, number>();
  private readonly measureCtx = document.createElement('canvas').getContext('2d');
  private readonly widthCache = new Map<string, number>();
  /** Whether edges carry `zoom-named` now. */
  private zoomNamed = false;

  constructor() {
    if (this.measureCtx) this.measureCtx.font = `500 ${LABEL_FONT_PX}px ${FONT_STACK}`;
  }

  reset(): void {
    this.boosted.clear();
    this.widthCache.clear();
    this.zoomNamed = false;
  }

  /**
   * "auto" relation names: every edge is named once zoomed in past EDGE_LABEL_ZOOM (`zoom-named`, which
   * the stylesheet turns into a label), and none below; toggled only when the threshold is crossed.
   */
  private nameEdgesForZoom(scene: LabelScene, zoom: number): void {
    const named = scene.edgeLabels === 'auto' && zoom >= EDGE_LABEL_ZOOM;
    if (named === this.zoomNamed) return;
    this.zoomNamed = named;
    if (named) scene.cy.edges().addClass('zoom-named');
    else scene.cy.edges('.zoom-named').removeClass('zoom-named');
  }

  get hasBoosts(): boolean {
    return this.boosted.size > 0;
  }

  /** Removes every enlarged font (an image of the whole graph is drawn at its own scale). */
  clearBoosts(cy: Core): void {
    cy.batch(() => {
      for (const id of this.boosted.keys()) cy.getElementById(id).removeStyle('font-size text-max-width');
    });
    this.boosted.clear();
  }

  /** A node's label font (model px) and its text width at that font, ellipsised as the stylesheet does. */
  labelMetrics(node: NodeSingular): { font: number; textWidth: number } {
    const font = Number(node.data('fontSize')) || LABEL_FONT_PX;
    return { font, textWidth: this.labelWidth(String(node.data('label') ?? ''), font, font) };
  }

  /** Decides and applies every label for the current zoom. */
  apply(scene: LabelScene): void {
    const { cy } = scene;
    const zoom = cy.zoom();
    const shown: NodeSingular[] = [];
    cy.nodes().forEach((n) => void (scene.isShown(n.id()) && shown.push(n)));
    // Small graphs are decided whole (nothing goes stale off-screen); large ones only around the view.
    const nodes = shown.length <= READABLE_ALL_MAX ? shown : this.inView(cy, shown);
    // Up to READABLE_ALL_MAX shown (whatever the whole graph's size, e.g. a focus in a large one) every
    // label is kept readable: layouts frame such drawings so that every label has room (layout/frame.ts).
    const enlargeAll = shown.length <= READABLE_ALL_MAX;
    const majorCount = Math.round(
      Math.min(MAJOR_LABELS.max, Math.max(MAJOR_LABELS.min, (cy.width() * cy.height()) / MAJOR_LABEL_AREA)),
    );
    const majors = enlargeAll ? null : this.mostImportant(nodes, majorCount);
    const fonts = new Map<string, number>();
    const candidates: NodeLabelCandidate[] = [];
    for (const node of nodes) {
      const pinned = scene.isPinned(node);
      if (scene.highlighted && !pinned) continue;
      const base = Number(node.data('fontSize')) || LABEL_FONT_PX;
      const enlarge = enlargeAll || pinned || !!majors?.has(node.id());
      const screen = screenLabelFont(base, zoom, {
        enlarge,
        min: enlargeAll ? MIN_LABEL_PX : MAJOR_MIN_PX,
        readable: MIN_READABLE_PX_LARGE,
      });
      if (screen === null) continue;
      const model = screen / zoom;
      fonts.set(node.id(), model);
      const p = node.renderedPosition();
      // The label's box as Cytoscape draws it (text, plate and margin of error), on screen.
      const room = labelRoom(this.labelWidth(String(node.data('label') ?? ''), model, base), model);
      candidates.push({
        id: node.id(),
        x: p.x,
        y: p.y,
        size: node.renderedOuterHeight(),
        width: room.width * zoom,
        height: room.height * zoom,
        priority: pinned ? Infinity : Number(node.data('priority')) || 0,
      });
    }
    const edges = scene.highlighted ? [] : this.edgeCandidates(scene, zoom);
    const layout = placeLabels(candidates, edges, {
      padding: 3,
      margin: LABEL_MARGIN_PX,
      cell: 80,
      overMinorBodies: !enlargeAll,
    });
    cy.batch(() => {
      this.nameEdgesForZoom(scene, zoom);
      for (const node of nodes) this.applyNode(node, layout.nodes.get(node.id()), fonts.get(node.id()));
      const crowded = new Set(edges.filter((e) => !layout.edges.has(e.id)).map((e) => e.id));
      cy.edges('.label-hidden').forEach((e) => void (crowded.has(e.id()) || e.removeClass('label-hidden')));
      for (const id of crowded) cy.getElementById(id).addClass('label-hidden');
    });
  }

  private applyNode(node: NodeSingular, placement: LabelPlacement | undefined, font: number | undefined) {
    const hide = placement === undefined;
    if (node.hasClass('label-hidden') !== hide) node.toggleClass('label-hidden', hide);
    for (const [where, cls] of Object.entries(PLACEMENT_CLASSES)) {
      if (!cls) continue;
      const on = placement === where;
      if (node.hasClass(cls) !== on) node.toggleClass(cls, on);
    }
    const base = Number(node.data('fontSize')) || LABEL_FONT_PX;
    const boost = !hide && font !== undefined && font > base + 0.01 ? font : null;
    const current = this.boosted.get(node.id()) ?? null;
    if (boost === current) return;
    if (boost === null) {
      node.removeStyle('font-size text-max-width');
      this.boosted.delete(node.id());
    } else {
      node.style({ 'font-size': boost, 'text-max-width': `${LABEL_MAX_WIDTH * (boost / base)}px` });
      this.boosted.set(node.id(), boost);
    }
  }

  /** Relation labels that would be drawn now, with their boxes on screen. */
  private edgeCandidates(scene: LabelScene, zoom: number): EdgeLabelCandidate[] {
    const all = scene.edgeLabels === 'always' || (scene.edgeLabels === 'auto' && zoom >= EDGE_LABEL_ZOOM);
    const selector = all ? 'edge' : 'edge.show-label, edge.path, edge.hover, edge.hover-link, edge:selected';
    const edges = scene.cy.edges(selector).filter((e) => scene.isShown(e.id()));
    if (edges.length > EDGE_LABELS_MAX) return [];
    const screen = EDGE_FONT_PX * zoom;
    return edges.map((edge: EdgeSingular) => {
      const pinned = edge.selected() || edge.hasClass('hover') || edge.hasClass('path');
      // A hovered entity's relations come before other names, heaviest first, but only where free.
      const near = edge.hasClass('hover-link') ? HOVER_LINK_PRIORITY : 0;
      const text = String(edge.data('label') ?? '');
      return {
        id: edge.id(),
        rect: edgeLabelRect(
          edge.renderedSourceEndpoint(),
          edge.renderedTargetEndpoint(),
          edge.renderedMidpoint(),
          this.textWidth(text) * (screen / LABEL_FONT_PX) + 2,
          screen * 1.25,
        ),
        priority: pinned ? Infinity : near + (Number(edge.data('weight')) || 0),
      };
    });
  }

  private inView(cy: Core, nodes: NodeSingular[]): NodeSingular[] {
    const width = cy.width();
    const height = cy.height();
    return nodes.filter((node) => {
      const p = node.renderedPosition();
      return p.x >= -200 && p.y >= -100 && p.x <= width + 200 && p.y <= height + 100;
    });
  }

  private mostImportant(nodes: NodeSingular[], count: number): Set<string> {
    return new Set(
      [...nodes]
        .sort((a, b) => (Number(b.data('priority')) || 0) - (Number(a.data('priority')) || 0))
        .slice(0, count)
        .map((n) => n.id()),
    );
  }

  /** Width of a label's text in model px at `font`, ellipsised where the stylesheet would cut it. */
  private labelWidth(text: string, font: number, base: number): number {
    return Math.ceil(
      Math.min(this.textWidth(text) * (font / LABEL_FONT_PX), LABEL_MAX_WIDTH * (font / base)),
    );
  }

  private textWidth(text: string): number {
    let w = this.widthCache.get(text);
    if (w === undefined) {
      w = this.measureCtx ? this.measureCtx.measureText(text).width : text.length * 7;
      this.widthCache.set(text, w);
    }
    return w;
  }
}
