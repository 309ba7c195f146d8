/**
 * Runs a named layout on the visible elements and animates to the result. Force (fcose) runs in a worker
 * (force.ts); the others are fast enough to compute in the page. Big graphs skip the animation
 * (animating thousands of nodes costs more frames than it is worth) and use spectral-only fcose.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { Core, CollectionReturnValue, EdgeCollection, NodeCollection, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/settings';
import { ForceLayoutRunner, LayoutCancelledError, type Positions } from './force';
import { FIT_MAX_ZOOM, VIEW_MAX_ZOOM } from './view';
import { shelfPositions, type Box } from '../layout/shelf';
import { nodeBox, type LabelSize } from '../layout/overlap';
import {
  drawnFont,
  frameDrawing,
  labelRoom,
  type FrameNode,
  type Insets,
  type Viewport,
} from '../layout/frame';
import { timelineLayout, type TimelineLayout, type TimelineNode } from '../layout/timeline';
import { BOX_PADDING } from './force';
import { MIN_LABEL_PX, READABLE_ALL_MAX } from './labelling';

cytoscape.use(dagre);

/** Above this many visible nodes, layouts jump to their result instead of animating. */
export const ANIMATE_MAX_NODES = 1500;
/** dagre is O(n²)-ish in practice: beyond this the hierarchy falls back to breadthfirst. */
export const DAGRE_MAX_NODES = 1200;
/** A timeline is shown whole only at this zoom or more (nodes 10 px and up); else a window of its latest dates. */
const TIMELINE_READABLE_ZOOM = 0.5;
/** Screen px kept free around a fitted drawing: clear of the count chip (top), zoom buttons (right), legend (bottom). */
export const FIT_INSETS: Insets = { top: 56, right: 60, bottom: 44, left: 40 };
/** The same for Cytoscape's own fit (one value for every side). */
const FIT_PADDING = 48;
/** The force layout reserves label room at least this big (model px); framing then sizes labels for the zoom. */
const LAYOUT_LABEL_MIN_PX = 13;

/** Positions, and the viewport to show them at when the drawing was framed for the canvas. */
interface Placed {
  positions: Positions;
  viewport?: Viewport;
}

export interface LabelMetrics {
  /** The label's font (model px) and its text width at that font, ellipsised. */
  font: number;
  textWidth: number;
}

export interface LayoutContext {
  /** Article dates by document id (timeline). */
  docDates: ReadonlyMap<string, string | undefined>;
  /** Type, date and documents of the given nodes, from the model (timeline). */
  describe: (ids: string[]) => TimelineNode[];
  /** Called with the timeline geometry (axis ticks) or null for other layouts. */
  onTimeline?: (layout: TimelineLayout | null) => void;
  /** Fit the viewport to the result (default true). */
  fit?: boolean;
  /** Seed of the force layout (see ForceInput.seed). */
  seed?: number;
}

export class LayoutEngine {
  private readonly force: ForceLayoutRunner;
  private running: cytoscape.Layouts | null = null;
  /** Layout requests so far (a newer one supersedes an older one still waiting to start). */
  private requests = 0;

  constructor(
    private readonly cy: Core,
    workerUrl: string | undefined,
    /** What is shown now (the view knows which elements the filters and focus hide). */
    private readonly shown: () => CollectionReturnValue,
    /** Each node's label font and text width (model px), so layouts keep labels apart. */
    private readonly labelMetrics: (node: NodeSingular) => LabelMetrics,
    /** The view was just fitted to everything shown (a later canvas resize may fit it again). */
    private readonly onFitted: () => void = () => {},
  ) {
    this.force = new ForceLayoutRunner(workerUrl);
  }

  cancel(): void {
    this.force.cancel();
    this.running?.stop();
    this.running = null;
    this.cy.maxZoom(VIEW_MAX_ZOOM);
  }

  dispose(): void {
    this.cancel();
    this.force.dispose();
  }

  /**
   * Lays out `eles` (default: everything shown): positions are computed first (in the worker for
   * force, synchronously otherwise), then the page animates to them. Resolves when done.
   */
  async run(name: LayoutName, context: LayoutContext, eles?: CollectionReturnValue): Promise<void> {
    this.cancel();
    await this.settled();
    const target = eles ?? this.shown();
    const nodes = target.nodes();
    if (nodes.length === 0) {
      this.showTimeline(null, context);
      return;
    }
    const fit = context.fit ?? true;
    if (name === 'timeline') {
      const { layout, viewport } = this.timelineOf(target, context, fit);
      this.showTimeline(layout, context);
      await this.preset(target, Object.fromEntries(layout.positions), fit, viewport);
      return;
    }
    this.showTimeline(null, context);
    if (name === 'force' || name === 'hierarchy') {
      const placed =
        name === 'force'
          ? await this.forceThenShelf(target, context.seed ?? 1, fit)
          : this.hierarchyThenShelf(target, fit);
      await this.preset(target, placed.positions, fit, placed.viewport ?? null);
      return;
    }
    const positions = this.computeWith(target, this.builtInOptions(name, nodes.length));
    await this.preset(target, positions, fit, fit ? this.frameAsIs(target, positions) : null);
  }

  /**
   * The timeline (layout/timeline.ts) with label room for the zoom it will be shown at (labels are
   * bigger in model px when zoomed out, which widens the columns and the undated area).
   */
  private timelineOf(
    target: CollectionReturnValue,
    context: LayoutContext,
    fit: boolean,
  ): { layout: TimelineLayout; viewport: Viewport | null } {
    const nodes = (target.nodes() as NodeCollection).toArray();
    const described = new Map(context.describe(nodes.map((n) => n.id())).map((d) => [d.id, d]));
    const edges = target.edges().map((e) => [e.source().id(), e.target().id()] as const);
    const framing = fit && this.canFrame(nodes.length);
    const attempt = (zoom: number) => {
      const layout = timelineLayout({
        nodes: nodes.map((n) => {
          const { font, textWidth } = this.labelMetrics(n);
          const drawn = drawnFont(font, zoom, MIN_LABEL_PX);
          return {
            ...described.get(n.id())!,
            size: Number(n.data('size')) || 30,
            label: labelRoom(textWidth * (drawn / font), drawn),
          };
        }),
        edges,
        docDates: context.docDates,
        zoom,
        width: this.cy.width() - FIT_INSETS.left - FIT_INSETS.right,
      });
      const viewport = framing
        ? frameDrawing(
            nodes.map((n) => this.frameNode(n, layout.positions.get(n.id())!)),
            [],
            this.frameOptions(false),
          ).viewport
        : null;
      return { layout, viewport, zoom };
    };
    if (!framing) return attempt(1);
    // The largest zoom at which the timeline, laid out with label room for that zoom, fits the canvas
    // (geometric bisection; labels grow in model px as the zoom drops, so this is where they meet).
    const fits = (a: ReturnType<typeof attempt>) => a.viewport!.zoom >= a.zoom * 0.99;
    let hi = FIT_MAX_ZOOM;
    const top = attempt(hi);
    if (fits(top)) return top;
    let lo = TIMELINE_READABLE_ZOOM;
    let best = attempt(lo);
    // Too long to show whole at a readable size: show the latest dates at that size; the rest is a drag
    // (or a zoom out) away, and the overlay says so. A whole 45-date timeline fitted in a laptop window
    // was a strip at zoom 0.07 with almost every label hidden.
    if (!fits(best)) return { ...best, viewport: this.latestWindow(best.layout, lo) };
    while (hi / lo > 1.03) {
      const mid = Math.sqrt(lo * hi);
      const result = attempt(mid);
      if (fits(result)) {
        lo = mid;
        best = result;
      } else hi = mid;
    }
    return best;
  }

  /** A viewport at `zoom` with the end of the time axis at the right of the canvas, the axis in view. */
  private latestWindow(layout: TimelineLayout, zoom: number): Viewport {
    const insets = this.insets();
    const ys = [...layout.positions.values()].map((p) => p.y);
    const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
    const height = this.cy.height() - insets.top - insets.bottom;
    // Centre the drawing vertically when it fits; else keep the axis at two thirds of the height.
    const middle = (bottom - top) * zoom <= height ? (top + bottom) / 2 : layout.axisY - height / 6 / zoom;
    return {
      zoom,
      pan: {
        x: this.cy.width() - insets.right - layout.axisEnd * zoom,
        y: insets.top + height / 2 - middle * zoom,
      },
    };
  }

  /**
   * Tells the page about the timeline (its axis overlay) and marks what it sets aside: undated entities
   * faded, relations other than event-actor ones hidden until hovered. `null` clears the marks.
   */
  private showTimeline(layout: TimelineLayout | null, context: LayoutContext): void {
    context.onTimeline?.(layout);
    this.cy.batch(() => {
      this.cy.elements('.undated, .off-timeline').removeClass('undated off-timeline');
      if (!layout) return;
      for (const id of layout.undated) this.cy.getElementById(id).addClass('undated');
      // Shown: relations between an event and its actors (actor-to-actor ones would tangle the columns).
      const on = (id: string) => layout.onTimeline.has(id);
      const dated = (id: string) => layout.dated.has(id);
      this.cy
        .edges()
        .filter((e) => {
          const [a, b] = [e.source().id(), e.target().id()];
          return !(on(a) && on(b) && (dated(a) || dated(b)));
        })
        .addClass('off-timeline');
    });
  }

  /** Fits the view again to what is shown, where it is (the canvas changed size). */
  refit(): void {
    if (this.running) return; // a layout in flight fits when it ends
    const target = this.shown();
    const positions: Positions = {};
    target.nodes().forEach((n) => void (positions[n.id()] = n.position()));
    const viewport = this.frameAsIs(target, positions);
    if (viewport) this.cy.animate({ zoom: viewport.zoom, pan: viewport.pan }, { duration: 200 });
    else this.cy.fit(target, FIT_PADDING);
    this.onFitted();
  }

  /** Animates the shown elements to known positions (e.g. back to the overview after a focus). */
  async animateTo(positions: Positions): Promise<void> {
    this.cancel();
    try {
      await this.settled();
    } catch (error) {
      if (error instanceof LayoutCancelledError) return; // a newer layout took over
      throw error;
    }
    const target = this.shown();
    await this.preset(target, positions, true, this.frameAsIs(target, positions));
  }

  /**
   * Lets the change that asked for this layout finish updating the page first (a focus bar appearing
   * over the canvas changes the room to frame into); throws LayoutCancelledError when another layout
   * was asked for meanwhile.
   */
  private async settled(): Promise<void> {
    const ticket = ++this.requests;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (ticket !== this.requests) throw new LayoutCancelledError('Layout superseded.');
  }

  /** Whether the canvas is small enough a job for framing (layout/frame.ts) and has a size to frame to. */
  private canFrame(count: number): boolean {
    // Cytoscape caches its container's size until told to resize: panels laid out after the canvas was
    // created (or a window resized since) would leave the frame fitted to a stale size.
    this.cy.resize();
    return count > 0 && count <= READABLE_ALL_MAX && this.cy.width() > 80 && this.cy.height() > 80;
  }

  private frameNode(node: NodeSingular, p: { x: number; y: number }): FrameNode {
    return {
      id: node.id(),
      x: p.x,
      y: p.y,
      size: Number(node.data('size')) || 30,
      priority: Number(node.data('priority')) || 0,
      ...this.labelMetrics(node),
    };
  }

  /**
   * Margins kept clear of controls floating over the canvas: the fixed ones, and below the top-left
   * stack (count, focus or path bar), whose height changes with what is shown.
   */
  private insets(): Insets {
    const container = this.cy.container();
    const stack = container?.parentElement?.querySelector('.overlay-top-left');
    if (!container || !stack) return FIT_INSETS;
    const below = stack.getBoundingClientRect().bottom - container.getBoundingClientRect().top;
    return { ...FIT_INSETS, top: Math.max(FIT_INSETS.top, Math.round(below) + 12) };
  }

  private frameOptions(reshape: boolean) {
    return {
      canvas: { width: this.cy.width(), height: this.cy.height() },
      padding: this.insets(),
      maxZoom: FIT_MAX_ZOOM,
      minFont: MIN_LABEL_PX,
      boxPadding: BOX_PADDING,
      reshape,
      laidOutFont: LAYOUT_LABEL_MIN_PX,
    };
  }

  /** The viewport showing `positions` whole with every label readable, or null to let Cytoscape fit. */
  private frameAsIs(target: CollectionReturnValue, positions: Positions): Viewport | null {
    const nodes = target.nodes();
    if (!this.canFrame(nodes.length)) return null;
    const frameNodes = nodes.map((n) => this.frameNode(n as NodeSingular, positions[n.id()] ?? n.position()));
    return frameDrawing(frameNodes, [], this.frameOptions(false)).viewport;
  }

  /**
   * Runs a built-in layout without showing it and returns its positions (the nodes are put back where
   * they were: synchronous, so nothing is drawn in between), so every layout can animate the same way.
   */
  private computeWith(eles: CollectionReturnValue, options: Record<string, unknown>): Positions {
    const nodes = eles.nodes();
    const before = new Map(nodes.map((n) => [n.id(), { ...n.position() }]));
    const positions: Positions = {};
    this.cy.batch(() => {
      eles.layout({ ...options, animate: false, fit: false } as cytoscape.LayoutOptions).run();
      nodes.forEach((n) => {
        positions[n.id()] = { ...n.position() };
        n.position(before.get(n.id())!);
      });
    });
    return positions;
  }

  /**
   * Force layout of the connected part in the worker; entities with no shown relation go on a shelf
   * underneath instead of being scattered among the connected ones. Small drawings are framed for the
   * canvas in the worker too (reshaped so every label has room at the zoom they are shown at).
   */
  private async forceThenShelf(target: CollectionReturnValue, seed: number, fit: boolean): Promise<Placed> {
    const { connected, unlinked, edges } = this.partition(target);
    const framing = fit && this.canFrame(connected.length + unlinked.length);
    if (connected.length === 0) return this.shelve({}, connected, unlinked, framing);
    const result = await this.force.run({
      nodes: connected.map((n) => ({
        id: n.id(),
        size: Number(n.data('size')) || 30,
        label: this.layoutLabel(n),
      })),
      edges: edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      seed,
      frame: framing
        ? {
            metrics: Object.fromEntries(
              connected.map((n) => {
                const { font, textWidth, priority } = this.frameNode(n, n.position());
                return [n.id(), { font, textWidth, priority }];
              }),
            ),
            unlinked: unlinked.map((n) => this.frameNode(n, n.position())),
            options: this.frameOptions(true),
          }
        : undefined,
    });
    return result.viewport ? result : this.shelve(result.positions, connected, unlinked, false);
  }

  /** dagre on the connected part (ranks kept as they are), the rest on a shelf. */
  private hierarchyThenShelf(target: CollectionReturnValue, fit: boolean): Placed {
    const { connected, unlinked, edges } = this.partition(target);
    const positions =
      connected.length > 0
        ? this.computeWith(
            target.filter((e) => e.isEdge() || e.connectedEdges().some((x) => edges.has(x))),
            this.builtInOptions('hierarchy', connected.length),
          )
        : {};
    return this.shelve(
      positions,
      connected,
      unlinked,
      fit && this.canFrame(connected.length + unlinked.length),
    );
  }

  private partition(target: CollectionReturnValue): {
    connected: NodeSingular[];
    unlinked: NodeSingular[];
    edges: EdgeCollection;
  } {
    const edges = target.edges();
    const linked = new Set<string>();
    edges.forEach((e) => {
      linked.add(e.source().id());
      linked.add(e.target().id());
    });
    const nodes = (target.nodes() as NodeCollection).toArray();
    return {
      connected: nodes.filter((n) => linked.has(n.id())),
      unlinked: nodes.filter((n) => !linked.has(n.id())),
      edges,
    };
  }

  private builtInOptions(
    name: Exclude<LayoutName, 'force' | 'timeline'>,
    n: number,
  ): Record<string, unknown> {
    switch (name) {
      case 'concentric':
        return {
          name: 'concentric',
          // Most central in the middle; about eight rings whatever the range of values.
          concentric: (node: NodeSingular) => Number(node.data('priority')) || 0,
          levelWidth: (ns: CollectionReturnValue) => {
            const values = ns.map((x) => Number(x.data('priority')) || 0);
            return Math.max(1e-9, (Math.max(...values) - Math.min(...values)) / 8);
          },
          minNodeSpacing: 28,
          avoidOverlap: true,
          nodeDimensionsIncludeLabels: true,
          startAngle: (3 / 2) * Math.PI,
        };
      case 'hierarchy':
        return n <= DAGRE_MAX_NODES
          ? {
              name: 'dagre',
              rankDir: 'TB',
              nodeSep: 24,
              rankSep: 80,
              edgeSep: 10,
              ranker: 'network-simplex',
              nodeDimensionsIncludeLabels: true,
            }
          : { name: 'breadthfirst', directed: true, spacingFactor: 1.1, avoidOverlap: true };
      case 'circle':
        return {
          name: 'circle',
          avoidOverlap: true,
          spacingFactor: 1.1,
          sort: byPriority,
          nodeDimensionsIncludeLabels: true,
        };
      case 'grid':
        return {
          name: 'grid',
          avoidOverlap: true,
          avoidOverlapPadding: 16,
          sort: byPriority,
          nodeDimensionsIncludeLabels: true,
        };
    }
  }

  /** Room the force layout keeps for a label (the zoom is not known yet; framing adjusts it). */
  private layoutLabel(node: NodeSingular): LabelSize {
    const { font, textWidth } = this.labelMetrics(node);
    const layoutFont = Math.max(font, LAYOUT_LABEL_MIN_PX);
    return labelRoom(textWidth * (layoutFont / font), layoutFont);
  }

  /**
   * Puts unlinked entities on a shelf under the laid-out ones (shelf.ts). With `frame`, the whole is
   * framed for the canvas as it is (frame.ts: the viewport at which every label is readable).
   */
  private shelve(
    positions: Positions,
    connected: NodeSingular[],
    unlinked: NodeSingular[],
    frame: boolean,
  ): Placed {
    if (frame) {
      const framed = frameDrawing(
        connected.map((n) => this.frameNode(n, positions[n.id()] ?? n.position())),
        unlinked.map((n) => this.frameNode(n, n.position())),
        this.frameOptions(false),
      );
      return { positions: Object.fromEntries(framed.positions), viewport: framed.viewport };
    }
    let box: Box | null = null;
    for (const n of connected) {
      const p = positions[n.id()];
      if (!p) continue;
      const b = nodeBox(n.id(), p, Number(n.data('size')) || 30, this.layoutLabel(n));
      const [x1, y1, x2, y2] = [b.x - b.width / 2, b.y - b.height / 2, b.x + b.width / 2, b.y + b.height / 2];
      box = box
        ? {
            x1: Math.min(box.x1, x1),
            y1: Math.min(box.y1, y1),
            x2: Math.max(box.x2, x2),
            y2: Math.max(box.y2, y2),
          }
        : { x1, y1, x2, y2 };
    }
    const isolated = unlinked.map((n) => ({
      id: n.id(),
      priority: Number(n.data('priority')) || 0,
      size: Number(n.data('size')) || 30,
      label: this.layoutLabel(n),
    }));
    const all = { ...positions };
    for (const [id, p] of shelfPositions(isolated, box)) all[id] = p;
    return { positions: all };
  }

  /** Moves to `positions`; with a viewport, animates to it, else (when `fit`) lets Cytoscape fit. */
  private preset(
    target: CollectionReturnValue,
    positions: Positions,
    fit: boolean,
    viewport: Viewport | null = null,
  ): Promise<void> {
    const options = {
      name: 'preset',
      positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
    };
    return viewport
      ? this.builtIn(target, { ...options, zoom: viewport.zoom, pan: viewport.pan }, false)
      : this.builtIn(target, options, fit);
  }

  private builtIn(
    target: CollectionReturnValue,
    options: Record<string, unknown>,
    fit: boolean,
  ): Promise<void> {
    const animate = target.nodes().length <= ANIMATE_MAX_NODES;
    // Cytoscape's fit honours maxZoom: cap it while laying out so a handful of nodes is not blown up.
    if (fit) this.cy.maxZoom(FIT_MAX_ZOOM);
    return new Promise((resolve) => {
      const layout = target.layout({
        ...options,
        fit,
        padding: FIT_PADDING,
        animate,
        animationDuration: 450,
        animationEasing: 'ease-out-cubic',
      } as cytoscape.LayoutOptions);
      this.running = layout;
      layout.one('layoutstop', () => {
        this.cy.maxZoom(VIEW_MAX_ZOOM);
        if (this.running === layout) this.running = null;
        if (fit || 'zoom' in options) this.onFitted();
        resolve();
      });
      layout.run();
    });
  }
}

const byPriority = (a: NodeSingular, b: NodeSingular) =>
  (Number(b.data('priority')) || 0) - (Number(a.data('priority')) || 0);
