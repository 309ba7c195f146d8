/**
 * Statistics of the whole graph: entities by type, relations by type and modality, the most central
 * entities (PageRank, betweenness) and the largest communities. Every name is a link into the graph.
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import {
  ensureCommunities,
  ensureMetric,
  metricValue,
  METRIC_LABELS,
  type GraphModel,
  type SizeMetric,
} from '../graph/model';
import {
  communityColor,
  relationColor,
  relationLabel,
  typeStyle,
  ENTITY_TYPES,
  RELATION_TYPES,
} from '../graph/palette';
import { COOCCURRENCE } from '../state/filters';
import { colorSwatch, formatCount, h, plural, replaceChildren } from './dom';
import { typeGlyph } from './icons';

export function createStatsPanel(ctl: Controller): HTMLElement {
  const panel = h('div', { class: 'stats', attrs: { id: 'stats-panel' } });
  let renderedFor = -1;
  const render = (state: AppState) => {
    const model = ctl.model();
    if (state.tab !== 'stats' || renderedFor === state.graphVersion) return;
    renderedFor = state.graphVersion;
    if (!model) {
      replaceChildren(panel, [h('p', { class: 'muted', text: 'Statistics appear once a graph is loaded.' })]);
      return;
    }
    replaceChildren(panel, [
      h('h2', { class: 'panel-title', text: 'Statistics' }),
      overview(model),
      byType(ctl, model),
      byRelation(model),
      central(ctl, model, 'pagerank'),
      central(ctl, model, 'betweenness'),
      communities(ctl, model),
    ]);
  };
  ctl.store.subscribe((state, prev) => {
    if (state.tab !== prev.tab || state.graphVersion !== prev.graphVersion) render(state);
  });
  render(ctl.store.get());
  return panel;
}

function overview(model: GraphModel): HTMLElement {
  let typed = 0;
  model.graph.forEachEdge((_, a) => (typed += a.relation === COOCCURRENCE ? 0 : 1));
  return h('dl', { class: 'metrics stats-overview' }, [
    h('dt', { text: 'Entities' }),
    h('dd', { text: formatCount(model.graph.order) }),
    h('dt', { text: 'Stated relations' }),
    h('dd', { text: formatCount(typed) }),
    h('dt', { text: 'Co-occurrence links' }),
    h('dd', { text: formatCount(model.graph.size - typed) }),
    h('dt', { text: 'Documents' }),
    h('dd', { text: formatCount(model.documents.size) }),
  ]);
}

/** Horizontal bar rows: label, bar proportional to the largest value, number. */
function bars(rows: Array<{ label: Node | string; value: number; color: string }>): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h(
    'ul',
    { class: 'bars' },
    rows.map((r) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = `${Math.max(2, (r.value / max) * 100)}%`;
      fill.style.backgroundColor = r.color;
      return h('li', { class: 'bar-row' }, [
        h('span', { class: 'bar-label' }, [r.label]),
        h('span', { class: 'bar-track' }, [fill]),
        h('span', { class: 'bar-value', text: formatCount(r.value) }),
      ]);
    }),
  );
}

function byType(_ctl: Controller, model: GraphModel): HTMLElement {
  const counts = new Map<string, number>();
  model.graph.forEachNode((_, a) => counts.set(a.type, (counts.get(a.type) ?? 0) + 1));
  const types = [
    ...ENTITY_TYPES.filter((t) => counts.has(t)),
    ...[...counts.keys()].filter((t) => !(ENTITY_TYPES as readonly string[]).includes(t)),
  ];
  return h('section', { class: 'details-section' }, [
    h('h3', { text: 'Entities by type' }),
    bars(
      types.map((t) => {
        const label = h('span', { class: 'with-glyph' }, [typeGlyph(t, 12), typeStyle(t).plural]);
        return { label, value: counts.get(t) ?? 0, color: typeStyle(t).color };
      }),
    ),
  ]);
}

function byRelation(model: GraphModel): HTMLElement {
  const counts = new Map<string, number>();
  model.graph.forEachEdge((_, a) => {
    // Co-occurrence is counted in the overview; next to stated relations it would dwarf them.
    if (a.relation !== COOCCURRENCE) counts.set(a.relation, (counts.get(a.relation) ?? 0) + 1);
  });
  const relations = [...counts.keys()].sort(
    (a, b) =>
      (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
      RELATION_TYPES.indexOf(a as never) - RELATION_TYPES.indexOf(b as never),
  );
  return h('section', { class: 'details-section' }, [
    h('h3', { text: 'Stated relations by type' }),
    relations.length
      ? bars(
          relations.map((r) => ({
            label: relationLabel(r),
            value: counts.get(r) ?? 0,
            color: relationColor(r),
          })),
        )
      : h('p', { class: 'muted', text: 'No stated relation was extracted.' }),
  ]);
}

function central(ctl: Controller, model: GraphModel, metric: SizeMetric): HTMLElement {
  const outcome = ensureMetric(model, metric);
  const heading = h('h3', { text: `Most central by ${METRIC_LABELS[metric]}` });
  if (!outcome.ok)
    return h('section', { class: 'details-section' }, [
      heading,
      h('p', { class: 'muted', text: outcome.reason }),
    ]);
  const top = model.graph
    .nodes()
    .map((id) => ({ id, value: metricValue(model.graph.getNodeAttributes(id), metric) }))
    .sort((a, b) => b.value - a.value || a.id.localeCompare(b.id))
    .slice(0, 10);
  return h('section', { class: 'details-section' }, [
    heading,
    h(
      'ol',
      { class: 'ranking' },
      top.map(({ id, value }) => {
        const a = model.graph.getNodeAttributes(id);
        return h('li', {}, [
          h('div', { class: 'rank-row' }, [
            h(
              'button',
              {
                class: 'entity-link',
                attrs: { type: 'button' },
                on: { click: () => ctl.actions.reveal(id) },
              },
              [typeGlyph(a.type, 12), h('span', { text: a.label })],
            ),
            h('span', { class: 'rank-value', text: value.toFixed(3) }),
          ]),
        ]);
      }),
    ),
  ]);
}

function communities(ctl: Controller, model: GraphModel): HTMLElement {
  ensureCommunities(model);
  const groups = new Map<number, string[]>();
  model.graph.forEachNode((id, a) => {
    const c = a.community ?? -1;
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c)!.push(id);
  });
  const ranked = [...groups.entries()]
    .filter(([c, ids]) => c >= 0 && ids.length > 1)
    .sort((a, b) => b[1].length - a[1].length);
  const byPagerank = (id: string) => metricValue(model.graph.getNodeAttributes(id), 'pagerank');
  return h('section', { class: 'details-section' }, [
    h('h3', { text: `Communities (${formatCount(ranked.length)} with 2+ entities)` }),
    h('p', {
      class: 'hint',
      text: 'Groups that are more connected to each other than to the rest (Louvain). Colour the graph by community from the toolbar.',
    }),
    h(
      'ul',
      { class: 'communities' },
      ranked.slice(0, 8).map(([c, ids]) => {
        const leaders = [...ids].sort((a, b) => byPagerank(b) - byPagerank(a)).slice(0, 4);
        return h('li', { class: 'community' }, [
          h('div', { class: 'community-head' }, [
            colorSwatch(communityColor(c)),
            h('strong', { text: `#${c + 1}` }),
            h('span', { class: 'muted', text: plural(ids.length, 'entity', 'entities') }),
          ]),
          h(
            'div',
            { class: 'community-members' },
            leaders.map((id) =>
              h('button', {
                class: 'chip',
                attrs: { type: 'button' },
                text: model.graph.getNodeAttribute(id, 'label'),
                on: { click: () => ctl.actions.reveal(id) },
              }),
            ),
          ),
        ]);
      }),
    ),
  ]);
}
