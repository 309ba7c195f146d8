/**
 * The controller: the only place that combines the store, the model, the API and the canvas.
 * User intents arrive as `actions.*`; each updates the store with pure slice functions, and one store
 * subscription turns state changes into canvas changes (visibility, highlight, layout, styling).
 */
import type { GraphState, PlexusApi } from '../../electron/ipc/contract';
import type { ApiMode } from '../api';
import { createStore, type Store } from '../state/store';
import { initialState, type AppState, type PanelTab } from './state';
import {
  loadGraphModel,
  ensureCommunities,
  ensureMetric,
  type GraphModel,
  type SizeMetric,
} from '../graph/model';
import { toElements, nodeColor, nodeEncodings } from '../graph/adapter';
import { metricValue } from '../graph/model';
import { createSearchIndex, type SearchIndex } from '../search/index';
import {
  applyFilters,
  defaultFiltersFor,
  type FilterState,
  type Visibility,
  COOCCURRENCE,
} from '../state/filters';
import { back, canGoBack, canGoForward, createHistory, forward, replace, visit } from '../state/history';
import {
  collapseNode,
  expandNode,
  focusOn,
  sameFocus,
  setDepth,
  type Focus,
  type FocusEntry,
} from '../state/focus';
import { pruneSelection, sameSelection, type Selection } from '../state/selection';
import { LAYOUT_LABELS, toggleTheme, updateSetting, type LayoutName, type Settings } from '../state/settings';
import { findShortestPaths } from '../graph/paths';
import { GraphView } from '../canvas/view';
import { LayoutEngine } from '../canvas/layouts';
import { LayoutCancelledError } from '../canvas/force';
import type { TimelineLayout } from '../layout/timeline';
import { debounce, formatCount } from '../ui/dom';
import { saveSettings } from './persistence';
import { composeVisibility, shownStateOf } from './visibility';

export interface Controller {
  store: Store<AppState>;
  api: PlexusApi;
  mode: ApiMode;
  view: GraphView;
  model(): GraphModel | null;
  search(): SearchIndex | null;
  /** What the canvas shows now (filters + focus + path). */
  shown(): Visibility;
  /** What the filters alone let through (what focus and paths walk on). */
  filtered(): Visibility;
  /** The default filters for the loaded graph (large graphs hide unlinked entities). */
  defaultFilters(): FilterState;
  timeline(): TimelineLayout | null;
  /** How many entities the timeline leaves out (linked to no dated event, too many to set aside). */
  undatedLeftOut(): number;
  actions: Actions;
  onTimeline(listener: (layout: TimelineLayout | null) => void): void;
}

type ContextMenuHandler = (
  target: { kind: 'node' | 'edge' | 'background'; id?: string },
  x: number,
  y: number,
) => void;

/** Everything the user can ask for; views call these and never touch the store directly. */
export interface Actions {
  applyGraphState(state: GraphState): void;
  notify(message: string): void;
  dismissNotice(): void;
  setContextMenuHandler(handler: ContextMenuHandler | null): void;
  select(selection: Selection): void;
  /** Focus mode on a node: its neighbourhood only, as a new history step. */
  focus(id: string): void;
  /** Selects a node and brings it into view (focusing it if the current view hides it). */
  reveal(id: string): void;
  exitFocus(): void;
  back(): void;
  forward(): void;
  setDepth(depth: 1 | 2): void;
  /** Double-click: in the overview, focus the node; in focus mode, expand or collapse it. */
  toggleExpand(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  updateFilters(fn: (f: FilterState) => FilterState): void;
  /** Back to the default filters for this graph. */
  resetFilters(): void;
  setSetting<K extends keyof Settings>(key: K, value: Settings[K]): void;
  toggleTheme(): void;
  rerunLayout(): void;
  /** Stops a layout in progress; entities stay where they are. */
  cancelLayout(): void;
  setTab(tab: PanelTab): void;
  setPathEnd(end: 'from' | 'to', id: string | null): void;
  setPathCooccurrence(include: boolean): void;
  findPath(): void;
  clearPath(): void;
  openEvidence(doc: string, start?: number, end?: number): void;
  fit(): void;
  zoomIn(): void;
  zoomOut(): void;
}

export function createController(
  api: PlexusApi,
  mode: ApiMode,
  container: HTMLElement,
  settings: Settings,
  workerUrl: string | undefined,
): Controller {
  const store = createStore<AppState>(initialState(settings));
  let model: GraphModel | null = null;
  let index: SearchIndex | null = null;
  let filtered: Visibility = { nodes: new Set(), edges: new Set() };
  let filteredFor: FilterState | null = null;
  let shown: Visibility = filtered;
  /** Entities the timeline leaves out (no dated event, too many to set aside). */
  let undatedLeftOut = 0;
  let overviewPositions: Record<string, { x: number; y: number }> | null = null;
  let timeline: TimelineLayout | null = null;
  const timelineListeners = new Set<(layout: TimelineLayout | null) => void>();
  let layoutSeq = 0;
  /** Bumped by "Re-run layout" so the force layout tries another arrangement. */
  let layoutSeed = 1;

  const view = new GraphView(
    container,
    {
      onNodeTap: (id) => actions.select({ kind: 'node', id }),
      onEdgeTap: (id) => actions.select({ kind: 'edge', id }),
      onBackgroundTap: () => actions.select(null),
      onNodeDoubleTap: (id) => actions.toggleExpand(id),
      onContextMenu: (target, x, y) => contextMenuHandler?.(target, x, y),
      onCanvasResize: debounce(() => layouts.refit(), 200),
    },
    { theme: settings.theme, edgeLabels: settings.edgeLabels },
  );
  const layouts = new LayoutEngine(
    view.cy,
    workerUrl,
    () => view.shownElements(),
    (node) => view.labels.labelMetrics(node),
    () => view.markFitted(),
  );
  let contextMenuHandler: ContextMenuHandler | null = null;

  const setTimeline = (layout: TimelineLayout | null) => {
    timeline = layout;
    for (const listener of timelineListeners) listener(layout);
  };

  // ---- derived visibility ----

  function recomputeVisibility(state: AppState): void {
    if (!model) return;
    if (filteredFor !== state.filters) {
      filtered = applyFilters(model.graph, state.filters);
      filteredFor = state.filters;
    }
    const focus = state.focus.present;
    const path = state.path.result;
    ({ shown, undatedLeftOut } = composeVisibility(model.graph, filtered, shownStateOf(state), docDates()));
    view.setVisibility(shown);
    view.setHighlight(path ? { nodes: path.nodes, edges: path.edges } : null);
    view.setFocusRoot(focus?.node ?? null);
  }

  const docDates = () => new Map([...(model?.documents.values() ?? [])].map((d) => [d.id, d.date]));

  async function runLayout(name: LayoutName, reason: 'load' | 'focus' | 'user' = 'user'): Promise<void> {
    if (!model) return;
    if (reason === 'load') performance.mark('plexus:layout-start');
    const seq = ++layoutSeq;
    const count = view.shownElements().nodes().length;
    store.update((s) => ({
      ...s,
      layout: {
        running: true,
        label: `${LAYOUT_LABELS[name]} layout of ${formatCount(count)} ${count === 1 ? 'entity' : 'entities'}…`,
      },
    }));
    try {
      await layouts.run(name, {
        docDates: docDates(),
        describe: (ids) =>
          ids.map((id) => {
            const a = model!.graph.getNodeAttributes(id);
            return {
              id,
              type: a.type,
              date: a.date,
              docs: a.docs,
              priority: metricValue(a, store.get().settings.sizeBy),
            };
          }),
        onTimeline: setTimeline,
        fit: true,
        seed: layoutSeed,
      });
      if (seq !== layoutSeq) return;
      if (reason === 'load') performance.mark('plexus:layout-done');
      if (!store.get().focus.present && reason !== 'focus') overviewPositions = view.positions();
    } catch (error) {
      if (error instanceof LayoutCancelledError) return;
      notify(`The layout failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      if (seq === layoutSeq) store.update((s) => ({ ...s, layout: { running: false, label: '' } }));
    }
  }

  function restoreOverview(): void {
    // The timeline is cheap and its axis depends on what is shown: recompute it rather than restore.
    if (!overviewPositions || store.get().settings.layout === 'timeline') {
      void runLayout(store.get().settings.layout);
      return;
    }
    void layouts.animateTo(overviewPositions);
  }

  function notify(message: string): void {
    store.update((s) => ({ ...s, notice: message }));
  }

  // ---- graph loading ----

  function applyGraphState(state: GraphState): void {
    const current = store.get();
    if (state.revision < current.revision) return; // a stale push
    const sameGraph =
      state.revision === current.revision && current.status === state.status && model !== null;
    store.update((s) => ({
      ...s,
      status: state.status,
      source: state.source,
      stats: state.stats ?? null,
      diagnostics: state.diagnostics ?? [],
      message: state.message ?? null,
      revision: state.revision,
    }));
    if (sameGraph || state.status !== 'ready' || !state.graph) {
      if (state.status !== 'ready') {
        model = null;
        index = null;
        layouts.cancel();
        view.load([]);
      }
      return;
    }
    // User Timing marks: the render benchmark (bench/render) reads them; they cost nothing otherwise.
    performance.mark('plexus:graph-received');
    loadModel(loadGraphModel(state.graph));
  }

  function loadModel(next: GraphModel): void {
    model = next;
    const settings = store.get().settings;
    const metric = ensureMetric(next, settings.sizeBy);
    let sizeBy = settings.sizeBy;
    if (!metric.ok) {
      sizeBy = 'degree';
      notify(metric.reason);
    }
    if (settings.colorBy === 'community') ensureCommunities(next);
    index = createSearchIndex(next.graph);
    overviewPositions = null;
    filteredFor = null;
    layoutSeed = 1;
    layouts.cancel();
    const defaults = defaultFiltersFor(next.graph.order);
    const initial = applyFilters(next.graph, defaults);
    view.load(toElements(next, { sizeBy, colorBy: settings.colorBy }), initial);
    const unlinked = next.graph.order - initial.nodes.size;
    if (defaults.minDegree > 0 && unlinked > 0) {
      notify(
        `${unlinked.toLocaleString('en-US')} entities with no stated relation are hidden to keep the graph readable; set “Minimum links per entity” to “any” to show them.`,
      );
    }
    performance.mark('plexus:elements-added');
    view.cy.one('render', () => performance.mark('plexus:first-render'));
    store.update((s) => ({
      ...s,
      graphVersion: s.graphVersion + 1,
      settings: updateSetting(s.settings, 'sizeBy', sizeBy),
      filters: defaultFiltersFor(next.graph.order),
      focus: createHistory<FocusEntry>(null),
      selection: pruneSelection(s.selection, (kind, id) =>
        kind === 'node' ? next.graph.hasNode(id) : next.graph.hasEdge(id),
      ),
      path: { ...s.path, from: null, to: null, result: undefined },
      reader: null,
      tab: s.tab === 'reader' || s.tab === 'path' ? 'details' : s.tab,
    }));
    void runLayout(store.get().settings.layout, 'load');
  }

  // ---- reacting to state changes ----

  // Subscribed before any view, so views always read up-to-date visibility.
  store.subscribe((state, prev) => {
    if (state.graphVersion !== prev.graphVersion) recomputeVisibility(state);
    if (state.settings !== prev.settings) {
      saveSettings(state.settings);
      const s = state.settings;
      const p = prev.settings;
      if (s.theme !== p.theme || s.edgeLabels !== p.edgeLabels) {
        view.setTheme(s.theme, s.edgeLabels);
      }
      if (model && (s.sizeBy !== p.sizeBy || s.colorBy !== p.colorBy))
        restyleNodes(s.sizeBy, s.colorBy === 'community');
      if (s.layout !== p.layout) {
        if (s.layout === 'timeline' || p.layout === 'timeline') recomputeVisibility(state);
        void runLayout(s.layout);
      }
    }
    if (state.showUndated !== prev.showUndated && state.settings.layout === 'timeline') {
      recomputeVisibility(state);
      void runLayout('timeline');
    }
    const focusChanged = !sameFocus(state.focus.present, prev.focus.present);
    if (
      state.graphVersion === prev.graphVersion &&
      (state.filters !== prev.filters || focusChanged || state.path.result !== prev.path.result)
    ) {
      recomputeVisibility(state);
      if (focusChanged) {
        if (state.focus.present) void runLayout(state.settings.layout, 'focus');
        else restoreOverview();
      } else if (state.path.result && state.path.result !== prev.path.result) {
        view.fit(state.path.result.nodes, 80);
      } else if (!state.path.result && prev.path.result) {
        layouts.refit(); // back to the whole drawing the path view zoomed into
      }
    }
    if (!sameSelection(state.selection, prev.selection)) view.select(state.selection);
  });

  function restyleNodes(metric: SizeMetric, byCommunity: boolean): void {
    if (!model) return;
    const m = model;
    const outcome = ensureMetric(m, metric);
    if (!outcome.ok) {
      notify(outcome.reason);
      store.update((s) => ({ ...s, settings: updateSetting(s.settings, 'sizeBy', 'degree') }));
      return;
    }
    if (byCommunity) ensureCommunities(m);
    const encodings = nodeEncodings(m.graph, metric);
    const colorBy = byCommunity ? 'community' : 'type';
    view.updateNodeData((id) => ({
      ...encodings.get(id),
      color: nodeColor(m.graph.getNodeAttributes(id), colorBy),
    }));
  }

  // ---- actions ----

  const actions = createActions();

  function createActions(): Actions {
    const updateFocus = (fn: (f: Focus) => Focus, addStep = false) =>
      store.update((s) => {
        const present = s.focus.present;
        if (!present) return s;
        const next = fn(present);
        return { ...s, focus: addStep ? visit(s.focus, next, sameFocus) : replace(s.focus, next) };
      });

    return {
      applyGraphState,
      notify,
      dismissNotice: () => store.update((s) => ({ ...s, notice: null })),
      setContextMenuHandler(handler: ContextMenuHandler | null) {
        contextMenuHandler = handler;
      },

      select(selection: Selection) {
        store.update((s) =>
          sameSelection(s.selection, selection)
            ? s
            : { ...s, selection, tab: selection ? 'details' : s.tab === 'details' ? 'details' : s.tab },
        );
      },

      /** Focus mode on a node: its neighbourhood only, as a new history step. */
      focus(id: string) {
        if (!model?.graph.hasNode(id)) return;
        store.update((s) => ({
          ...s,
          focus: visit(s.focus, focusOn(id, s.settings.focusDepth), sameFocus),
          selection: { kind: 'node', id },
          tab: 'details',
          path: s.path.result ? { ...s.path, result: undefined } : s.path,
        }));
      },

      /** Selects and shows a node without changing the view (search results, lists). */
      reveal(id: string) {
        if (!model?.graph.hasNode(id)) return;
        const s = store.get();
        if (!shown.nodes.has(id)) {
          actions.focus(id);
          return;
        }
        store.update((st) => ({ ...st, selection: { kind: 'node', id }, tab: 'details' }));
        if (s.focus.present === null) view.centerOn(id);
      },

      exitFocus() {
        store.update((s) => (s.focus.present ? { ...s, focus: visit(s.focus, null, sameFocus) } : s));
      },
      back: () => store.update((s) => (canGoBack(s.focus) ? { ...s, focus: back(s.focus) } : s)),
      forward: () => store.update((s) => (canGoForward(s.focus) ? { ...s, focus: forward(s.focus) } : s)),

      setDepth(depth: 1 | 2) {
        store.update((s) => ({ ...s, settings: updateSetting(s.settings, 'focusDepth', depth) }));
        updateFocus((f) => setDepth(f, depth), true);
      },

      /** Double-click: in the overview, focus the node; in focus mode, expand or collapse it. */
      toggleExpand(id: string) {
        const state = store.get();
        const focus = state.focus.present;
        if (!focus) return actions.focus(id);
        if (id === focus.node) return;
        if (focus.expanded.includes(id)) updateFocus((f) => collapseNode(f, id));
        else updateFocus((f) => expandNode(f, id));
      },
      expand: (id: string) =>
        store.get().focus.present ? updateFocus((f) => expandNode(f, id)) : actions.focus(id),
      collapse: (id: string) => updateFocus((f) => collapseNode(f, id)),

      resetFilters() {
        actions.updateFilters(() => defaultFiltersFor(model?.graph.order ?? 0));
      },

      updateFilters(fn: (f: FilterState) => FilterState) {
        store.update((s) => {
          const filters = fn(s.filters);
          return filters === s.filters ? s : { ...s, filters };
        });
      },

      setSetting<K extends keyof Settings>(key: K, value: Settings[K]) {
        store.update((s) => ({ ...s, settings: updateSetting(s.settings, key, value) }));
      },
      toggleTheme: () => store.update((s) => ({ ...s, settings: toggleTheme(s.settings) })),
      cancelLayout: () => {
        layoutSeq++;
        layouts.cancel();
        store.update((s) => ({ ...s, layout: { running: false, label: '' } }));
      },
      rerunLayout: () => {
        layoutSeed++;
        void runLayout(store.get().settings.layout);
      },

      setTab: (tab: PanelTab) => store.update((s) => (s.tab === tab ? s : { ...s, tab })),

      setPathEnd(end: 'from' | 'to', id: string | null) {
        store.update((s) => ({ ...s, tab: 'path', path: { ...s.path, [end]: id, result: undefined } }));
        const p = store.get().path;
        if (p.from && p.to) actions.findPath();
      },
      setPathCooccurrence(include: boolean) {
        store.update((s) => ({ ...s, path: { ...s.path, includeCooccurrence: include, result: undefined } }));
        const p = store.get().path;
        if (p.from && p.to) actions.findPath();
      },
      findPath() {
        const s = store.get();
        if (!model || !s.path.from || !s.path.to) return;
        const graph = model.graph;
        const includeCooc = s.path.includeCooccurrence;
        // Paths walk the filtered graph (not just the focus), plus co-occurrence when asked for.
        const allowEdge = (edge: string) =>
          filtered.edges.has(edge) ||
          (includeCooc && graph.getEdgeAttribute(edge, 'relation') === COOCCURRENCE);
        const result = findShortestPaths(graph, s.path.from, s.path.to, { allowEdge, maxPaths: 8 });
        store.update((st) => ({ ...st, tab: 'path', path: { ...st.path, result } }));
      },
      clearPath() {
        store.update((s) => ({ ...s, path: { ...s.path, from: null, to: null, result: undefined } }));
      },

      openEvidence(doc: string, start?: number, end?: number) {
        store.update((s) => ({
          ...s,
          tab: 'reader',
          reader: { doc, highlight: start !== undefined && end !== undefined ? { start, end } : undefined },
        }));
      },

      fit: () => view.fit(),
      zoomIn: () => view.zoomBy(1.3),
      zoomOut: () => view.zoomBy(1 / 1.3),
    };
  }

  return {
    store,
    api,
    mode,
    view,
    model: () => model,
    search: () => index,
    shown: () => shown,
    filtered: () => filtered,
    defaultFilters: () => defaultFiltersFor(model?.graph.order ?? 0),
    timeline: () => timeline,
    undatedLeftOut: () => undatedLeftOut,
    actions,
    onTimeline: (listener) => void timelineListeners.add(listener),
  };
}
