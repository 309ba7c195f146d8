/**
 * The Cytoscape canvas: owns the `cy` instance and turns view requests (visibility, highlight, selection,
 * theme) into batched class and data changes. It holds no application state: the controller tells it
 * what to show and hears back what the user did.
 */
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { buildStylesheet, type StyleOptions } from '../graph/style';
import { Labeller } from './labelling';
import type { Visibility } from '../state/filters';
import type { Selection } from '../state/selection';
import { debounce } from '../ui/dom';
import { followContainerSize, labelOnlyTheMostImportant, preventStylesheetInjection } from './setup';

export interface ViewCallbacks {
  onNodeTap(id: string): void;
  onEdgeTap(id: string): void;
  onBackgroundTap(): void;
  onNodeDoubleTap(id: string): void;
  onContextMenu(
    target: { kind: 'node' | 'edge' | 'background'; id?: string },
    clientX: number,
    clientY: number,
  ): void;
  onViewportChange?(): void;
  /** The canvas changed size while showing a view the layout fitted (not one the user moved). */
  onCanvasResize?(): void;
}

export const VIEW_MAX_ZOOM = 6;
/** Fitting never zooms in further than this. */
export const FIT_MAX_ZOOM = 1.25;

/** The selected entity's relations are named on the canvas up to this many. */
const SELECTED_EDGE_LABELS_MAX = 12;

/** Graphs above this many elements get Cytoscape's cheap-rendering options while panning and zooming. */
export const LARGE_GRAPH_ELEMENTS = 4000;
/** Up to this many edges, edges are curved (parallel relations stay apart); beyond, straight. */
export const CURVED_EDGES_MAX = 600;
/** Large graphs start with labels only on this many most important nodes (decluttering adds more). */
const INITIAL_LABELS_LARGE = 150;
/** Up to this many shown entities, hovering re-decides labels at once (a few milliseconds). */
const HOVER_PLACE_NOW_MAX = 600;
/** Hovering fades the rest of the graph only when that is cheap enough to feel instant. */
const HOVER_FADE_MAX_ELEMENTS = 3000;

export class GraphView {
  readonly cy: Core;
  private style: StyleOptions;
  private hidden = new Set<string>();
  private highlighted = false;
  private hovered: string | null = null;
  readonly labels = new Labeller();
  private readonly declutterSoon = debounce(() => this.declutter(), 120);
  /** The user panned or zoomed since the last automatic fit. */
  private userMoved = true;

  constructor(
    container: HTMLElement,
    private readonly callbacks: ViewCallbacks,
    style: StyleOptions,
  ) {
    this.style = style;
    preventStylesheetInjection();
    this.cy = cytoscape({
      container,
      style: buildStylesheet(style),
      minZoom: 0.02,
      maxZoom: VIEW_MAX_ZOOM,
      wheelSensitivity: 0.35,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.bindEvents();
    this.observeResize();
  }

  /**
   * Replaces every element. `initiallyShown` (what the default filters show) is applied in the element
   * definitions, so thousands of hidden co-occurrence links are not re-styled right after being added.
   */
  load(elements: ElementDefinition[], initiallyShown?: Visibility): void {
    const large = elements.length > LARGE_GRAPH_ELEMENTS;
    const renderer = (this.cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    // Cytoscape reads these renderer options at init; setting them here applies them per graph.
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
    renderer.hideLabelsOnViewport = large;
    this.hidden.clear();
    this.labels.reset();
    const edgeCount = elements.filter((e) => e.group === 'edges').length;
    // Set the style before adding, so elements are styled once.
    this.setStyle({ ...this.style, large, curved: edgeCount <= CURVED_EDGES_MAX });
    if (large) labelOnlyTheMostImportant(elements, INITIAL_LABELS_LARGE);
    if (initiallyShown) {
      for (const e of elements) {
        const id = String(e.data.id);
        const shown = e.group === 'nodes' ? initiallyShown.nodes.has(id) : initiallyShown.edges.has(id);
        if (shown) continue;
        this.hidden.add(id);
        e.classes = `${e.classes ?? ''} filtered`.trim();
      }
    }
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
  }

  setStyle(style: StyleOptions): void {
    this.style = style;
    this.cy.style(buildStylesheet(style));
  }

  /**
   * Runs an export with relation names hidden unless the user asked for them everywhere: in a still
   * image there is no hover, and colours plus the legend say the same without covering the nodes.
   */
  async withExportStyle<T>(
    fn: () => Promise<T>,
    options: { region: 'view' | 'full' } = { region: 'view' },
  ): Promise<T> {
    const saved = this.style;
    const hideEdgeLabels = saved.edgeLabels === 'auto';
    // Enlarged hub labels suit the current zoom; a whole-graph image is drawn at its own scale.
    const unboost = options.region === 'full' && this.labels.hasBoosts;
    if (hideEdgeLabels) this.setStyle({ ...saved, edgeLabels: 'never' });
    if (unboost) this.labels.clearBoosts(this.cy);
    try {
      return await fn();
    } finally {
      if (hideEdgeLabels) this.setStyle(saved);
      if (unboost) this.declutter();
    }
  }

  get isLarge(): boolean {
    return !!this.style.large;
  }

  /** Changes theme or edge-label mode, keeping the size-dependent options. */
  setTheme(theme: StyleOptions['theme'], edgeLabels: StyleOptions['edgeLabels']): void {
    this.setStyle({ ...this.style, theme, edgeLabels });
    this.declutterSoon(); // relation names follow the new mode
  }

  /** Shows exactly the given nodes and edges; only elements whose state changes are touched. */
  setVisibility(visible: Visibility): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => this.toggleHidden(n.id(), n, !visible.nodes.has(n.id())));
      this.cy.edges().forEach((e) => this.toggleHidden(e.id(), e, !visible.edges.has(e.id())));
    });
    this.declutterSoon();
  }

  private toggleHidden(
    id: string,
    ele: cytoscape.NodeSingular | cytoscape.EdgeSingular,
    hide: boolean,
  ): void {
    if (hide === this.hidden.has(id)) return;
    if (hide) this.hidden.add(id);
    else this.hidden.delete(id);
    ele.toggleClass('filtered', hide);
  }

  /** Elements not hidden by filters or focus (cheaper than the `:visible` selector, which reads styles). */
  shownElements(): cytoscape.CollectionReturnValue {
    return this.cy.elements().filter((e) => !this.hidden.has(e.id()));
  }

  visibleCount(): { nodes: number; edges: number } {
    return {
      nodes: this.cy.nodes().length - this.countHidden('nodes'),
      edges: this.cy.edges().length - this.countHidden('edges'),
    };
  }

  private countHidden(group: 'nodes' | 'edges'): number {
    let n = 0;
    for (const id of this.hidden) {
      const ele = this.cy.getElementById(id);
      if (ele.nonempty() && ele.group() === group) n++;
    }
    return n;
  }

  /** Emphasises a path (or any set); everything else fades. `null` clears. */
  setHighlight(highlight: { nodes: Set<string>; edges: Set<string> } | null): void {
    this.cy.batch(() => {
      // Only touch elements that carry the classes: a class change re-styles the element.
      this.cy.elements('.path, .faded').removeClass('path faded');
      if (highlight) {
        this.cy.nodes().forEach((n) => void n.addClass(highlight.nodes.has(n.id()) ? 'path' : 'faded'));
        this.cy.edges().forEach((e) => void e.addClass(highlight.edges.has(e.id()) ? 'path' : 'faded'));
      }
    });
    this.highlighted = !!highlight;
    this.declutterSoon();
  }

  setFocusRoot(id: string | null): void {
    this.cy.batch(() => {
      this.cy.nodes('.focus-root').removeClass('focus-root');
      if (id) this.cy.getElementById(id).addClass('focus-root');
    });
  }

  select(selection: Selection): void {
    this.cy.batch(() => {
      this.cy.elements(':selected').unselect();
      this.cy.edges('.show-label').removeClass('show-label');
      if (!selection) return;
      const ele = this.cy.getElementById(selection.id);
      if (ele.empty()) return;
      ele.select();
      if (!ele.isNode()) return;
      // Name the selected entity's relations, unless it is a hub: a dozen labels is the most that reads;
      // beyond that, hovering one relation names it.
      const edges = ele.connectedEdges().filter((e) => !this.hidden.has(e.id()));
      if (edges.length <= SELECTED_EDGE_LABELS_MAX) edges.addClass('show-label');
    });
    this.declutterSoon();
  }

  /** Updates data fields of every node (sizes, colours) in one batch. */
  updateNodeData(data: (id: string) => Record<string, unknown>): void {
    this.cy.batch(() => this.cy.nodes().forEach((n) => void n.data(data(n.id()))));
    this.declutterSoon();
  }

  /**
   * Fits the given elements (default: all visible) in the window, animated, without zooming in past
   * FIT_MAX_ZOOM: a focus on three entities should not fill the screen with giant labels.
   */
  fit(ids?: Iterable<string>, padding = 48, animate = true): void {
    // Fitting a selection (a path) is a view of its own; fitting everything is what a resize keeps.
    this.userMoved = ids !== undefined;
    let eles = this.cy.collection();
    if (ids) for (const id of ids) eles = eles.union(this.cy.getElementById(id));
    else eles = this.shownElements();
    if (eles.empty()) return;
    const bb = eles.boundingBox();
    const w = Math.max(1, this.cy.width() - 2 * padding);
    const h = Math.max(1, this.cy.height() - 2 * padding);
    const zoom = Math.max(
      this.cy.minZoom(),
      Math.min(FIT_MAX_ZOOM, w / Math.max(1, bb.w), h / Math.max(1, bb.h)),
    );
    const pan = {
      x: this.cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
      y: this.cy.height() / 2 - zoom * (bb.y1 + bb.h / 2),
    };
    this.cy.stop();
    if (animate) this.cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-out-cubic' });
    else this.cy.viewport({ zoom, pan });
  }

  /** Keeps the canvas in step with its container (panels opening, window resizing). */
  observeResize(): void {
    followContainerSize(this.cy, () => {
      // A view the layout fitted is fitted again to the new size; one the user arranged is left alone.
      if (!this.userMoved) this.callbacks.onCanvasResize?.();
      this.declutterSoon();
    });
  }

  /** The layout just fitted the view: a later resize may fit it again. */
  markFitted(): void {
    this.userMoved = false;
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    const zoom = Math.min(this.cy.maxZoom(), Math.max(this.cy.minZoom(), this.cy.zoom() * factor));
    this.cy.animate(
      { zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } } },
      { duration: 150 },
    );
  }

  /** Pans to a node without changing the zoom (unless it is too far out to read). */
  centerOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.userMoved = true;
    const zoom = Math.max(this.cy.zoom(), 0.9);
    this.cy.animate({ center: { eles: node }, zoom }, { duration: 300 });
  }

  positions(): Record<string, { x: number; y: number }> {
    const out: Record<string, { x: number; y: number }> = {};
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    return out;
  }

  /**
   * Decides every label for the current zoom (labelling.ts): readable fonts, placement around the node,
   * and which labels have no room. Pinned labels (selected, focused, on a path, hovered) always show.
   */
  declutter(): void {
    this.labels.apply({
      cy: this.cy,
      isShown: (id) => !this.hidden.has(id),
      isPinned: (node) =>
        node.selected() || node.hasClass('focus-root') || node.hasClass('path') || node.id() === this.hovered,
      highlighted: this.highlighted,
      edgeLabels: this.style.edgeLabels,
    });
  }

  private bindEvents(): void {
    const cy = this.cy;
    const cb = this.callbacks;
    cy.on('tap', 'node', (e) => cb.onNodeTap(e.target.id()));
    cy.on('tap', 'edge', (e) => cb.onEdgeTap(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) cb.onBackgroundTap();
    });
    cy.on('dbltap', 'node', (e) => cb.onNodeDoubleTap(e.target.id()));
    cy.on('cxttap', (e: EventObject) => {
      const original = e.originalEvent as MouseEvent | undefined;
      const rect = cy.container()!.getBoundingClientRect();
      const x = original?.clientX ?? rect.left + (e.renderedPosition?.x ?? 0);
      const y = original?.clientY ?? rect.top + (e.renderedPosition?.y ?? 0);
      if (e.target === cy) cb.onContextMenu({ kind: 'background' }, x, y);
      else cb.onContextMenu({ kind: e.target.isNode() ? 'node' : 'edge', id: e.target.id() }, x, y);
    });
    // Leaving the canvas for an overlay (menu, legend) fires no node mouseout: clear the hover then too.
    cy.container()?.addEventListener('mouseleave', () => this.hover(null));
    cy.on('cxttap', () => this.hover(null));
    cy.on('mouseover', 'node', (e) => this.hover(e.target as NodeSingular));
    cy.on('mouseout', 'node', () => this.hover(null));
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hover'));
    cy.on('mouseout', 'edge', (e) => e.target.removeClass('hover'));
    cy.on('viewport', () => {
      this.declutterSoon();
      cb.onViewportChange?.();
    });
    cy.on('layoutstop', () => this.declutterSoon());
    cy.on('dragpan scrollzoom pinchzoom', () => void (this.userMoved = true));
  }

  private hover(node: NodeSingular | null): void {
    const cy = this.cy;
    const container = cy.container();
    if (container) container.classList.toggle('is-pointing', !!node);
    cy.batch(() => {
      cy.elements('.hover').removeClass('hover');
      cy.edges('.hover-link').removeClass('hover-link');
      if (!this.highlighted) cy.elements('.faded').removeClass('faded');
      this.hovered = node?.id() ?? null;
      if (!node) return;
      node.addClass('hover');
      const edges = node.connectedEdges().filter((e) => !this.hidden.has(e.id()));
      // Its relations are named where there is room (a hub's two dozen names would pile up).
      edges.addClass('hover-link');
      if (!this.highlighted && cy.elements().length <= HOVER_FADE_MAX_ELEMENTS) {
        const keep = edges.union(edges.connectedNodes()).union(node);
        this.shownElements().difference(keep).addClass('faded');
      }
    });
    // The hovered label is pinned, its relations' names compete for room: decide now, not after a
    // pause, so names do not flash up and vanish (small graphs; large ones a moment later).
    if (this.visibleCount().nodes <= HOVER_PLACE_NOW_MAX) this.declutter();
    else {
      if (node?.hasClass('label-hidden')) node.removeClass('label-hidden');
      this.declutterSoon();
    }
  }

  destroy(): void {
    this.declutterSoon.cancel();
    this.cy.destroy();
  }
}
