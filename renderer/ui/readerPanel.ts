/**
 * Evidence reader: the article (`getDocument`) with the evidence sentence highlighted and scrolled into
 * view, and every recognised entity marked; clicking a marked entity focuses it in the graph.
 */
import type { Controller } from '../app/controller';
import type { AppState, ReaderState } from '../app/state';
import type { DocumentView } from '../../electron/ipc/contract';
import {
  articleBlocks,
  removedReasonLabel,
  segmentArticle,
  type MentionSpan,
  type Paragraph,
  type Segment,
} from '../reader/segments';
import { typeStyle } from '../graph/palette';
import { h, replaceChildren } from './dom';
import { icon } from './icons';

export function createReaderPanel(ctl: Controller): HTMLElement {
  const panel = h('div', { class: 'reader', attrs: { id: 'reader-panel' } });
  let requested: ReaderState | null = null;
  const cache = new Map<string, DocumentView | null>();

  const show = async (reader: ReaderState | null) => {
    requested = reader;
    if (!reader) {
      replaceChildren(panel, [
        h('div', { class: 'panel-empty' }, [
          icon('book', 28),
          h('p', { text: 'Click an evidence sentence to read it in its article.' }),
        ]),
      ]);
      return;
    }
    let doc = cache.get(reader.doc);
    if (doc === undefined) {
      replaceChildren(panel, [
        h('div', { class: 'panel-loading', attrs: { role: 'status' } }, [
          h('span', { class: 'spinner' }),
          'Opening the article…',
        ]),
      ]);
      try {
        doc = await ctl.api.getDocument(reader.doc);
        cache.set(reader.doc, doc);
      } catch (error) {
        if (requested !== reader) return;
        replaceChildren(panel, [
          h('div', { class: 'panel-error', attrs: { role: 'alert' } }, [
            h('p', { text: `Could not open “${reader.doc}”.` }),
            h('p', { class: 'muted', text: error instanceof Error ? error.message : String(error) }),
          ]),
        ]);
        return;
      }
    }
    if (requested !== reader) return; // the user asked for another sentence meanwhile
    if (!doc) {
      const fallback = ctl.model()?.documents.get(reader.doc)?.text;
      if (!fallback) {
        replaceChildren(panel, [
          h('div', { class: 'panel-error', attrs: { role: 'alert' } }, [
            h('p', { text: `The article “${reader.doc}” is not available.` }),
            h('p', {
              class: 'muted',
              text: 'A saved graph opened without its corpus cannot show full articles. Open the corpus folder to read them.',
            }),
          ]),
        ]);
        return;
      }
      doc = { id: reader.doc, text: fallback, mentions: [] };
    }
    renderDocument(ctl, panel, doc, reader);
  };

  ctl.store.subscribe((state: AppState, prev: AppState) => {
    if (state.graphVersion !== prev.graphVersion) cache.clear();
    if (state.reader !== prev.reader) void show(state.reader);
  });
  void show(ctl.store.get().reader);
  return panel;
}

function renderDocument(ctl: Controller, panel: HTMLElement, doc: DocumentView, reader: ReaderState): void {
  const model = ctl.model();
  const meta = model?.documents.get(doc.id);
  const title = doc.title ?? meta?.title ?? doc.id;
  const date = doc.date ?? meta?.date;
  const source = doc.source ?? meta?.source;
  const paragraphs = segmentArticle(doc.text, doc.mentions, reader.highlight, doc.removed ?? []);
  const blocks = articleBlocks(paragraphs);
  let highlightEl: HTMLElement | null = null;

  const segmentNode = (seg: Segment): Node => {
    let el: Node;
    if (seg.mention) el = mentionButton(ctl, seg.mention, seg.text);
    else if (seg.removed) el = removedInline(seg.text, seg.removed);
    else el = document.createTextNode(seg.text);
    if (!seg.highlight) return el;
    const mark = h('mark', { class: 'evidence-hit' }, [el]);
    highlightEl ??= mark;
    return mark;
  };
  const paragraphNode = (p: Paragraph) => h('p', {}, p.segments.map(segmentNode));

  const body = h(
    'div',
    { class: 'article-body' },
    blocks.map((block) => {
      if (block.kind === 'text') return paragraphNode(block.paragraph);
      const open = block.paragraphs.some((p) => p.segments.some((seg) => seg.highlight));
      return removedBlock(block.reasons, block.paragraphs.map(paragraphNode), open);
    }),
  );
  const removedCount = blocks.filter((b) => b.kind === 'removed').length;

  replaceChildren(panel, [
    h('header', { class: 'article-header' }, [
      h('h2', { class: 'article-title', text: title }),
      h('p', { class: 'article-meta' }, [
        [date, source].filter(Boolean).join(' · ') || null,
        h('span', { class: 'muted', text: doc.id }),
      ]),
      doc.mentions.length
        ? h('p', {
            class: 'hint',
            text: 'Marked names are recognised entities: click one to focus it in the graph.',
          })
        : null,
      removedCount
        ? h('p', {
            class: 'hint',
            text: `Greyed parts (${removedCount}) are page furniture, not the article, so nothing in them is analysed.`,
          })
        : null,
    ]),
    body,
  ]);
  if (highlightEl) {
    const target = highlightEl as HTMLElement;
    // After layout, so the scroll position is right.
    requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
  } else panel.scrollTop = 0;
}

function mentionButton(ctl: Controller, mention: MentionSpan, text: string): HTMLElement {
  const known = !!ctl.model()?.graph.hasNode(mention.entity);
  return h('button', {
    class: `mention type-${mention.type}${known ? '' : ' is-unknown'}`,
    text,
    title: known
      ? `${typeStyle(mention.type).label}: focus in the graph`
      : `${typeStyle(mention.type).label} (not in the graph)`,
    attrs: { type: 'button', disabled: !known },
    on: { click: () => ctl.actions.focus(mention.entity) },
  });
}

/** A removed part of a kept line (a trailing photo credit): greyed, with its reason after it. */
function removedInline(text: string, reason: string): HTMLElement {
  const label = removedReasonLabel(reason);
  return h('span', { class: 'removed-inline', title: `Not part of the article: ${label}` }, [
    text,
    h('span', { class: 'removed-note', text: label }),
  ]);
}

/** Removed paragraphs: folded under a label saying they were set aside, and why. */
function removedBlock(reasons: string[], paragraphs: HTMLElement[], open: boolean): HTMLElement {
  const count = paragraphs.length > 1 ? ` · ${paragraphs.length} paragraphs` : '';
  return h('details', { class: 'removed-block', attrs: { open, 'data-reasons': reasons.join(' ') } }, [
    h('summary', {}, [
      h('span', { class: 'removed-title', text: 'Not part of the article' }),
      ' ',
      h('span', { class: 'removed-reason', text: `${reasons.map(removedReasonLabel).join(', ')}${count}` }),
    ]),
    h('div', { class: 'removed-text' }, paragraphs),
  ]);
}
