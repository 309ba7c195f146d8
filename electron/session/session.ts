/**
 * The current corpus, graph and documents, and the extraction runs that replace them. Electron-free: the
 * Electron main process and the browser-mode server are thin adapters over one `PlexusSession`.
 *
 * Loads return a `loading` state at once and build off the caller's thread; listeners get every new state
 * (`graphChanged`). A newer load cancels an older one, so a slow build never overwrites a newer result.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type Graph from 'graphology';
import type { DocumentView, ExportFormat, ExportedFile, GraphState } from '../ipc/contract';
import type { Diagnostic } from '../pipeline/types';
import type { ExtractionJob, ExtractionOutcome } from '../worker/job';
import type { Extractor } from '../worker/extractor';
import { CorpusNotFoundError } from '../pipeline/read/errors';
import { exportGraphFiles, graphFromWorker, importGraphJson, serializeGraph } from './graph-files';

/** An export was asked for while there is no graph (still loading, empty or failed). */
export class NoGraphError extends Error {
  constructor() {
    super('There is no graph to export yet: open a corpus or a saved graph first.');
    this.name = 'NoGraphError';
  }
}

export type GraphSource = GraphState['source'];
type Listener = (state: GraphState) => void;

export class PlexusSession {
  private state: GraphState = {
    status: 'empty',
    source: { kind: 'folder', label: '' },
    diagnostics: [],
    message: 'No corpus is open yet.',
    revision: 0,
  };
  private graph: Graph | undefined;
  private documents = new Map<string, DocumentView>();
  private running: AbortController | undefined;
  private idle: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<Listener>();

  constructor(private readonly extractor: Extractor) {}

  getState(): GraphState {
    return this.state;
  }

  /** Subscribes to state changes; returns the unsubscribe function. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once no build is running (the CLI and tests wait on it). */
  async whenIdle(): Promise<GraphState> {
    let seen: Promise<void>;
    do {
      seen = this.idle;
      await seen;
    } while (seen !== this.idle);
    return this.state;
  }

  /** Starts building from a folder (or one file). Throws `CorpusNotFoundError` at once if it cannot be read. */
  async openFolder(input: string): Promise<GraphState> {
    const absolute = path.resolve(input);
    try {
      await fs.access(absolute, fs.constants.R_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CorpusNotFoundError(input, code === 'ENOENT' ? 'it does not exist' : 'permission denied');
    }
    return this.startBuild({ kind: 'folder', path: absolute }, { kind: 'folder', label: absolute });
  }

  /** Starts building from files the user picked in the page (contents as base64). */
  importFiles(files: ReadonlyArray<{ name: string; data: string }>): GraphState {
    const decoded = files.map((f) => ({ name: f.name, data: new Uint8Array(Buffer.from(f.data, 'base64')) }));
    const label = files.length === 1 ? files[0].name : `${files.length} files`;
    return this.startBuild({ kind: 'files', files: decoded }, { kind: 'files', label });
  }

  /**
   * Replaces the graph with a saved one. Validation happens first and throws `GraphFormatError`, so a bad
   * file leaves the current graph untouched.
   */
  importGraph(text: string, label = 'saved graph'): GraphState {
    const graph = importGraphJson(text);
    this.cancelRunning();
    this.graph = graph;
    this.documents = documentsOfSavedGraph(graph);
    const stats = {
      documents: this.documents.size || (graph.getAttribute('corpus')?.length ?? 0),
      words: 0,
      nodes: graph.order,
      edges: graph.size,
      seconds: 0,
    };
    return this.publish({
      status: 'ready',
      source: { kind: 'graph-file', label },
      graph: serializeGraph(graph),
      stats,
      diagnostics: [],
    });
  }

  getDocument(id: string): DocumentView | null {
    return this.documents.get(id) ?? null;
  }

  exportGraph(format: ExportFormat, nodes?: string[]): ExportedFile[] {
    if (!this.graph || this.state.status !== 'ready') throw new NoGraphError();
    return exportGraphFiles(this.graph, format, nodes);
  }

  /** Cancels any running build (app shutdown). */
  dispose(): void {
    this.cancelRunning();
    this.listeners.clear();
  }

  private startBuild(job: ExtractionJob, source: GraphSource): GraphState {
    this.cancelRunning();
    const controller = new AbortController();
    this.running = controller;
    this.graph = undefined;
    this.documents = new Map();
    const loading = this.publish({ status: 'loading', source, diagnostics: [] });
    this.idle = this.build(job, source, controller);
    return loading;
  }

  private async build(job: ExtractionJob, source: GraphSource, controller: AbortController): Promise<void> {
    try {
      const outcome = await this.extractor.run(job, controller.signal);
      if (this.running === controller) this.finishBuild(outcome, source);
    } catch (error) {
      if (this.running !== controller) return; // superseded: the newer load reports its own state
      this.publish(failedState(error, source));
    } finally {
      if (this.running === controller) this.running = undefined;
    }
  }

  private finishBuild(outcome: ExtractionOutcome, source: GraphSource): void {
    if (outcome.stats.documents === 0) {
      const skipped = outcome.diagnostics.length ? ` (${outcome.diagnostics.length} file(s) skipped)` : '';
      this.publish({
        status: 'empty',
        source,
        stats: outcome.stats,
        diagnostics: outcome.diagnostics,
        message: `No readable documents in ${source.label}${skipped}: add .txt, .md or .html articles.`,
      });
      return;
    }
    this.graph = graphFromWorker(outcome.graph, outcome.documents);
    this.documents = new Map(outcome.documents.map((d) => [d.id, d]));
    this.publish({
      status: 'ready',
      source,
      graph: outcome.graph,
      stats: outcome.stats,
      diagnostics: outcome.diagnostics,
    });
  }

  private cancelRunning(): void {
    this.running?.abort();
    this.running = undefined;
  }

  private publish(next: Omit<GraphState, 'revision'>): GraphState {
    this.state = { ...next, revision: this.state.revision + 1 };
    for (const listener of this.listeners) listener(this.state);
    return this.state;
  }
}

/** The reader's EmptyCorpusError (nothing readable) is an `empty` corpus, not a crash. */
function failedState(error: unknown, source: GraphSource): Omit<GraphState, 'revision'> {
  const { name, message } = error as Error;
  const diagnostics = ((error as { diagnostics?: Diagnostic[] }).diagnostics ?? []).slice();
  if (name === 'EmptyCorpusError') return { status: 'empty', source, diagnostics, message };
  return {
    status: 'error',
    source,
    diagnostics,
    message: `Could not build the graph from ${source.label}: ${message}`,
  };
}

/** A saved graph may carry its documents' texts (`corpus[].text`): enough for the evidence reader. */
function documentsOfSavedGraph(graph: Graph): Map<string, DocumentView> {
  const documents = new Map<string, DocumentView>();
  const corpus: unknown = graph.getAttribute('corpus');
  if (!Array.isArray(corpus)) return documents;
  for (const doc of corpus) {
    if (typeof doc?.id !== 'string' || typeof doc.text !== 'string') continue;
    const { id, title, date, source, url, text } = doc;
    documents.set(id, { id, title, date, source, url, text, mentions: [] });
  }
  return documents;
}
