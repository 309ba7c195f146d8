/**
 * Force-directed layout, run off the UI thread: a Web Worker computes positions and posts them back; the
 * page then animates to them. Newsroom-sized graphs use cytoscape-fcose (spectral start + CoSE, the best
 * looking); its CoSE phase runs at least 5·n iterations over all node pairs in range, which measured
 * ~13 s for 900 connected entities here, so larger graphs use ForceAtlas2 with Barnes-Hut (Gephi's
 * default for big graphs, O(n log n) per iteration) plus an overlap-removal pass when affordable.
 * fcose is synchronous and takes seconds on thousands of nodes, which would freeze panning, the search box
 * and the progress indicator if run on the main thread. If the worker cannot start (an unusual CSP or
 * host), the same function runs in the page after the progress indicator has painted.
 *
 * The worker is this same bundle started a second time (main.ts branches on `document`), so the build
 * stays one entry point.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import { spiralPosition } from '../layout/spiral';
import { seededRandom } from '../graph/model';
import { nodeBox, nodeCentre, removeOverlaps, type LabelSize } from '../layout/overlap';
import { frameDrawing, type FrameNode, type FrameOptions, type Viewport } from '../layout/frame';

cytoscape.use(fcose);

export interface ForceInput {
  /** `label`: room the node's label needs under it (model px); the layout keeps labels apart too. */
  nodes: Array<{ id: string; size: number; x?: number; y?: number; label?: LabelSize }>;
  edges: Array<{ id: string; source: string; target: string }>;
  /** Start from the given positions (refine) instead of a fresh spectral layout. */
  incremental?: boolean;
  /**
   * Seed for fcose's random choices: the same graph and seed give the same picture (a reopened graph
   * looks the same, screenshots are reproducible); "Re-run layout" passes a new seed for a new arrangement.
   */
  seed?: number;
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * A force layout plus, optionally, its framing for the canvas (layout/frame.ts), both in the worker:
 * framing small drawings moves boxes apart a few hundred times, which would otherwise block the page.
 */
export interface ForceJob extends ForceInput {
  frame?: {
    /** Label metrics and importance of the laid-out nodes, by id. */
    metrics: Record<string, Pick<FrameNode, 'font' | 'textWidth' | 'priority'>>;
    /** Entities with no shown relation (shelved under the drawing). */
    unlinked: FrameNode[];
    options: FrameOptions;
  };
}

export interface ForceResult {
  positions: Positions;
  /** Present when the job asked for framing. */
  viewport?: Viewport;
}

/** Runs a force job: the layout, then the framing when asked. */
export function computeForceJob(job: ForceJob): ForceResult {
  const positions = computeForceLayout(job);
  if (!job.frame) return { positions };
  const { metrics, unlinked, options } = job.frame;
  const connected = job.nodes.map((n) => {
    const { font, textWidth, priority } = metrics[n.id];
    return { id: n.id, size: n.size, font, textWidth, priority, ...positions[n.id] };
  });
  const frame = frameDrawing(connected, unlinked, options);
  return { positions: Object.fromEntries(frame.positions), viewport: frame.viewport };
}

/** Above this many connected entities the force layout switches from fcose to ForceAtlas2. */
export const FCOSE_MAX_NODES = 400;
/** Overlap removal (noverlap) is quadratic in dense areas: only below this size. */
export const NOVERLAP_MAX_NODES = 2500;

export type ForceAlgorithm = 'fcose' | 'forceatlas2';

export function forceAlgorithm(nodeCount: number): ForceAlgorithm {
  return nodeCount <= FCOSE_MAX_NODES ? 'fcose' : 'forceatlas2';
}

/**
 * Edge length fcose aims for (between node-plus-label boxes): small graphs have room to spare and their
 * relations are often named on the canvas (a selected hub's, a focus), which needs longer edges.
 */
export function idealEdgeLength(nodeCount: number): number {
  return nodeCount <= 30 ? 190 : nodeCount <= 120 ? 100 : 80;
}

/** Clearance the overlap-removal pass keeps between node-plus-label boxes (model px). */
export const BOX_PADDING = 10;

/** fcose settings (newsroom-sized graphs). */
export function fcoseOptions(nodeCount: number, incremental = false): Record<string, unknown> {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: !incremental,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => idealEdgeLength(nodeCount),
    edgeElasticity: () => 0.4,
    nestingFactor: 0.1,
    gravity: 0.3,
    gravityRange: 3.0,
    numIter: nodeCount > 200 ? 1200 : 2500,
    tile: true,
    tilingPaddingVertical: 16,
    tilingPaddingHorizontal: 16,
    nodeSeparation: 70,
    samplingType: true,
    sampleSize: 25,
  };
}

/** Runs fcose synchronously on a headless Cytoscape (in the worker, or in the page as a fallback). */
export function computeForceLayout(input: ForceInput): Positions {
  // fcose draws from Math.random; swap in a seeded generator for this synchronous run only.
  const random = Math.random;
  Math.random = seededRandom(input.seed ?? 1);
  try {
    return forceAlgorithm(input.nodes.length) === 'fcose' ? runFcose(input) : runForceAtlas2(input);
  } finally {
    Math.random = random;
  }
}

/**
 * fcose on each node's box including its label (Cytoscape cannot measure text headless, so the page
 * measures and sends the size), then an overlap-removal pass on the same boxes.
 */
function runFcose(input: ForceInput): Positions {
  const boxes = input.nodes.map((n) => nodeBox(n.id, { x: n.x ?? 0, y: n.y ?? 0 }, n.size, n.label));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...boxes.map((b) => ({
        group: 'nodes' as const,
        data: { id: b.id, w: b.width, h: b.height },
        position: { x: b.x, y: b.y },
      })),
      ...input.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } }],
  });
  cy.layout(fcoseOptions(input.nodes.length, input.incremental) as unknown as cytoscape.LayoutOptions).run();
  for (const box of boxes) {
    const p = cy.getElementById(box.id).position();
    box.x = p.x;
    box.y = p.y;
  }
  cy.destroy();
  removeOverlaps(boxes, BOX_PADDING);
  const positions: Positions = {};
  input.nodes.forEach((n, i) => (positions[n.id] = nodeCentre(boxes[i], n.size)));
  return positions;
}

/** Iterations by size: enough to untangle, bounded so 20,000 entities finish in well under a minute here. */
export function forceAtlas2Iterations(nodeCount: number): number {
  return nodeCount <= 2000 ? 300 : nodeCount <= 8000 ? 150 : 80;
}

function runForceAtlas2(input: ForceInput): Positions {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  input.nodes.forEach((n, i) => {
    const start =
      n.x !== undefined && n.y !== undefined && input.incremental ? { x: n.x, y: n.y } : spiralPosition(i);
    graph.addNode(n.id, { ...start, size: n.size / 2 });
  });
  for (const e of input.edges) {
    if (
      e.source !== e.target &&
      graph.hasNode(e.source) &&
      graph.hasNode(e.target) &&
      !graph.hasEdge(e.source, e.target)
    )
      graph.addEdge(e.source, e.target);
  }
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: forceAtlas2Iterations(graph.order),
    settings: { ...settings, barnesHutOptimize: graph.order > 1000, adjustSizes: false },
  });
  // FA2's units are arbitrary: scale so the mean edge is about as long as fcose's ideal edge.
  let total = 0;
  graph.forEachEdge((_e, _a, _s, _t, sa, ta) => (total += Math.hypot(sa.x - ta.x, sa.y - ta.y)));
  const scale = graph.size ? 90 / (total / graph.size || 1) : 1;
  graph.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x * scale, y: a.y * scale }));
  if (graph.order <= NOVERLAP_MAX_NODES) {
    noverlap.assign(graph, { maxIterations: 60, settings: { margin: 6, ratio: 1.1 } });
  }
  const positions: Positions = {};
  graph.forEachNode((id, a) => (positions[id] = { x: a.x, y: a.y }));
  return positions;
}

// ---- worker side ----

interface Request {
  id: number;
  input: ForceJob;
}
type Reply = { id: number; result: ForceResult } | { id: number; error: string };

/** Entry point when this bundle runs as a worker. */
export function startForceWorker(scope: {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(m: Reply): void;
}): void {
  scope.onmessage = (event) => {
    const { id, input } = event.data;
    try {
      scope.postMessage({ id, result: computeForceJob(input) });
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  };
}

// ---- page side ----

export class LayoutCancelledError extends Error {
  override name = 'LayoutCancelledError';
}

/** Runs force layouts in a worker, one at a time; a new request cancels the one in flight. */
export class ForceLayoutRunner {
  private worker: Worker | null = null;
  private workerFailed = false;
  private seq = 0;
  private pending: { id: number; reject: (e: Error) => void } | null = null;

  constructor(private readonly scriptUrl: string | undefined) {}

  async run(input: ForceJob): Promise<ForceResult> {
    this.cancel();
    const worker = this.ensureWorker();
    if (!worker) {
      // Let the progress indicator paint before the page blocks.
      await new Promise((resolve) => setTimeout(resolve, 30));
      return computeForceJob(input);
    }
    const id = ++this.seq;
    return new Promise<ForceResult>((resolve, reject) => {
      this.pending = { id, reject };
      worker.onmessage = (event: MessageEvent<Reply>) => {
        if (event.data.id !== id) return;
        this.pending = null;
        if ('error' in event.data) reject(new Error(event.data.error));
        else resolve(event.data.result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.pending = null;
        this.workerFailed = true;
        this.worker?.terminate();
        this.worker = null;
        // The worker could not run: compute here instead of failing the layout.
        resolve(computeForceJob(input));
      };
      worker.postMessage({ id, input } satisfies Request);
    });
  }

  /** Stops the layout in flight (the worker is restarted on the next run). */
  cancel(): void {
    if (!this.pending) return;
    this.pending.reject(new LayoutCancelledError('Layout cancelled.'));
    this.pending = null;
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker) return this.worker;
    if (this.workerFailed || !this.scriptUrl || typeof Worker === 'undefined') return null;
    try {
      this.worker = new Worker(this.scriptUrl, { name: 'plexus-layout' });
      return this.worker;
    } catch {
      this.workerFailed = true;
      return null;
    }
  }
}
