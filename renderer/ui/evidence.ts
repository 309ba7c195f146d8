/**
 * Evidence sentences as they appear in the details and path panels: the sentence with its two entities
 * emphasised, the article it comes from, and a click that opens the article at that sentence.
 */
import type { Controller } from '../app/controller';
import type { EvidenceJson } from '../../electron/graph/schema';
import { documentTitle } from '../graph/model';
import { emphasise } from '../reader/segments';
import { MODALITY_STYLES } from '../graph/palette';
import { h } from './dom';

export function evidenceItem(ctl: Controller, evidence: EvidenceJson, names: string[]): HTMLElement {
  const model = ctl.model();
  const title = model ? documentTitle(model, evidence.doc) : evidence.doc;
  const open = () => ctl.actions.openEvidence(evidence.doc, evidence.start, evidence.end);
  return h('li', { class: 'evidence' }, [
    h(
      'button',
      {
        class: 'evidence-sentence',
        attrs: { type: 'button', 'aria-label': `Open “${title}” at this sentence` },
        title: 'Open the article at this sentence',
        on: { click: open },
      },
      emphasise(evidence.sentence, names).map((part) =>
        part.hit ? h('strong', { text: part.text }) : part.text,
      ),
    ),
    h('div', { class: 'evidence-source', text: title, title: evidence.doc }),
  ]);
}

/** A list of evidence items that shows the first few and a "Show all N" button. */
export function evidenceList(
  ctl: Controller,
  evidence: readonly EvidenceJson[],
  names: string[],
  initial = 2,
): HTMLElement {
  const list = h('ul', { class: 'evidence-list' });
  const renderSome = (n: number) => {
    list.replaceChildren(...evidence.slice(0, n).map((e) => evidenceItem(ctl, e, names)));
    if (evidence.length > n) {
      list.appendChild(
        h('li', { class: 'evidence-more' }, [
          h('button', {
            class: 'link',
            text: `Show all ${evidence.length} sentences`,
            attrs: { type: 'button' },
            on: { click: () => renderSome(evidence.length) },
          }),
        ]),
      );
    }
  };
  renderSome(initial);
  return list;
}

export function modalityBadge(modality: string | undefined): HTMLElement | null {
  if (!modality) return null;
  const style = MODALITY_STYLES[modality as keyof typeof MODALITY_STYLES];
  return h('span', {
    class: `badge modality modality-${modality}`,
    text: style?.label ?? modality,
    title: style?.description,
  });
}

/** Every surface form of a node (for emphasis in sentences). */
export function namesOf(ctl: Controller, node: string): string[] {
  const graph = ctl.model()?.graph;
  if (!graph?.hasNode(node)) return [];
  const a = graph.getNodeAttributes(node);
  return [a.label, ...a.aliases];
}
