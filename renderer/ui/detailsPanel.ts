/**
 * Details of the selected entity (type, name, aliases, metrics, documents, relations grouped by type and
 * direction with modality and evidence) or of the selected relation (all its evidence).
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import { documentTitle, METRIC_LABELS, type KnowledgeGraph } from '../graph/model';
import { communityColor, relationColor, relationLabel, typeStyle } from '../graph/palette';
import { COOCCURRENCE } from '../state/filters';
import { colorSwatch, formatCount, h, plural, replaceChildren, type Child } from './dom';
import { icon, typeGlyph } from './icons';
import { evidenceList, modalityBadge, namesOf } from './evidence';

export function createDetailsPanel(ctl: Controller): HTMLElement {
  const panel = h('div', { class: 'details', attrs: { id: 'details-panel' } });
  const render = (state: AppState) => {
    const model = ctl.model();
    const sel = state.selection;
    if (!model || !sel) {
      replaceChildren(panel, [emptyDetails(state)]);
      return;
    }
    if (sel.kind === 'node' && model.graph.hasNode(sel.id)) replaceChildren(panel, nodeDetails(ctl, sel.id));
    else if (sel.kind === 'edge' && model.graph.hasEdge(sel.id))
      replaceChildren(panel, edgeDetails(ctl, sel.id));
    else replaceChildren(panel, [emptyDetails(state)]);
    panel.scrollTop = 0;
  };
  ctl.store.subscribe((state, prev) => {
    if (
      state.selection !== prev.selection ||
      state.graphVersion !== prev.graphVersion ||
      state.settings.sizeBy !== prev.settings.sizeBy
    )
      render(state);
  });
  render(ctl.store.get());
  return panel;
}

function emptyDetails(state: AppState): HTMLElement {
  return h('div', { class: 'panel-empty' }, [
    icon('details', 28),
    h('p', {
      text:
        state.status === 'ready'
          ? 'Select an entity or a relation to see its details and evidence.'
          : 'Details appear here once a graph is loaded.',
    }),
    state.status === 'ready'
      ? h('p', {
          class: 'muted',
          text: 'Tip: double-click an entity to focus on its neighbourhood; right-click for more.',
        })
      : null,
  ]);
}

function nodeDetails(ctl: Controller, id: string): Child[] {
  const model = ctl.model()!;
  const graph = model.graph;
  const a = graph.getNodeAttributes(id);
  const style = typeStyle(a.type);
  const aliases = a.aliases.filter((x) => x !== a.label);
  const actions = ctl.actions;
  const state = ctl.store.get();
  const metrics: Array<[string, string]> = [
    ['Mentions', formatCount(a.mentions ?? 0)],
    [METRIC_LABELS.degree, formatCount(a.degree ?? graph.degree(id))],
  ];
  if (typeof a.pagerank === 'number') metrics.push([METRIC_LABELS.pagerank, a.pagerank.toFixed(4)]);
  if (typeof a.betweenness === 'number') metrics.push([METRIC_LABELS.betweenness, a.betweenness.toFixed(4)]);
  if (a.date) metrics.push(['Date', a.date]);

  return [
    h('header', { class: 'details-header' }, [
      h('span', { class: 'type-chip', dataset: { type: a.type } }, [
        typeGlyph(a.type, 12),
        h('span', { text: style.label }),
      ]),
      h('h2', { class: 'details-title', text: a.label, attrs: { id: 'details-title' } }),
      aliases.length
        ? h('p', { class: 'aliases' }, [h('span', { class: 'muted', text: 'Also: ' }), aliases.join(' · ')])
        : null,
      a.description ? h('p', { class: 'description', text: a.description }) : null,
      h('div', { class: 'details-actions' }, [
        h(
          'button',
          {
            class: 'btn btn-small btn-primary',
            attrs: { type: 'button' },
            on: { click: () => actions.focus(id) },
          },
          [icon('focus', 14), h('span', { text: 'Focus' })],
        ),
        h(
          'button',
          {
            class: 'btn btn-small',
            attrs: { type: 'button' },
            on: { click: () => actions.setPathEnd('from', id) },
          },
          [icon('route', 14), h('span', { text: 'Path from' })],
        ),
        h(
          'button',
          {
            class: 'btn btn-small',
            attrs: { type: 'button' },
            on: { click: () => actions.setPathEnd('to', id) },
          },
          [h('span', { text: 'Path to' })],
        ),
      ]),
    ]),
    h('dl', { class: 'metrics' }, [
      ...metrics.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]),
      typeof a.community === 'number' && a.community >= 0 ? h('dt', { text: 'Community' }) : null,
      typeof a.community === 'number' && a.community >= 0
        ? h('dd', {}, [colorSwatch(communityColor(a.community)), `#${a.community + 1}`])
        : null,
    ]),
    relationsSection(ctl, graph, id, state),
    documentsSection(ctl, a.docs),
  ];
}

interface Group {
  key: string;
  relation: string;
  outgoing: boolean;
  edges: string[];
}

function relationsSection(ctl: Controller, graph: KnowledgeGraph, id: string, state: AppState): HTMLElement {
  const groups = new Map<string, Group>();
  const cooc: string[] = [];
  graph.forEachEdge(id, (edge, attrs, source) => {
    if (attrs.relation === COOCCURRENCE) {
      cooc.push(edge);
      return;
    }
    const outgoing = source === id;
    const key = `${attrs.relation}:${outgoing ? 'out' : 'in'}`;
    if (!groups.has(key)) groups.set(key, { key, relation: attrs.relation, outgoing, edges: [] });
    groups.get(key)!.edges.push(edge);
  });
  const sorted = [...groups.values()].sort(
    (x, y) => y.edges.length - x.edges.length || x.relation.localeCompare(y.relation),
  );
  const filtered = ctl.filtered();
  const typed = sorted.reduce((n, g) => n + g.edges.length, 0);
  return h('section', { class: 'details-section' }, [
    h('h3', { text: `Relations (${formatCount(typed)})` }),
    typed === 0
      ? h('p', { class: 'muted', text: 'No stated relation was extracted for this entity.' })
      : null,
    ...sorted.map((g) =>
      h('div', { class: 'relation-group' }, [
        h('h4', { class: 'relation-heading' }, [
          colorSwatch(relationColor(g.relation), 'rel-swatch'),
          g.outgoing ? `${relationLabel(g.relation)} →` : `← ${relationLabel(g.relation)}`,
          h('span', { class: 'muted', text: ` ${g.edges.length}` }),
        ]),
        h(
          'ul',
          { class: 'relation-list' },
          g.edges
            .sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight'))
            .map((edge) => relationItem(ctl, graph, edge, id, !filtered.edges.has(edge))),
        ),
      ]),
    ),
    cooc.length
      ? h('details', { class: 'cooc-group' }, [
          h('summary', {
            text: `Co-occurs with ${plural(cooc.length, 'entity', 'entities')} (same sentence, no stated relation)`,
          }),
          h(
            'ul',
            { class: 'relation-list' },
            cooc
              .sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight'))
              .slice(0, 50)
              .map((edge) => relationItem(ctl, graph, edge, id, state.filters.hideCooccurrence)),
          ),
        ])
      : null,
  ]);
}

function relationItem(
  ctl: Controller,
  graph: KnowledgeGraph,
  edge: string,
  self: string,
  hidden: boolean,
): HTMLElement {
  const attrs = graph.getEdgeAttributes(edge);
  const other = graph.opposite(self, edge);
  const o = graph.getNodeAttributes(other);
  const count = attrs.evidence?.length ?? 0;
  const evidence = h('details', { class: 'relation-evidence' }, [
    h('summary', {}, [
      h('span', { text: plural(count, 'sentence') }),
      modalityBadge(attrs.modality),
      hidden ? h('span', { class: 'hint', text: 'hidden by filters' }) : null,
    ]),
  ]);
  evidence.addEventListener('toggle', () => {
    if (evidence.open && evidence.childElementCount === 1)
      evidence.appendChild(
        evidenceList(ctl, attrs.evidence ?? [], [...namesOf(ctl, self), ...namesOf(ctl, other)]),
      );
  });
  return h('li', { class: `relation-item${hidden ? ' is-hidden' : ''}` }, [
    h('div', { class: 'relation-line' }, [
      h(
        'button',
        {
          class: 'entity-link',
          attrs: { type: 'button' },
          title: `Show ${o.label}`,
          on: { click: () => ctl.actions.reveal(other) },
        },
        [typeGlyph(o.type, 12), h('span', { text: o.label })],
      ),
      h('button', {
        class: 'link small',
        text: 'Relation',
        title: 'Relation details and all evidence',
        attrs: {
          type: 'button',
          'aria-label': `Relation details: ${relationLabel(attrs.relation)} ${o.label}`,
        },
        on: { click: () => ctl.actions.select({ kind: 'edge', id: edge }) },
      }),
    ]),
    evidence,
  ]);
}

function documentsSection(ctl: Controller, docs: readonly string[]): HTMLElement {
  const model = ctl.model()!;
  return h('section', { class: 'details-section' }, [
    h('h3', { text: `Documents (${docs.length})` }),
    h(
      'ul',
      { class: 'doc-list' },
      docs.map((doc) =>
        h('li', {}, [
          h('button', {
            class: 'link',
            text: documentTitle(model, doc),
            title: doc,
            attrs: { type: 'button' },
            on: { click: () => ctl.actions.openEvidence(doc) },
          }),
          model.documents.get(doc)?.date
            ? h('span', { class: 'muted', text: ` · ${model.documents.get(doc)!.date}` })
            : null,
        ]),
      ),
    ),
  ]);
}

function edgeDetails(ctl: Controller, edge: string): Child[] {
  const graph = ctl.model()!.graph;
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const s = graph.getNodeAttributes(source);
  const t = graph.getNodeAttributes(target);
  const endpoint = (id: string, label: string, type: string) =>
    h(
      'button',
      { class: 'entity-link', attrs: { type: 'button' }, on: { click: () => ctl.actions.reveal(id) } },
      [typeGlyph(type, 12), h('span', { text: label })],
    );
  const cooc = a.relation === COOCCURRENCE;
  return [
    h('header', { class: 'details-header' }, [
      h('span', { class: 'type-chip relation-chip' }, [
        colorSwatch(relationColor(a.relation), 'rel-swatch'),
        h('span', { text: 'Relation' }),
      ]),
      h('h2', { class: 'details-title', text: cooc ? 'Co-occurrence' : relationLabel(a.relation) }),
      h('p', { class: 'edge-ends' }, [
        endpoint(source, s.label, s.type),
        h('span', { class: 'arrow', text: cooc ? '—' : '→' }),
        endpoint(target, t.label, t.type),
      ]),
    ]),
    h('dl', { class: 'metrics' }, [
      h('dt', { text: 'Statement' }),
      h('dd', {}, [
        cooc ? h('span', { text: 'same sentence, no stated relation' }) : modalityBadge(a.modality),
      ]),
      h('dt', { text: 'Weight' }),
      h('dd', { text: plural(a.weight, 'sentence') }),
    ]),
    h('section', { class: 'details-section' }, [
      h('h3', { text: `Evidence (${a.evidence?.length ?? 0})` }),
      evidenceList(ctl, a.evidence ?? [], [...namesOf(ctl, source), ...namesOf(ctl, target)], 50),
    ]),
  ];
}
