/**
 * Runs a named layout on the visible elements and animates to the result. Force (fcose) runs in a worker
 * (force.ts); the others are fast enough to compute in the page. Big graphs skip the animation
 * (animating thousands of nodes costs more frames than it is worth) and use spectral-only fcose.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { Core, CollectionReturnValue, EdgeCollection, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/settings';
import { ForceLayoutRunner, type Positions } from './force';
import { FIT_MAX_ZOOM, VIEW_MAX_ZOOM } from './view';
import { shelfPositions, type Box } from '../layout/shelf';
import { nodeBox, type LabelSize } from '../layout/overlap';
import { timelineLayout, type TimelineLayout, type TimelineNode } from '../layout/timeline';

cytoscape.use(dagre);

/** Above this many visible nodes, layouts jump to their result instead of animating. */
export const ANIMATE_MAX_NODES = 1500;
/** dagre is O(n²)-ish in practice: beyond this the hierarchy falls back to breadthfirst. */
export const DAGRE_MAX_NODES = 1200;

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

  constructor(
    private readonly cy: Core,
    workerUrl: string | undefined,
    /** What is shown now (the view knows which elements the filters and focus hide). */
    private readonly shown: () => CollectionReturnValue,
    /** Room each node's label needs (model px), so layouts keep labels apart. */
    private readonly labelExtent: (node: NodeSingular) => LabelSize,
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
    const target = eles ?? this.shown();
    const nodes = target.nodes();
    if (nodes.length === 0) {
      context.onTimeline?.(null);
      return;
    }
    const fit = context.fit ?? true;
    let positions: Positions;
    if (name === 'timeline') {
      const layout = timelineLayout({
        nodes: context.describe(nodes.map((n) => n.id())),
        edges: target.edges().map((e) => [e.source().id(), e.target().id()] as const),
        docDates: context.docDates,
      });
      context.onTimeline?.(layout);
      positions = Object.fromEntries(layout.positions);
    } else {
      context.onTimeline?.(null);
      if (name === 'force')
        positions = await this.connectedThenShelf(target, (c, e) => this.forceOf(c, e, context.seed ?? 1));
      else if (name === 'hierarchy')
        positions = await this.connectedThenShelf(target, async (c, e) =>
          this.computeWith(c.union(e) as CollectionReturnValue, this.builtInOptions('hierarchy', c.length)),
        );
      else positions = this.computeWith(target, this.builtInOptions(name, nodes.length));
    }
    await this.preset(target, positions, fit);
  }

  /** Animates the shown elements to known positions (e.g. back to the overview after a focus). */
  async animateTo(positions: Positions): Promise<void> {
    this.cancel();
    await this.preset(this.shown(), positions, true);
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

  private async forceOf(
    connected: CollectionReturnValue,
    edges: EdgeCollection,
    seed: number,
  ): Promise<Positions> {
    return this.force.run({
      nodes: connected.map((n) => ({
        id: n.id(),
        size: Number(n.data('size')) || 30,
        label: this.labelExtent(n as NodeSingular),
      })),
      edges: edges.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      seed,
    });
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

  /**
   * Lays out the connected part with `layout`; entities with no shown relation go on a shelf underneath
   * (shelf.ts) instead of being scattered among the connected ones.
   */
  private async connectedThenShelf(
    target: CollectionReturnValue,
    layout: (connected: CollectionReturnValue, edges: EdgeCollection) => Promise<Positions>,
  ): Promise<Positions> {
    const edges = target.edges();
    const linked = new Set<string>();
    edges.forEach((e) => {
      linked.add(e.source().id());
      linked.add(e.target().id());
    });
    const nodes = target.nodes();
    const connected = nodes.filter((n) => linked.has(n.id()));
    const positions: Positions = connected.nonempty() ? await layout(connected, edges) : {};
    let box: Box | null = null;
    for (const n of connected) {
      const p = positions[n.id()];
      if (!p) continue;
      const b = nodeBox(n.id(), p, Number(n.data('size')) || 30, this.labelExtent(n as NodeSingular));
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
    const isolated = nodes
      .filter((n) => !linked.has(n.id()))
      .map((n) => ({
        id: n.id(),
        priority: Number(n.data('priority')) || 0,
        size: Number(n.data('size')) || 30,
        label: this.labelExtent(n as NodeSingular),
      }));
    for (const [id, p] of shelfPositions(isolated, box)) positions[id] = p;
    return positions;
  }

  private preset(target: CollectionReturnValue, positions: Positions, fit: boolean): Promise<void> {
    return this.builtIn(
      target,
      { name: 'preset', positions: (node: NodeSingular) => positions[node.id()] ?? node.position() },
      fit,
    );
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
        padding: 40,
        animate,
        animationDuration: 450,
        animationEasing: 'ease-out-cubic',
      } as cytoscape.LayoutOptions);
      this.running = layout;
      layout.one('layoutstop', () => {
        this.cy.maxZoom(VIEW_MAX_ZOOM);
        if (this.running === layout) this.running = null;
        resolve();
      });
      layout.run();
    });
  }
}

const byPriority = (a: NodeSingular, b: NodeSingular) =>
  (Number(b.data('priority')) || 0) - (Number(a.data('priority')) || 0);
