/**
 * Filters in the left rail: entity types, relations (co-occurrence hidden by default), modality,
 * documents, minimum edge weight and degree, each option with its count, and a clear Reset.
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import {
  activeFilterCount,
  facetCounts,
  maxEdgeWeight,
  setHideCooccurrence,
  setMinDegree,
  setMinWeight,
  setOnlyDocuments,
  toggleDocument,
  toggleModality,
  toggleRelation,
  toggleType,
  COOCCURRENCE,
} from '../state/filters';
import {
  ENTITY_TYPES,
  MODALITIES,
  MODALITY_STYLES,
  RELATION_TYPES,
  relationColor,
  relationLabel,
  typeStyle,
} from '../graph/palette';
import { documentTitle } from '../graph/model';
import { formatCount, h, replaceChildren } from './dom';
import { icon, lineGlyph, typeGlyph } from './icons';

export function createFiltersPanel(ctl: Controller): HTMLElement {
  const body = h('div', { class: 'filters-body' });
  const resetButton = h(
    'button',
    {
      class: 'btn btn-small',
      attrs: { type: 'button' },
      on: { click: () => ctl.actions.resetFilters() },
    },
    [icon('reset', 14), h('span', { text: 'Reset' })],
  );
  const panel = h('section', { class: 'filters', attrs: { 'aria-labelledby': 'filters-title' } }, [
    h('div', { class: 'rail-heading' }, [
      h('h2', { text: 'Filters', attrs: { id: 'filters-title' } }),
      resetButton,
    ]),
    body,
  ]);
  // Which sections the user closed, kept across re-renders.
  const closed = new Set<string>(['Documents']);

  const render = (state: AppState) => {
    const model = ctl.model();
    const active = activeFilterCount(state.filters, ctl.defaultFilters());
    resetButton.disabled = active === 0;
    resetButton.lastElementChild!.textContent = active ? `Reset (${active})` : 'Reset';
    if (!model) {
      replaceChildren(body, [h('p', { class: 'muted', text: 'Filters appear once a graph is loaded.' })]);
      return;
    }
    const counts = facetCounts(model.graph, state.filters);
    const f = state.filters;
    const update = ctl.actions.updateFilters;
    const allDocs = [...model.documents.keys()];
    const present = presentValues(ctl);

    replaceChildren(body, [
      section('Entity types', closed, [
        ...orderedPresent(ENTITY_TYPES, present.types).map((type) =>
          checkRow(
            `filter-type-${type}`,
            typeStyle(type).plural,
            typeGlyph(type, 14),
            !f.hiddenTypes.includes(type),
            counts.types.get(type) ?? 0,
            () => update((x) => toggleType(x, type)),
          ),
        ),
      ]),
      section('Relations', closed, [
        switchRow(
          'filter-cooc',
          'Show co-occurrence links',
          'Same sentence, no stated relation',
          !f.hideCooccurrence,
          counts.cooccurrence,
          (on) => update((x) => setHideCooccurrence(x, !on)),
        ),
        ...orderedPresent(RELATION_TYPES, present.relations)
          .filter((r) => r !== COOCCURRENCE)
          .map((relation) =>
            checkRow(
              `filter-rel-${relation}`,
              relationLabel(relation),
              lineGlyph(relationColor(relation)),
              !f.hiddenRelations.includes(relation),
              counts.relations.get(relation) ?? 0,
              () => update((x) => toggleRelation(x, relation)),
            ),
          ),
      ]),
      present.modalities.size
        ? section('Statement', closed, [
            ...orderedPresent(MODALITIES, present.modalities).map((modality) => {
              const style = MODALITY_STYLES[modality];
              return checkRow(
                `filter-mod-${modality}`,
                style.label,
                lineGlyph('currentColor', style.dash, style.struck),
                !f.hiddenModalities.includes(modality),
                counts.modalities.get(modality) ?? 0,
                () => update((x) => toggleModality(x, modality)),
                style.description,
              );
            }),
          ])
        : null,
      section(
        'Documents',
        closed,
        [
          h('div', { class: 'row-actions' }, [
            h('button', {
              class: 'link',
              text: 'All',
              attrs: { type: 'button' },
              on: { click: () => update((x) => setOnlyDocuments(x, null)) },
            }),
            h('button', {
              class: 'link',
              text: 'None',
              attrs: { type: 'button' },
              on: { click: () => update((x) => setOnlyDocuments(x, [])) },
            }),
          ]),
          ...allDocs.map((doc) =>
            checkRow(
              `filter-doc-${allDocs.indexOf(doc)}`,
              documentTitle(model, doc),
              null,
              f.documents === null || f.documents.includes(doc),
              counts.documents.get(doc) ?? 0,
              () => update((x) => toggleDocument(x, doc, allDocs)),
              doc,
            ),
          ),
        ],
        `${f.documents === null ? allDocs.length : f.documents.length}/${allDocs.length}`,
      ),
      section('Thresholds', closed, [
        rangeRow(
          'filter-weight',
          'Minimum evidence per link',
          1,
          Math.max(2, maxEdgeWeight(model.graph)),
          f.minWeight,
          (v) => update((x) => setMinWeight(x, v)),
          (v) => (v <= 1 ? 'any' : `${v} sentences`),
        ),
        rangeRow(
          'filter-degree',
          'Minimum links per entity',
          0,
          10,
          f.minDegree,
          (v) => update((x) => setMinDegree(x, v)),
          (v) => (v === 0 ? 'any' : `${v}+`),
        ),
      ]),
    ]);
  };

  ctl.store.subscribe((state, prev) => {
    if (state.filters !== prev.filters || state.graphVersion !== prev.graphVersion) render(state);
  });
  render(ctl.store.get());
  return panel;
}

/** Values that actually occur in the graph (options for absent types are not offered). */
function presentValues(ctl: Controller) {
  const graph = ctl.model()!.graph;
  const types = new Set<string>();
  const relations = new Set<string>();
  const modalities = new Set<string>();
  graph.forEachNode((_, a) => types.add(a.type));
  graph.forEachEdge((_, a) => {
    relations.add(a.relation);
    if (a.relation !== COOCCURRENCE) modalities.add(a.modality ?? 'asserted');
  });
  return { types, relations, modalities };
}

function orderedPresent<T extends string>(known: readonly T[], present: Set<string>): T[] {
  return [
    ...known.filter((k) => present.has(k)),
    ...([...present].filter((p) => !known.includes(p as T)).sort() as T[]),
  ];
}

function section(
  title: string,
  closed: Set<string>,
  rows: Array<HTMLElement | null>,
  badge?: string,
): HTMLElement {
  const details = h('details', { class: 'filter-section', attrs: { open: !closed.has(title) } }, [
    h('summary', {}, [h('span', { text: title }), badge ? h('span', { class: 'badge', text: badge }) : null]),
    h('div', { class: 'filter-rows' }, rows),
  ]);
  details.addEventListener('toggle', () => (details.open ? closed.delete(title) : closed.add(title)));
  return details;
}

function checkRow(
  id: string,
  label: string,
  glyph: SVGElement | null,
  checked: boolean,
  count: number,
  onToggle: () => void,
  hint?: string,
): HTMLElement {
  const input = h('input', { attrs: { type: 'checkbox', id, checked }, on: { change: onToggle } });
  return h('div', { class: `check-row${count === 0 ? ' is-empty' : ''}`, title: hint }, [
    input,
    h('label', { attrs: { for: id } }, [glyph, h('span', { class: 'check-label', text: label })]),
    h('span', {
      class: 'count',
      text: formatCount(count),
      attrs: { 'aria-label': `${formatCount(count)} shown` },
    }),
  ]);
}

function switchRow(
  id: string,
  label: string,
  hint: string,
  on: boolean,
  count: number,
  onChange: (on: boolean) => void,
): HTMLElement {
  const input = h('input', {
    class: 'switch',
    attrs: { type: 'checkbox', role: 'switch', id, checked: on, 'aria-describedby': `${id}-hint` },
    on: { change: () => onChange(input.checked) },
  });
  return h('div', { class: 'switch-row' }, [
    input,
    h('label', { attrs: { for: id } }, [
      h('span', { class: 'check-label', text: label }),
      h('span', { class: 'hint', text: hint, attrs: { id: `${id}-hint` } }),
    ]),
    h('span', { class: 'count', text: formatCount(count) }),
  ]);
}

function rangeRow(
  id: string,
  label: string,
  min: number,
  max: number,
  value: number,
  onChange: (v: number) => void,
  format: (v: number) => string,
): HTMLElement {
  const output = h('output', { text: format(value), attrs: { for: id } });
  const input = h('input', {
    attrs: { type: 'range', id, min, max, step: 1, value: Math.min(value, max) },
    on: {
      input: () => (output.textContent = format(Number(input.value))),
      change: () => onChange(Number(input.value)),
    },
  });
  return h('div', { class: 'range-row' }, [
    h('label', { attrs: { for: id } }, [h('span', { text: label }), output]),
    input,
  ]);
}
