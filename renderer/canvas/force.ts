/**
 * Force-directed layout (cytoscape-fcose), run off the UI thread: a Web Worker holds a headless Cytoscape
 * with the same nodes and edges, computes positions and posts them back; the page then animates to them.
 * fcose is synchronous and takes seconds on thousands of nodes, which would freeze panning, the search box
 * and the progress indicator if run on the main thread. If the worker cannot start (an unusual CSP or
 * host), the same function runs in the page after the progress indicator has painted.
 *
 * The worker is this same bundle started a second time (main.ts branches on `document`), so the build
 * stays one entry point.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../graph/model';

cytoscape.use(fcose);

export interface ForceInput {
  nodes: Array<{ id: string; size: number; x?: number; y?: number }>;
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

/** fcose settings by graph size: full quality for newsroom-sized graphs, spectral draft for huge ones. */
export function fcoseOptions(nodeCount: number, incremental = false): Record<string, unknown> {
  const huge = nodeCount > 3000;
  return {
    name: 'fcose',
    quality: huge ? 'draft' : 'default',
    randomize: !incremental,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => 80,
    edgeElasticity: () => 0.4,
    nestingFactor: 0.1,
    gravity: 0.3,
    gravityRange: 3.0,
    numIter: nodeCount > 1000 ? 1200 : 2500,
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
    return runFcose(input);
  } finally {
    Math.random = random;
  }
}

function runFcose(input: ForceInput): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...input.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, size: n.size },
        position: { x: n.x ?? 0, y: n.y ?? 0 },
      })),
      ...input.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ],
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
  });
  cy.layout(fcoseOptions(input.nodes.length, input.incremental) as unknown as cytoscape.LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    positions[node.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return positions;
}

// ---- worker side ----

interface Request {
  id: number;
  input: ForceInput;
}
type Reply = { id: number; positions: Positions } | { id: number; error: string };

/** Entry point when this bundle runs as a worker. */
export function startForceWorker(scope: {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(m: Reply): void;
}): void {
  scope.onmessage = (event) => {
    const { id, input } = event.data;
    try {
      scope.postMessage({ id, positions: computeForceLayout(input) });
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

  async run(input: ForceInput): Promise<Positions> {
    this.cancel();
    const worker = this.ensureWorker();
    if (!worker) {
      // Let the progress indicator paint before the page blocks.
      await new Promise((resolve) => setTimeout(resolve, 30));
      return computeForceLayout(input);
    }
    const id = ++this.seq;
    return new Promise<Positions>((resolve, reject) => {
      this.pending = { id, reject };
      worker.onmessage = (event: MessageEvent<Reply>) => {
        if (event.data.id !== id) return;
        this.pending = null;
        if ('error' in event.data) reject(new Error(event.data.error));
        else resolve(event.data.positions);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        this.pending = null;
        this.workerFailed = true;
        this.worker?.terminate();
        this.worker = null;
        // The worker could not run: compute here instead of failing the layout.
        resolve(computeForceLayout(input));
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
