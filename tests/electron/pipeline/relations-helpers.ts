/**
 * Test helper: a corpus state whose sentences and mentions are given by the test (entity -> surface forms
 * found in the text). Lets the relation, event and graph tests state exactly which sentences and entities
 * a document has, independently of the segmenter, the NER and the entity stages (which have their own
 * tests); the seed-corpus tests run the real pipeline end to end.
 */
import type { CorpusState } from '../../../electron/pipeline/index';
import { extractRelations } from '../../../electron/pipeline/relations';
import { SYMMETRIC_RELATIONS } from '../../../electron/pipeline/types';
import type {
  AnnotatedDocument,
  Entity,
  EntityType,
  Mention,
  SegmentedDocument,
  Sentence,
  SourceDocument,
} from '../../../electron/pipeline/types';

export interface EntitySpec {
  type: EntityType;
  /** Surface forms to find (whole words, case-sensitive). The first is the label. */
  forms: string[];
}

export interface DocSpec {
  id?: string;
  text: string;
  date?: string;
  title?: string;
}

export function annotate(spec: DocSpec, entities: Record<string, EntitySpec>): AnnotatedDocument {
  const source: SourceDocument = {
    id: spec.id ?? 'doc.txt',
    path: `/virtual/${spec.id ?? 'doc.txt'}`,
    format: 'txt',
    text: spec.text,
    ...(spec.date ? { date: spec.date } : {}),
    ...(spec.title ? { title: spec.title } : {}),
  };
  const doc = segmentPlainly(source);
  const taken: Array<[number, number]> = [];
  const mentions: Mention[] = [];
  const candidates = Object.entries(entities)
    .flatMap(([id, e]) => e.forms.map((form) => ({ id, type: e.type, form })))
    .sort((a, b) => b.form.length - a.form.length);
  for (const { id, type, form } of candidates) {
    const re = new RegExp(`(?<![\\w])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const start = m.index;
      const end = start + form.length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const sentence = doc.sentences.find((s) => s.start <= start && end <= s.end);
      if (!sentence) continue;
      const tokenStart = sentence.tokens.findIndex((t) => t.end > start);
      let tokenEnd = sentence.tokens.findIndex((t) => t.start >= end);
      if (tokenEnd < 0) tokenEnd = sentence.tokens.length;
      taken.push([start, end]);
      mentions.push({
        docId: doc.id,
        sentence: sentence.index,
        tokenStart,
        tokenEnd,
        start,
        end,
        text: form,
        type,
        source: 'rule',
        entity: id,
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { ...doc, mentions };
}

/** A corpus state with the given documents and the entities their mentions refer to. */
export function corpusState(docs: AnnotatedDocument[], entities: Record<string, EntitySpec>): CorpusState {
  const list: Entity[] = [];
  for (const [id, spec] of Object.entries(entities)) {
    const mentions = docs.flatMap((d) => d.mentions.filter((m) => m.entity === id));
    list.push({
      id,
      label: spec.forms[0],
      type: spec.type,
      aliases: [...new Set(mentions.map((m) => m.text))],
      mentions,
      docs: [...new Set(mentions.map((m) => m.docId))],
    });
  }
  return { documents: docs, entities: list, relations: [], diagnostics: [] };
}

/** One-document state: the usual case of a table-driven relation test. */
export function sentenceState(
  text: string,
  entities: Record<string, EntitySpec>,
  date?: string,
): CorpusState {
  return corpusState([annotate({ text, date }, entities)], entities);
}

/** Sentences end at . ! ? followed by a space and a capital, or at a line break; tokens are non-spaces. */
function segmentPlainly(source: SourceDocument): SegmentedDocument {
  const sentences: Sentence[] = [];
  const re = /[^\n]+?(?:[.!?]["”’)]*(?=\s+[A-Z“"])|$)/gm;
  let paragraph = 0;
  for (const line of source.text.matchAll(/[^\n]+/g)) {
    for (const m of line[0].matchAll(re)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = line.index + m.index + lead;
      const end = line.index + m.index + m[0].trimEnd().length;
      if (end <= start) continue;
      const text = source.text.slice(start, end);
      const tokens = [...text.matchAll(/\S+/g)].map((t) => ({
        text: t[0],
        start: start + t.index,
        end: start + t.index + t[0].length,
      }));
      sentences.push({ index: sentences.length, start, end, text, tokens, paragraph, heading: false });
    }
    paragraph++;
  }
  const body = sentences.map((s) => ({ start: s.start, end: s.end, heading: false }));
  return { ...source, body, removed: [], sentences };
}

/** Relations of one sentence as sorted "source -relation-> target (modality)" strings. */
export function relationsOf(text: string, entities: Record<string, EntitySpec>): string[] {
  const state = sentenceState(text, entities);
  extractRelations(state);
  return state.relations
    .map((r) => {
      // Symmetric relations have no direction: write them in a canonical order.
      const [s, t] = SYMMETRIC_RELATIONS.has(r.relation) ? [r.source, r.target].sort() : [r.source, r.target];
      return `${s} -${r.relation}-> ${t} (${r.modality})`;
    })
    .sort();
}
