/**
 * Path finder: pick two entities, see the shortest chain(s) of relations between them highlighted on the
 * canvas, with the evidence for every hop listed.
 */
import type { Controller } from '../app/controller';
import type { AppState } from '../app/state';
import { relationLabel } from '../graph/palette';
import { h, plural, replaceChildren } from './dom';
import { createCombobox } from './combobox';
import { icon, typeGlyph } from './icons';
import { evidenceList, modalityBadge, namesOf } from './evidence';

export function createPathPanel(ctl: Controller): HTMLElement {
  const from = createCombobox({
    id: 'path-from',
    label: 'From entity',
    placeholder: 'From…',
    index: () => ctl.search(),
    keepValue: true,
    onPick: (hit) => ctl.actions.setPathEnd('from', hit.id),
  });
  const to = createCombobox({
    id: 'path-to',
    label: 'To entity',
    placeholder: 'To…',
    index: () => ctl.search(),
    keepValue: true,
    onPick: (hit) => ctl.actions.setPathEnd('to', hit.id),
  });
  const cooc = h('input', {
    attrs: { type: 'checkbox', id: 'path-cooc' },
    on: { change: () => ctl.actions.setPathCooccurrence(cooc.checked) },
  });
  const result = h('div', { class: 'path-result', attrs: { 'aria-live': 'polite' } });
  const swap = h(
    'button',
    {
      class: 'btn btn-icon btn-small',
      title: 'Swap ends',
      attrs: { type: 'button', 'aria-label': 'Swap ends' },
    },
    [h('span', { text: '⇅' })],
  );
  swap.addEventListener('click', () => {
    const p = ctl.store.get().path;
    ctl.actions.setPathEnd('from', p.to);
    ctl.actions.setPathEnd('to', p.from);
  });
  const panel = h('div', { class: 'path-panel', attrs: { id: 'path-panel' } }, [
    h('h2', { class: 'panel-title', text: 'Path finder' }),
    h('p', {
      class: 'muted',
      text: 'How are two entities connected? Shortest chains of relations, through what the filters show.',
    }),
    h('div', { class: 'path-ends' }, [from.el, swap, to.el]),
    h('div', { class: 'check-row' }, [
      cooc,
      h('label', { attrs: { for: 'path-cooc' }, text: 'Also follow co-occurrence links' }),
    ]),
    h('div', { class: 'row-actions' }, [
      h(
        'button',
        { class: 'btn btn-small', attrs: { type: 'button' }, on: { click: () => ctl.actions.clearPath() } },
        [icon('close', 14), h('span', { text: 'Clear' })],
      ),
    ]),
    result,
  ]);

  const render = (state: AppState) => {
    const model = ctl.model();
    const p = state.path;
    const label = (id: string | null) =>
      id && model?.graph.hasNode(id) ? model.graph.getNodeAttribute(id, 'label') : '';
    if (document.activeElement !== from.input) from.setValue(label(p.from));
    if (document.activeElement !== to.input) to.setValue(label(p.to));
    cooc.checked = p.includeCooccurrence;
    if (!model || !p.from || !p.to) {
      replaceChildren(result, [
        h('p', {
          class: 'hint',
          text: 'Choose both ends, or right-click entities on the canvas: “Path from here” / “Path to here”.',
        }),
      ]);
      return;
    }
    if (p.result === undefined) {
      replaceChildren(result, []);
      return;
    }
    if (p.result === null) {
      replaceChildren(result, [
        h('div', { class: 'notice', attrs: { role: 'status' } }, [
          h('strong', { text: 'No path found. ' }),
          p.includeCooccurrence
            ? 'These two entities are not connected in the filtered graph. Loosen the filters and try again.'
            : 'They are not connected through stated relations in the filtered graph. Tick “Also follow co-occurrence links” or loosen the filters.',
        ]),
      ]);
      return;
    }
    const r = p.result;
    const graph = model.graph;
    replaceChildren(result, [
      h('p', { class: 'path-summary', attrs: { role: 'status' } }, [
        h('strong', { text: plural(r.length, 'hop') }),
        ` · ${r.truncated ? `${r.paths.length}+` : r.paths.length} shortest ${r.paths.length === 1 ? 'path' : 'paths'}`,
      ]),
      r.paths.length > 1
        ? h(
            'ol',
            { class: 'path-alternatives' },
            r.paths.map((path) =>
              h('li', { text: path.map((id) => graph.getNodeAttribute(id, 'label')).join(' → ') }),
            ),
          )
        : null,
      h('h3', { text: r.paths.length > 1 ? 'Evidence along the first path' : 'Evidence along the path' }),
      h(
        'ol',
        { class: 'path-hops' },
        r.hops.map((hop) => {
          const a = graph.getNodeAttributes(hop.from);
          const b = graph.getNodeAttributes(hop.to);
          return h('li', { class: 'path-hop' }, [
            h('div', { class: 'hop-ends' }, [
              h(
                'button',
                {
                  class: 'entity-link',
                  attrs: { type: 'button' },
                  on: { click: () => ctl.actions.reveal(hop.from) },
                },
                [typeGlyph(a.type, 12), h('span', { text: a.label })],
              ),
              h('span', { class: 'arrow', text: '—' }),
              h(
                'button',
                {
                  class: 'entity-link',
                  attrs: { type: 'button' },
                  on: { click: () => ctl.actions.reveal(hop.to) },
                },
                [typeGlyph(b.type, 12), h('span', { text: b.label })],
              ),
            ]),
            ...hop.edges.map((edge) => {
              const e = graph.getEdgeAttributes(edge);
              const forward = graph.source(edge) === hop.from;
              return h('div', { class: 'hop-edge' }, [
                h('div', { class: 'hop-relation' }, [
                  h('span', {
                    text: `${forward ? '' : '← '}${e.relation === 'related_to' ? 'co-occurs with' : relationLabel(e.relation)}${forward && e.relation !== 'related_to' ? ' →' : ''}`,
                  }),
                  modalityBadge(e.modality),
                ]),
                evidenceList(ctl, e.evidence ?? [], [...namesOf(ctl, hop.from), ...namesOf(ctl, hop.to)], 1),
              ]);
            }),
          ]);
        }),
      ),
    ]);
  };
  ctl.store.subscribe((state, prev) => {
    if (state.path !== prev.path || state.graphVersion !== prev.graphVersion) render(state);
  });
  render(ctl.store.get());
  return panel;
}
