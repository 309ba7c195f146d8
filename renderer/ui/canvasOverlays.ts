/**
 * Everything drawn over the canvas: the "N of M shown" count and focus bar, the legend, zoom controls,
 * the layout progress indicator, the loading / empty / error states (and, through timelineOverlay.ts,
 * the timeline's axis).
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import { legendEntries, type LegendEntry } from '../export/legend';
import { COOCCURRENCE } from '../state/filters';
import { formatCount, h, plural, replaceChildren, type Child } from './dom';
import { icon, lineGlyph, typeGlyph } from './icons';
import { createTimelineOverlay } from './timelineOverlay';

/** Legend entries for what the canvas shows now (also drawn into exports). */
export function currentLegend(ctl: Controller): LegendEntry[] {
  const model = ctl.model();
  if (!model) return [];
  const shown = ctl.shown();
  const types = new Set<string>();
  const relations = new Set<string>();
  const modalities = new Set<string>();
  for (const n of shown.nodes) types.add(model.graph.getNodeAttribute(n, 'type'));
  for (const e of shown.edges) {
    const a = model.graph.getEdgeAttributes(e);
    relations.add(a.relation);
    if (a.relation !== COOCCURRENCE) modalities.add(a.modality ?? 'asserted');
  }
  const entries = legendEntries({ types, relations, modalities });
  // Coloured by community, nodes keep their type's shape but not its colour: show shapes in grey.
  if (ctl.store.get().settings.colorBy !== 'community') return entries;
  return entries.map((e) => (e.kind === 'type' ? { ...e, color: '#8c8c8c' } : e));
}

export function createCanvasOverlays(ctl: Controller, canvasWrap: HTMLElement, openFiles: () => void): void {
  const a = ctl.actions;

  // ---- count + focus bar (top left) ----
  const count = h('div', {
    class: 'count-chip',
    attrs: { role: 'status', 'aria-live': 'polite', id: 'visible-count' },
  });
  const focusBar = h('div', { class: 'focus-bar' });
  focusBar.hidden = true;
  const topLeft = h('div', { class: 'overlay overlay-top-left' }, [count, focusBar]);

  // ---- layout progress (top right) ----
  const progress = h('div', { class: 'layout-progress', attrs: { role: 'status', 'aria-live': 'polite' } });
  const topRight = h('div', { class: 'overlay overlay-top-right' }, [progress]);

  // ---- zoom (bottom right) ----
  const zoom = h(
    'div',
    { class: 'overlay overlay-bottom-right zoom-controls', attrs: { role: 'group', 'aria-label': 'Zoom' } },
    [
      iconButton('Zoom in (+)', 'zoomIn', a.zoomIn),
      iconButton('Zoom out (−)', 'zoomOut', a.zoomOut),
      iconButton('Fit to screen (F)', 'fit', a.fit),
    ],
  );

  // ---- legend (bottom left) ----
  const legendBody = h('div', { class: 'legend-body' });
  // Closed by default: the filter list already shows every type and relation with its colour.
  const legend = h('details', { class: 'overlay overlay-bottom-left legend', attrs: { id: 'legend' } }, [
    h('summary', { text: 'Legend' }),
    legendBody,
  ]);

  // ---- state overlay (loading, empty, error) ----
  const stateOverlay = h('div', { class: 'state-overlay' });

  createTimelineOverlay(ctl, canvasWrap);
  canvasWrap.append(topLeft, topRight, zoom, legend, stateOverlay);

  const renderCount = (state: AppState) => {
    const model = ctl.model();
    const ready = !!model && state.status === 'ready';
    zoom.hidden = !ready;
    if (!ready || !model) {
      count.hidden = true;
      focusBar.hidden = true;
      legend.hidden = true;
      return;
    }
    count.hidden = false;
    const shown = ctl.shown();
    replaceChildren(count, [
      h('strong', { text: formatCount(shown.nodes.size) }),
      ` of ${plural(model.graph.order, 'entity', 'entities')} shown · `,
      h('strong', { text: formatCount(shown.edges.size) }),
      ` of ${plural(model.graph.size, 'link')}`,
    ]);
    const focus = state.focus.present;
    focusBar.hidden = !focus && !state.path.result;
    if (focus && model.graph.hasNode(focus.node)) {
      const depthButton = (d: 1 | 2) =>
        h('button', {
          class: `seg${focus.depth === d ? ' is-on' : ''}`,
          text: d === 1 ? '1 hop' : '2 hops',
          attrs: { type: 'button', 'aria-pressed': String(focus.depth === d) },
          on: { click: () => a.setDepth(d) },
        });
      replaceChildren(focusBar, [
        h('span', { class: 'focus-label' }, [
          h('span', { class: 'muted', text: 'Focus: ' }),
          h('strong', { text: model.graph.getNodeAttribute(focus.node, 'label') }),
        ]),
        h('span', { class: 'segmented', attrs: { role: 'group', 'aria-label': 'Neighbourhood depth' } }, [
          depthButton(1),
          depthButton(2),
        ]),
        h('button', { class: 'btn btn-small', attrs: { type: 'button' }, on: { click: a.exitFocus } }, [
          icon('close', 14),
          h('span', { text: 'Show all' }),
        ]),
      ]);
    } else if (state.path.result) {
      replaceChildren(focusBar, [
        h('span', { class: 'focus-label' }, [
          h('span', { class: 'muted', text: 'Path: ' }),
          h('strong', { text: plural(state.path.result.length, 'hop') }),
        ]),
        h('button', { class: 'btn btn-small', attrs: { type: 'button' }, on: { click: a.clearPath } }, [
          icon('close', 14),
          h('span', { text: 'Clear path' }),
        ]),
      ]);
    }
  };

  const renderLegend = () => {
    const entries = ctl.store.get().status === 'ready' ? currentLegend(ctl) : [];
    legend.hidden = entries.length === 0;
    const types = entries.filter((e) => e.kind === 'type');
    const relations = entries.filter((e) => e.kind === 'relation');
    const modalities = entries.filter((e) => e.kind === 'modality');
    const group = (title: string, items: Child[]) =>
      items.length
        ? h('div', { class: `legend-group${items.length > 6 ? ' is-long' : ''}` }, [
            h('div', { class: 'legend-title', text: title }),
            ...items,
          ])
        : null;
    replaceChildren(legendBody, [
      group(
        'Entities',
        types.map((e) =>
          h('div', { class: 'legend-item' }, [e.kind === 'type' ? typeGlyph(e.key, 13) : null, e.label]),
        ),
      ),
      group(
        'Relations',
        relations.map((e) =>
          h('div', { class: 'legend-item' }, [e.kind === 'relation' ? lineGlyph(e.color) : null, e.label]),
        ),
      ),
      group(
        'Statements',
        modalities.map((e) =>
          h('div', { class: 'legend-item' }, [
            e.kind === 'modality' ? lineGlyph('currentColor', e.dash, e.struck) : null,
            e.label,
          ]),
        ),
      ),
    ]);
  };

  const renderProgress = (state: AppState) => {
    progress.hidden = !state.layout.running;
    if (state.layout.running)
      replaceChildren(progress, [
        h('span', { class: 'spinner', attrs: { 'aria-hidden': 'true' } }),
        h('span', { text: state.layout.label }),
        h('button', {
          class: 'link small',
          text: 'Stop',
          attrs: { type: 'button' },
          on: { click: a.cancelLayout },
        }),
      ]);
  };

  const renderState = (state: AppState) => {
    const content = stateContent(ctl, state, openFiles);
    stateOverlay.hidden = !content;
    canvasWrap.classList.toggle('has-state', !!content);
    if (content) replaceChildren(stateOverlay, [content]);
  };

  ctl.store.subscribe((state, prev) => {
    const visibilityChanged =
      state.filters !== prev.filters ||
      state.focus !== prev.focus ||
      state.path.result !== prev.path.result ||
      state.graphVersion !== prev.graphVersion ||
      // The timeline may leave out entities linked to no dated event.
      state.settings.layout !== prev.settings.layout ||
      state.showUndated !== prev.showUndated;
    if (
      visibilityChanged ||
      state.status !== prev.status ||
      state.settings.colorBy !== prev.settings.colorBy
    ) {
      renderCount(state);
      renderLegend();
    }
    if (state.layout !== prev.layout) renderProgress(state);
    if (
      state.status !== prev.status ||
      state.message !== prev.message ||
      state.graphVersion !== prev.graphVersion ||
      state.source !== prev.source ||
      state.filters !== prev.filters
    )
      renderState(state);
  });
  const s = ctl.store.get();
  renderCount(s);
  renderLegend();
  renderProgress(s);
  renderState(s);
}

function iconButton(
  label: string,
  name: Parameters<typeof icon>[0],
  onClick: () => void,
  disabled = false,
): HTMLButtonElement {
  return h(
    'button',
    {
      class: 'btn btn-icon',
      title: label,
      attrs: { type: 'button', 'aria-label': label, disabled },
      on: { click: onClick },
    },
    [icon(name)],
  );
}

/** The message over the canvas for each non-ready state; null when the graph shows normally. */
function stateContent(ctl: Controller, state: AppState, openFiles: () => void): HTMLElement | null {
  const openButton = (primary: boolean) =>
    h(
      'button',
      { class: `btn${primary ? ' btn-primary' : ''}`, attrs: { type: 'button' }, on: { click: openFiles } },
      [
        icon('folder'),
        h('span', { text: ctl.mode === 'electron' ? 'Open another folder…' : 'Import articles…' }),
      ],
    );
  switch (state.status) {
    case 'connecting':
      return h('div', { class: 'state-card', attrs: { role: 'status' } }, [
        h('span', { class: 'spinner spinner-large' }),
        h('h2', { text: 'Starting Plexus…' }),
      ]);
    case 'loading':
      return h('div', { class: 'state-card', attrs: { role: 'status', 'aria-live': 'polite' } }, [
        h('span', { class: 'spinner spinner-large' }),
        h('h2', { text: 'Building the graph…' }),
        h('p', {
          text: state.source
            ? `Reading and analysing ${state.source.label}. Large corpora take a minute.`
            : 'Reading and analysing the articles.',
        }),
      ]);
    case 'empty':
      return h('div', { class: 'state-card', attrs: { role: 'alert' } }, [
        icon('info', 32),
        h('h2', { text: 'Nothing to show yet' }),
        h('p', {
          text:
            state.message ??
            `No entities were found in ${state.stats ? plural(state.stats.documents, 'document') : 'these documents'}. Open another folder with news articles (.txt, .md, .html).`,
        }),
        openButton(true),
      ]);
    case 'error':
      return h('div', { class: 'state-card is-error', attrs: { role: 'alert' } }, [
        icon('warning', 32),
        h('h2', { text: 'The graph could not be built' }),
        h('p', { text: state.message ?? 'Something went wrong while reading the articles.' }),
        openButton(true),
      ]);
    case 'ready': {
      const model = ctl.model();
      if (model && model.graph.order === 0) {
        return h('div', { class: 'state-card', attrs: { role: 'alert' } }, [
          icon('info', 32),
          h('h2', { text: 'No entities in this graph' }),
          h('p', {
            text: 'The graph file loaded, but it contains no entities. Open another folder or graph.',
          }),
          openButton(true),
        ]);
      }
      if (model && ctl.shown().nodes.size === 0 && !state.focus.present) {
        return h('div', { class: 'state-card state-card-small', attrs: { role: 'status' } }, [
          h('h2', { text: 'The filters hide everything' }),
          h('p', {
            text: `None of the ${plural(model.graph.order, 'entity', 'entities')} match the current filters.`,
          }),
          h(
            'button',
            {
              class: 'btn btn-primary',
              attrs: { type: 'button' },
              on: {
                click: () => ctl.actions.updateFilters(() => ({ ...ctl.defaultFilters(), minDegree: 0 })),
              },
            },
            [icon('reset'), h('span', { text: 'Reset filters' })],
          ),
        ]);
      }
      return null;
    }
  }
}
